/**
 * A high school course is listed in a grade it is offered in (gradeMin to gradeMax), and its
 * grade range is not reversed.
 */
import { finding, type Finding, type Rule } from '../finding.ts';
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
        finding(
          courseInGradeRange,
          { path: `catalog.courses[${i}].gradeMin`, courseId: course.id },
          `The course ${label.en} is offered from grade ${course.gradeMin} to grade ${course.gradeMax}, which is reversed; swap the two grades.`,
          `El curso ${label.es} se ofrece del ${course.gradeMin}.º al ${course.gradeMax}.º grado, un rango invertido; intercambie los dos grados.`,
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
      const range = course.gradeMin === course.gradeMax;
      findings.push(
        finding(
          courseInGradeRange,
          { path: placement.path, stepLevel: step.level, courseId: course.id },
          `The course ${label.en} is listed in ${here.en}, but it is offered ${range ? `in grade ${course.gradeMin} only` : `in grades ${course.gradeMin} to ${course.gradeMax}`}; move it or correct its grades in the catalog.`,
          `El curso ${label.es} aparece en ${here.es}, pero se ofrece ${range ? `solo en ${course.gradeMin}.º grado` : `del ${course.gradeMin}.º al ${course.gradeMax}.º grado`}; muévalo o corrija sus grados en el catálogo.`,
        ),
      );
    }
    return findings;
  },
};
