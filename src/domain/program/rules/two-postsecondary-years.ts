/**
 * A program of study continues through at least two postsecondary years (courses in
 * postsecondary year 2 or later), or leads to a bachelor's degree.
 */
import { earnedByEveryone } from '../context.ts';
import { findingOf, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { stepLabel } from '../labels.ts';
import { LEVEL_ORDER } from '../steps.ts';

const YEAR_2 = LEVEL_ORDER['postsecondary-2'];

export const twoPostsecondaryYears: Rule = {
  id: 'pos.two-postsecondary-years',
  severity: 'error',
  check(ctx) {
    // A bachelor's degree every student earns (not one a student may choose against).
    if (ctx.credentialPlacements.some((p) => earnedByEveryone(p, (c) => c.type === 'bachelor')))
      return [];
    let last: (typeof ctx.coursePlacements)[number] | undefined;
    for (const placement of ctx.coursePlacements) {
      if (LEVEL_ORDER[placement.step.level] >= YEAR_2) return [];
      if (!last || LEVEL_ORDER[placement.step.level] > LEVEL_ORDER[last.step.level])
        last = placement;
    }
    const step = last ? stepLabel({ level: last.step.level }) : '';
    return [
      findingOf(
        twoPostsecondaryYears,
        last
          ? { path: `program.steps[${last.stepIndex}]`, stepLevel: last.step.level }
          : { path: 'program.steps' },
        say(M.shortPostsecondary, { step }),
      ),
    ];
  },
};
