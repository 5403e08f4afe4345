/**
 * Prerequisites come in an earlier step than the course that needs them; corequisites in the same
 * step or earlier. A requisite the program does not list is not checked (it may be taken before
 * the program starts).
 */
import { finding, type Finding, type Rule } from '../finding.ts';
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
          const here = stepLabel(step);
          const there = stepLabel(required.step);
          findings.push(
            finding(
              prerequisitesEarlier,
              { path: placement.path, stepLevel: step.level, courseId: course.id },
              prerequisite
                ? `The course ${label.en} in ${here.en} needs ${other.en} first, but the program places it in ${there.en}; move the prerequisite to an earlier step.`
                : `The course ${label.en} in ${here.en} must be taken with ${other.en}, but the program places it later, in ${there.en}; move the corequisite to the same step or earlier.`,
              prerequisite
                ? `El curso ${label.es} en ${here.es} requiere antes ${other.es}, pero el programa lo coloca en ${there.es}; mueva el prerrequisito a un paso anterior.`
                : `El curso ${label.es} en ${here.es} debe tomarse junto con ${other.es}, pero el programa lo coloca después, en ${there.es}; mueva el correquisito al mismo paso o antes.`,
            ),
          );
        }
      }
    }
    return findings;
  },
};
