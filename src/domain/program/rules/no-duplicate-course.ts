/**
 * No course is taken twice: a course id appears in one step only, and two catalog entries for the
 * same course (same school and state code, or same college, prefix and number) are not both listed.
 */
import type { TCourse } from '../../../contracts/program.ts';
import type { CoursePlacement } from '../context.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel, stepLabel } from '../labels.ts';

const courseKey = (course: TCourse): string =>
  course.level === 'secondary'
    ? `s\u0000${course.institutionId}\u0000${course.stateCode}`
    : `p\u0000${course.institutionId}\u0000${course.prefix}\u0000${course.number}`;

export const noDuplicateCourse: Rule = {
  id: 'pos.no-duplicate-course',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    const byId = new Map<string, CoursePlacement>();
    const byKey = new Map<string, CoursePlacement>();
    for (const placement of ctx.coursePlacements) {
      const { course } = placement;
      const key = course ? courseKey(course) : undefined;
      const earlier =
        byId.get(placement.courseId) ?? (key !== undefined ? byKey.get(key) : undefined);
      if (!earlier) {
        byId.set(placement.courseId, placement);
        if (key !== undefined) byKey.set(key, placement);
        continue;
      }
      const label = course
        ? courseLabel(course)
        : { en: `"${placement.courseId}"`, es: `"${placement.courseId}"` };
      const here = stepLabel(placement.step);
      const there = stepLabel(earlier.step);
      const same = earlier.courseId === placement.courseId;
      findings.push(
        findingOf(
          noDuplicateCourse,
          { path: placement.path, stepLevel: placement.step.level, courseId: placement.courseId },
          same
            ? say(M.listedTwice, { course: label, step: here, earlierStep: there })
            : say(M.sameCode, {
                course: label,
                step: here,
                earlier: earlier.courseId,
                earlierStep: there,
              }),
        ),
      );
    }
    return findings;
  },
};
