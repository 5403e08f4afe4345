/**
 * A high school course is listed in a grade it is offered in (gradeMin to gradeMax), and its
 * grade range is not reversed.
 */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel, stepLabel } from '../labels.ts';
import { gradeOf } from '../steps.ts';

export const courseInGradeRange: Rule = {
  id: 'pos.course-in-grade-range',
  severity: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    ctx.catalog.courses.forEach((course, i) => {
      if (course.level !== 'secondary' || course.gradeMin <= course.gradeMax) return;
      const label = courseLabel(course);
      findings.push(
        findingOf(
          courseInGradeRange,
          { path: `catalog.courses[${i}].gradeMin`, courseId: course.id },
          say(M.gradesReversed, { course: label, min: course.gradeMin, max: course.gradeMax }),
        ),
      );
    });
    for (const placement of ctx.coursePlacements) {
      const { course, step } = placement;
      const grade = gradeOf(step.level);
      if (course?.level !== 'secondary' || grade === undefined) continue;
      if (grade >= course.gradeMin && grade <= course.gradeMax) continue;
      const label = courseLabel(course);
      const here = stepLabel(step);
      findings.push(
        findingOf(
          courseInGradeRange,
          { path: placement.path, stepLevel: step.level, courseId: course.id },
          say(M.outsideGrades, {
            course: label,
            step: here,
            min: course.gradeMin,
            max: course.gradeMax,
          }),
        ),
      );
    }
    return findings;
  },
};
