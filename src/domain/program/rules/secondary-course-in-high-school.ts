/** High school courses are taken in high school: none is listed in a postsecondary year. */
import { finding, type Finding, type Rule } from '../finding.ts';
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
      const label = courseLabel(course);
      const here = stepLabel(step);
      findings.push(
        finding(
          secondaryCourseInHighSchool,
          { path: placement.path, stepLevel: step.level, courseId: course.id },
          `The high school course ${label.en} is listed in ${here.en}; move it to a high school grade or replace it with a college course.`,
          `El curso de preparatoria ${label.es} aparece en ${here.es}; muévalo a un grado de preparatoria (9 a 12) o reemplácelo por un curso de educación superior.`,
        ),
      );
    }
    return findings;
  },
};
