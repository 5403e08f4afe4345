/** High school courses are taken in high school: none is listed in a postsecondary year. */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel, stepLabel } from '../labels.ts';
import { isGradeLevel } from '../steps.ts';

export const secondaryCourseInHighSchool: Rule = {
  id: 'pos.secondary-course-in-high-school',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    for (const placement of ctx.coursePlacements) {
      const { course, step } = placement;
      if (course?.level !== 'secondary' || isGradeLevel(step.level)) continue;
      findings.push(
        findingOf(
          secondaryCourseInHighSchool,
          { path: placement.path, stepLevel: step.level, courseId: course.id },
          say(M.secondaryAfterHighSchool, { course: courseLabel(course), step: stepLabel(step) }),
        ),
      );
    }
    return findings;
  },
};
