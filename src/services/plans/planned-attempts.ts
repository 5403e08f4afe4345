/**
 * The courses of a student's plan as planned attempts for the progress check: each high-school
 * course of the current plan version that the transcript does not already show passed or under
 * way, in the school year the plan puts it (from the graduation year, else the current grade). A
 * pass whose credit was withheld is that sitting of the plan's course taken: it is not planned
 * again (the progress check does not count it and says that earning the credit back or taking the
 * course again fixes it; a retake the counselor adds to the plan is planned as any course).
 */
import type { TCourse } from '../../contracts/program.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import type { CourseAttempt } from '../../domain/requirements/attempts.ts';
import type { RecordRepos } from '../records/deps.ts';
import { courseCode } from './plan-context.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';

/** The ending year of the school year a date falls in (July 1 starts one). */
const schoolYearOf = (date: Date) =>
  date.getUTCMonth() >= 6 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();

export async function plannedAttempts(
  repos: Pick<RecordRepos, 'plans' | 'catalog'>,
  student: StudentRow,
  taken: readonly CourseAttempt[],
  now: Date,
): Promise<CourseAttempt[]> {
  const head = await repos.plans.head(student.districtId, student.userId);
  if (!head) return [];
  const version = (await repos.plans.versions(student.districtId, student.userId)).find(
    (v) => v.version === head.currentVersion,
  );
  if (!version) return [];
  const ids = version.body.courses.map((c) => c.courseId);
  const catalog = await repos.catalog.findCatalog({
    institutions: [],
    courses: ids,
    credentials: [],
  });
  const courses = new Map<string, TCourse>(catalog.courses.map((c) => [c.id, c]));
  const dual = new Set(
    catalog.creditAgreements
      .filter((a) => a.type === 'dual_credit')
      .flatMap((a) => a.secondaryCourseId ?? []),
  );
  // A dual credit mark counts only where an agreement backs it (the plan check warns otherwise).
  const day = now.toISOString().slice(0, 10);
  const backed = new Set(
    catalog.creditAgreements
      .filter((a) => a.type !== 'exam_credit' && !(a.effectiveTo && a.effectiveTo < day))
      // Credential credit has no high school course (and records do not name credentials held).
      .flatMap((a) => a.secondaryCourseId ?? []),
  );
  const done = new Set(
    taken
      .filter((a) => a.result === 'pass' || a.result === 'in_progress')
      .map((a) => courseCodeKey(a.code)),
  );
  const yearOfGrade = (grade: number) =>
    student.graduationYear !== null
      ? student.graduationYear - (12 - grade)
      : schoolYearOf(now) + (grade - (student.grade ?? grade));
  const planned: CourseAttempt[] = [];
  for (const item of version.body.courses) {
    const course = courses.get(item.courseId);
    if (!course || course.level !== 'secondary') continue;
    const code = courseCode(course).toUpperCase();
    if (done.has(courseCodeKey(code))) continue;
    const grade = Number(item.level.replace('grade-', ''));
    planned.push({
      key: `plan:${item.courseId}`,
      code,
      title: course.title.en,
      titleEs: course.title.es,
      scedCode: course.scedCode ?? null,
      schoolYear: yearOfGrade(grade),
      term: 'year',
      creditsAttempted: course.carnegieUnits,
      creditsEarned: 0,
      grade: null,
      result: 'planned',
      cte: course.kind === 'cte',
      pathways: course.pathwayCodes,
      dualCredit: (item.dualCredit && backed.has(course.id)) || dual.has(course.id),
      advanced: course.prerequisites.length > 0,
    });
  }
  return planned;
}
