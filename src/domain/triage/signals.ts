/**
 * Off-track signals of one student, from what the caseload list loads for every student at once
 * (pure: no I/O). The signals follow the early-warning research and the plan rules:
 *
 * - credits_behind: fewer credits counted toward the requirement set than the grade expects.
 *   Expected credits at the end of each school year are the set's total × years completed / 4,
 *   so a student in grade g (9–12) is expected to have total × (g − 9) / 4 at the start of the
 *   year: 0 in grade 9, 5.5 of 22 in grade 10, 11 in grade 11, 16.5 in grade 12.
 * - failed_core / failed_program: a failed course not passed since (same course code; a pass whose
 *   credit was withheld does not make it up), in the
 *   core subjects (SCED 01 English, 02 mathematics, 03 science, 04 social studies) or among the
 *   courses of the program of study the student's plan follows (a core failure is listed once).
 * - low_grade9_gpa: the credits-weighted GPA of the grade-9 school year at or below 2.0 (gpa.ts).
 * - no_plan, plan_not_reviewed (no counselor sign-off since July 1), guardian_unsigned (the
 *   current version has no guardian signature).
 * - no_interest_profile: no saved Interest Profiler result (left out when the caller may not
 *   see interest results).
 * - dual_credit_deadline: a dual-credit course of the plan not yet passed whose agreement's
 *   registration deadline, or last day in force, falls within the next 30 days.
 */
import type { TRequirementSet } from '../../contracts/requirements.ts';
import { schoolYearStart } from '../plans/check-plan.ts';
import { creditWithheld, type CourseAttempt } from '../requirements/attempts.ts';
import type { Titles } from '../requirements/describe.ts';
import { checkProgress } from '../requirements/evaluate.ts';
import type { RequirementException } from '../requirements/exceptions.ts';
import { scedSubject } from '../requirements/select.ts';
import { gradePointAverage } from './gpa.ts';
import { courseCodeKey } from '../requirements/course-code-key.ts';

