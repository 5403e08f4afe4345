/**
 * Prerequisites come in an earlier step than the course that needs them; corequisites in the same
 * step or earlier. A requisite the program does not list is not checked (it may be taken before
 * the program starts).
 */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel, stepLabel } from '../labels.ts';
import { isBefore } from '../steps.ts';

export const prerequisitesEarlier: Rule = {
  id: 'pos.prerequisites-earlier',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    for (const placement of ctx.coursePlacements) {
      const { course, step } = placement;
      if (!course || ctx.firstPlacement.get(placement.courseId) !== placement) continue;
      for (const [ids, prerequisite] of [
        [course.prerequisites, true],
        [course.corequisites, false],
      ] as const) {
        for (const id of ids) {
          const required = ctx.firstPlacement.get(id);
          if (!required) continue;
          const ok = prerequisite ? isBefore(required.step, step) : !isBefore(step, required.step);
          if (ok) continue;
          const label = courseLabel(course);
          const other = required.course
            ? courseLabel(required.course)
            : { en: `"${id}"`, es: `"${id}"` };
          const params = {
            course: label,
            step: stepLabel(step),
            other,
            otherStep: stepLabel(required.step),
          };
          findings.push(
            findingOf(
              prerequisitesEarlier,
              { path: placement.path, stepLevel: step.level, courseId: course.id },
              say(prerequisite ? M.prerequisiteLater : M.corequisiteLater, params),
            ),
          );
        }
      }
    }
    return findings;
  },
};
