/**
 * No course is taken twice: a course id appears in one step only, and two catalog entries for the
 * same course (same school and state code, or same college, prefix and number) are not both listed.
 * A high school course without a state code is known by its id alone. A course a student may take
 * for credit more than once (`timesForCredit`, such as a Texas practicum) may be listed that many
 * times, each in a later step.
 *
 * A course offered in the choices of several steps is no duplicate: a student picks it in one of
 * them (Florida's plans offer "Algebra 2, Geometry, or Math for College Readiness" in grade 11 and
 * "Algebra 2, Math for College Readiness, or Pre-Calculus" in grade 12). It still is one when it is
 * also a listed course, or offered twice in the same step.
 */
import type { TCourse } from '../../../contracts/program.ts';
import type { CoursePlacement } from '../context.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel, stepLabel } from '../labels.ts';
import { isBefore } from '../steps.ts';

const courseKey = (course: TCourse): string =>
  course.level === 'secondary'
    ? `s\u0000${course.institutionId}\u0000${course.stateCode ?? `#${course.id}`}`
    : `p\u0000${course.institutionId}\u0000${course.prefix}\u0000${course.number}`;

/** Two places of one course a student would both take: not two options in different steps. */
const conflicts = (earlier: CoursePlacement, later: CoursePlacement): boolean =>
  !(earlier.choice && later.choice && earlier.stepIndex !== later.stepIndex);

/** Every earlier place of a course, by id or by catalog key. */
function pushTo(map: Map<string, CoursePlacement[]>, key: string, placement: CoursePlacement) {
  const list = map.get(key);
  if (list) list.push(placement);
  else map.set(key, [placement]);
}

export const noDuplicateCourse: Rule = {
  id: 'pos.no-duplicate-course',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    const byId = new Map<string, CoursePlacement[]>();
    const byKey = new Map<string, CoursePlacement[]>();
    /** The latest placement and how many times a repeatable course has been listed. */
    const repeats = new Map<string, { last: CoursePlacement; times: number }>();
    for (const placement of ctx.coursePlacements) {
      const { course } = placement;
      const key = course ? courseKey(course) : undefined;
      const earlierPlaces = [
        ...(byId.get(placement.courseId) ?? []),
        ...(key !== undefined ? (byKey.get(key) ?? []) : []),
      ];
      const earlier = earlierPlaces.find((e) => conflicts(e, placement));
      const repeat = repeats.get(placement.courseId);
      if (
        earlier?.courseId === placement.courseId &&
        course?.timesForCredit !== undefined &&
        (repeat?.times ?? 1) < course.timesForCredit &&
        isBefore((repeat?.last ?? earlier).step, placement.step)
      ) {
        repeats.set(placement.courseId, { last: placement, times: (repeat?.times ?? 1) + 1 });
        continue;
      }
      if (!earlier) {
        pushTo(byId, placement.courseId, placement);
        if (key !== undefined) pushTo(byKey, key, placement);
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
