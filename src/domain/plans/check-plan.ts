/**
 * Checks a student's course plan as it is edited, each finding with its reason: a course the
 * catalog does not know, one not offered at the student's school, one planned outside the grades
 * it is offered in, one whose prerequisite is neither passed nor planned in an earlier grade, one
 * planned twice, one marked dual credit that no dual-credit, articulation or concurrent-enrollment
 * agreement with a college covers.
 */
import type { TCourse } from '../../contracts/program.ts';
import type { TPlanCourse } from '../../contracts/plans.ts';
import type { Lang } from '../framework.ts';

export type PlanRule =
  'unknown_course' | 'not_offered' | 'grade_range' | 'prerequisite' | 'duplicate' | 'dual_credit';

export interface PlanFinding {
  rule: PlanRule;
  courseId: string;
  level: string;
  message: string;
}

export interface PlanContext {
  courses: ReadonlyMap<string, TCourse>;
  /** Institutions whose courses the student can take: their school and its district. */
  offeredBy: ReadonlySet<string>;
  /**
   * Catalog course ids the student has already passed: with a passing mark, whether or not it
   * earned credit (a prerequisite asks for the mark; services/plans/plan-context.ts).
   */
  passed: ReadonlySet<string>;
  /**
   * High school course ids that an agreement (dual credit, articulated credit or concurrent
   * enrollment) gives college credit for: the only courses a dual credit mark is accepted on.
   */
  creditAgreements: ReadonlySet<string>;
  lang: Lang;
}

const gradeOf = (level: string) => Number(level.replace('grade-', ''));
const title = (course: TCourse | undefined, id: string, lang: Lang) =>
  course ? (lang === 'es' ? (course.title.es ?? course.title.en) : course.title.en) : id;

export function checkPlan(courses: readonly TPlanCourse[], context: PlanContext): PlanFinding[] {
  const { lang } = context;
  const es = lang === 'es';
  const findings: PlanFinding[] = [];
  const firstGrade = new Map<string, number>();
  for (const item of courses) {
    const grade = gradeOf(item.level);
    const previous = firstGrade.get(item.courseId);
    if (previous === undefined || grade < previous) firstGrade.set(item.courseId, grade);
  }
  const seen = new Set<string>();
  for (const item of courses) {
    const course = context.courses.get(item.courseId);
    const name = title(course, item.courseId, lang);
    const add = (rule: PlanRule, message: string) =>
      findings.push({ rule, courseId: item.courseId, level: item.level, message });
    if (seen.has(item.courseId))
      add('duplicate', es ? `${name} está dos veces en el plan.` : `${name} is in the plan twice.`);
    seen.add(item.courseId);
    if (!course) {
      add(
        'unknown_course',
        es
          ? `No hay ningún curso ${item.courseId} en el catálogo.`
          : `There is no course ${item.courseId} in the catalog.`,
      );
      continue;
    }
    if (item.dualCredit && !context.creditAgreements.has(item.courseId))
      add(
        'dual_credit',
        es
          ? `${name} está marcado como crédito doble, pero ningún acuerdo con una universidad da crédito universitario por este curso: quita la marca o pregunta a tu consejero.`
          : `${name} is marked dual credit, but no agreement with a college gives college credit for it: remove the mark or ask your counselor.`,
      );
    if (course.level !== 'secondary') continue;
    if (!context.offeredBy.has(course.institutionId))
      add(
        'not_offered',
        es ? `${name} no se ofrece en tu escuela.` : `${name} is not offered at your school.`,
      );
    const grade = gradeOf(item.level);
    if (grade < course.gradeMin || grade > course.gradeMax)
      add(
        'grade_range',
        es
          ? `${name} se ofrece en los grados ${course.gradeMin}–${course.gradeMax}, no en ${grade}.º.`
          : `${name} is offered in grades ${course.gradeMin}–${course.gradeMax}, not grade ${grade}.`,
      );
    for (const before of course.prerequisites) {
      if (context.passed.has(before)) continue;
      const planned = firstGrade.get(before);
      if (planned !== undefined && planned < grade) continue;
      const need = title(context.courses.get(before), before, lang);
      add(
        'prerequisite',
        es
          ? `${name} necesita ${need} antes: apruébalo o ponlo en un grado anterior.`
          : `${name} needs ${need} first: pass it or plan it in an earlier grade.`,
      );
    }
  }
  return findings;
}

/** July 1 starts a school year: the start of the one the date falls in. */
export function schoolYearStart(date: Date): Date {
  const year = date.getUTCMonth() >= 6 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 6, 1));
}

/** A plan is due for review when no counselor signed it in the current school year. */
export const reviewDue = (reviewedAt: Date | null, now: Date): boolean =>
  reviewedAt === null || reviewedAt < schoolYearStart(now);