export const SIGNAL_CODES = [
  'credits_behind',
  'failed_core',
  'failed_program',
  'low_grade9_gpa',
  'no_plan',
  'plan_not_reviewed',
  'guardian_unsigned',
  'no_interest_profile',
  'dual_credit_deadline',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

export const CORE_SCED_SUBJECTS: readonly string[] = ['01', '02', '03', '04'];
export const LOW_GPA = 2.0;
export const DEADLINE_DAYS = 30;

export type Signal =
  | {
      code: 'credits_behind';
      earned: number;
      expected: number;
      required: number;
      grade: number;
      /** Set only when the set counts years of coursework (UC a-g), not credits. */
      unit?: 'years';
    }
  | { code: 'failed_core' | 'failed_program'; courses: Titles[] }
  | { code: 'low_grade9_gpa'; gpa: number }
  | { code: 'no_plan' | 'plan_not_reviewed' | 'guardian_unsigned' | 'no_interest_profile' }
  | { code: 'dual_credit_deadline'; course: Titles; date: string; days: number };

export interface TriagePlan {
  reviewedAt: Date | null;
  /** A guardian signed the current version. */
  guardianSigned: boolean;
  /** Course codes of the program of study the plan follows (compared by key, course-code-key.ts). */
  programCodes: ReadonlySet<string>;
  /** The plan's dual-credit courses, each with the deadlines its agreements set (YYYY-MM-DD). */
  dualCredit: ReadonlyArray<{ code: string; title: Titles; deadlines: readonly string[] }>;
}

export interface TriageStudent {
  grade: number | null;
  /** The transcript: attempts taken (not planned ones). */
  attempts: readonly CourseAttempt[];
  exceptions: readonly RequirementException[];
  plan: TriagePlan | null;
  /** undefined when the caller may not know. */
  hasInterestProfile: boolean | undefined;
}

export interface Triage {
  signals: Signal[];
  earned: number;
  required: number;
  expected: number | null;
  grade9Gpa: number | null;
}

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The ending year of the school year a date falls in (2026 is 2025–26). */
export const schoolYearOf = (date: Date): number => schoolYearStart(date).getUTCFullYear() + 1;

/** Years of high school completed at the start of the current year: 0 in grade 9 … 3 in grade 12. */
export const yearsCompleted = (grade: number): number => Math.max(0, Math.min(grade, 12) - 9);

export function expectedCredits(required: number, grade: number): number {
  return Math.round(((required * yearsCompleted(grade)) / 4) * 100) / 100;
}

/**
 * Failed attempts whose course code has no passed attempt, as distinct course titles. A pass whose
 * credit was withheld does not make up a failure: the course still lacks its credit.
 */
function unrecoveredFailures(attempts: readonly CourseAttempt[]): CourseAttempt[] {
  const passed = new Set(
    attempts
      .filter((a) => a.result === 'pass' && !creditWithheld(a))
      .map((a) => courseCodeKey(a.code)),
  );
  const seen = new Set<string>();
  return attempts.filter((a) => {
    const code = courseCodeKey(a.code);
    if (a.result !== 'fail' || passed.has(code) || seen.has(code)) return false;
    seen.add(code);
    return true;
  });
}

/** A course's titles: as the transcript names it, and the catalog's Spanish title if any. */
const titlesOf = (a: CourseAttempt): Titles => ({ en: a.title, es: a.titleEs });

export function triageStudent(
  student: TriageStudent,
  context: { set: TRequirementSet; now: Date },
): Triage {
  const signals: Signal[] = [];
  const check = checkProgress(context.set, student.attempts, student.exceptions);
  const required = check.root.required.credits ?? 0;
  const earned = Math.round(check.root.earned * 100) / 100;
  const grade = student.grade;
  const expected = grade !== null && grade >= 9 ? expectedCredits(required, grade) : null;
  if (grade !== null && expected !== null && required > 0 && earned < expected - 1e-9)
    signals.push({
      code: 'credits_behind',
      earned,
      expected,
      required,
      grade,
      ...(check.root.required.unit === 'years' ? { unit: 'years' as const } : {}),
    });

  const failures = unrecoveredFailures(student.attempts);
  const core = failures.filter((a) => CORE_SCED_SUBJECTS.includes(scedSubject(a.scedCode) ?? ''));
  if (core.length > 0) signals.push({ code: 'failed_core', courses: core.map(titlesOf) });
  const programKeys = new Set([...(student.plan?.programCodes ?? [])].map(courseCodeKey));
  const program = failures.filter(
    (a) => !core.includes(a) && programKeys.has(courseCodeKey(a.code)),
  );
  if (program.length > 0) signals.push({ code: 'failed_program', courses: program.map(titlesOf) });

  const currentYear = schoolYearOf(context.now);
  const grade9Year = grade !== null && grade >= 9 ? currentYear - yearsCompleted(grade) : null;
  const grade9Gpa =
    grade9Year === null
      ? null
      : gradePointAverage(student.attempts.filter((a) => a.schoolYear === grade9Year));
  if (grade9Gpa !== null && grade9Gpa <= LOW_GPA)
    signals.push({ code: 'low_grade9_gpa', gpa: grade9Gpa });

  const plan = student.plan;
  if (!plan) signals.push({ code: 'no_plan' });
  else {
    if (plan.reviewedAt === null || plan.reviewedAt < schoolYearStart(context.now))
      signals.push({ code: 'plan_not_reviewed' });
    if (!plan.guardianSigned) signals.push({ code: 'guardian_unsigned' });
  }
  if (student.hasInterestProfile === false) signals.push({ code: 'no_interest_profile' });

  const deadline = plan ? nearestDeadline(plan, student.attempts, context.now) : undefined;
  if (deadline) signals.push({ code: 'dual_credit_deadline', ...deadline });
  return { signals, earned, required, expected, grade9Gpa };
}

function nearestDeadline(plan: TriagePlan, attempts: readonly CourseAttempt[], now: Date) {
  const passed = new Set(
    attempts.filter((a) => a.result === 'pass').map((a) => courseCodeKey(a.code)),
  );
  const today = dayNumber(isoDay(now));
  let best: { course: Titles; date: string; days: number } | undefined;
  for (const course of plan.dualCredit) {
    if (passed.has(courseCodeKey(course.code))) continue;
    for (const date of course.deadlines) {
      const days = dayNumber(date) - today;
      if (days < 0 || days > DEADLINE_DAYS) continue;
      if (!best || days < best.days) best = { course: course.title, date, days };
    }
  }
  return best;
}
