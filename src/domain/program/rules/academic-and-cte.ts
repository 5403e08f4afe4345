/**
 * A program of study combines academic and career and technical (CTE) content at both the high
 * school and the postsecondary level. A course's level is its own (a college course taken in
 * high school counts as postsecondary content). Content counts when every student takes it: a
 * listed course, or a choice that cannot be met without such a course.
 */
import { takenByEveryone } from '../context.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';

const NEEDS = [
  {
    level: 'secondary',
    kind: 'academic',
    what: M.needSecondaryAcademic,
  },
  {
    level: 'secondary',
    kind: 'cte',
    what: M.needSecondaryCte,
  },
  {
    level: 'postsecondary',
    kind: 'academic',
    what: M.needPostsecondaryAcademic,
  },
  {
    level: 'postsecondary',
    kind: 'cte',
    what: M.needPostsecondaryCte,
  },
] as const;

const bitOf = (level: string, kind: string): number =>
  (level === 'secondary' ? 1 : 4) << (kind === 'cte' ? 1 : 0);

export const academicAndCte: Rule = {
  id: 'pos.academic-and-cte',
  severity: 'error',
  check(ctx) {
    // One bit per level and kind: secondary academic 1, secondary CTE 2, postsecondary 4 and 8.
    let present = 0;
    for (const placement of ctx.coursePlacements) {
      const { course } = placement;
      if (!course) continue;
      const bit = bitOf(course.level, course.kind);
      if (
        !(present & bit) &&
        takenByEveryone(placement, (c) => c.level === course.level && c.kind === course.kind)
      )
        present |= bit;
    }
    const findings: Finding[] = [];
    for (const need of NEEDS) {
      if (present & bitOf(need.level, need.kind)) continue;
      findings.push(
        findingOf(
          academicAndCte,
          { path: 'program.steps' },
          say(M.missingContent, { need: say(need.what, {}) }),
        ),
      );
    }
    return findings;
  },
};
