/** A program of study starts no later than grade 9: its grade-9 step has at least one course. */
import { findingOf, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { stepLabel } from '../labels.ts';
import { LEVEL_ORDER } from '../steps.ts';

export const startsByGrade9: Rule = {
  id: 'pos.starts-by-grade-9',
  severity: 'error',
  check(ctx) {
    let first: (typeof ctx.coursePlacements)[number] | undefined;
    for (const placement of ctx.coursePlacements) {
      if (placement.step.level === 'grade-9') return [];
      if (!first || LEVEL_ORDER[placement.step.level] < LEVEL_ORDER[first.step.level]) {
        first = placement;
      }
    }
    if (!first) {
      return [findingOf(startsByGrade9, { path: 'program.steps' }, say(M.noCourses, {}))];
    }
    return [
      findingOf(
        startsByGrade9,
        { path: `program.steps[${first.stepIndex}]`, stepLevel: first.step.level },
        say(M.startsLate, { step: stepLabel({ level: first.step.level }) }),
      ),
    ];
  },
};
