/**
 * Course attempts as the evaluator sees them, and which of them count at all: a failed,
 * withdrawn or incomplete attempt counts nowhere, and a course taken again counts once.
 *
 * A pass that earned no credit. The transcript import keeps a passing mark whose credit was
 * withheld (credit attempted, none earned: loss of credit for attendance, credit denied) as a
 * pass earning 0, and a course that carries no credit by design (0 attempted: advisory, an
 * orientation) as a pass earning 0 too. A graduation requirement is a requirement for credit, so
 * a withheld pass counts nowhere, not even where a number of courses is asked for (a Texas
 * endorsement's "two CTE courses" are two courses with their credit): it is not counted, reason
 * `no_credit` (`creditWithheld`). A course with no credit by design stays countable, bringing 0,
 * but a course set that asks for credits or a number of courses asks for credit-bearing courses,
 * so it does not fill one (leaves.ts `creditBearing`, assign.ts); only a course set naming neither,
 * "this course", takes it. Prerequisites ask for a passing mark, not the credit, so a plan's
 * prerequisite is met by either (services/plans/plan-context.ts).
 *
 * Retakes. Attempts share a course when their codes are equal (ignoring case). A course counts
 * at most the credits one school year offers of it: the most credits attempted for it in any
 * single school year, failed and withdrawn tries included. So two semester halves of one year
 * both count, and so does a failed half passed again the next year beside the half passed the
 * first time, while a second full sitting in a later year does not add credit. A summer term is
 * where a half is made up, so it is not added to its school year's regular terms: a year counts
 * its regular terms, or its largest summer attempt when that is more (Algebra I passed with a D
 * in the first semester and retaken in the summer of that school year is still one course).
 * Within that cap
 * the attempts that count are those that bring the most credits — completed first, then in
 * progress, then planned — and among choices that bring as much, the best attempts: passed
 * before in progress before planned, then the higher grade, then the more recent. (A full year
 * passed with a D and one semester retaken for an A keep the year's credit.) Courses a
 * requirement set marks `repeatable` (band, PE) count every time.
 */
import type { TCourseSelector } from '../../contracts/requirements.ts';
import { gradeRank } from './grades.ts';
import { selects } from './select.ts';
import { termRank } from './terms.ts';
import { courseCodeKey } from './course-code-key.ts';

export const ATTEMPT_RESULTS = [
  'pass',
  'fail',
  'incomplete',
  'withdrawn',
  'in_progress',
  'planned',
] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

export interface CourseAttempt {
  /** Unique within the student's record. */
  key: string;
  code: string;
  title: string;
  /** The Spanish title, when the district catalog has one for the course. */
  titleEs?: string | undefined;
  scedCode: string | null;
  /** The school year by its ending year (Ed-Fi's convention): 2026 is 2025–26. */
  schoolYear: number;
  term: string;
  creditsAttempted: number;
  creditsEarned: number;
  grade: string | null;
  result: AttemptResult;
  cte: boolean;
  pathways: readonly string[];
  dualCredit: boolean;
  advanced: boolean;
  /** Credit earned outside the district (transfer.ts): where, how, and the code written there. */
  transfer?: { earnedAt: string; kind: string; code: string | null } | undefined;
}

/** How far along an attempt that counts is: done, under way, or only in the plan. */
export type AttemptState = 'completed' | 'in_progress' | 'planned';
export type NotCountedReason = 'failed' | 'withdrawn' | 'incomplete' | 'retake' | 'no_credit';

export interface Countable {
  attempt: CourseAttempt;
  state: AttemptState;
  /** Credits it brings: earned when completed, attempted while under way or planned. */
  credits: number;
}

export const stateOf = (result: AttemptResult): AttemptState | undefined =>
  result === 'pass'
    ? 'completed'
    : result === 'in_progress'
      ? 'in_progress'
      : result === 'planned'
        ? 'planned'
        : undefined;

/** A passing mark whose credit was withheld: credit attempted, none earned. */
export const creditWithheld = (
  a: Pick<CourseAttempt, 'result' | 'creditsAttempted' | 'creditsEarned'>,
): boolean => a.result === 'pass' && a.creditsAttempted > 0 && !(a.creditsEarned > 0);

/**
 * A passed attempt that completed a course with its credit (Perkins counts only these): earned
 * credit, not withheld and not a course carrying none.
 */
export const earnedCourse = (a: Pick<CourseAttempt, 'result' | 'creditsEarned'>): boolean =>
  a.result === 'pass' && a.creditsEarned > 0;

const STATE_ORDER: Record<AttemptState, number> = { completed: 0, in_progress: 1, planned: 2 };
export const stateOrder = (state: AttemptState) => STATE_ORDER[state];

/** `a.localeCompare(b)`, without making a collator for every comparison. */
const compareText = new Intl.Collator().compare;

/** Chronological order of attempts: school year, then term (known names first), then code. */
export function chronological(a: CourseAttempt, b: CourseAttempt): number {
  if (a.schoolYear !== b.schoolYear) return a.schoolYear - b.schoolYear;
  if (a.term !== b.term) {
    const byTerm = termRank(a.term) - termRank(b.term);
    if (byTerm !== 0) return byTerm;
  }
  return compareText(a.code, b.code) || compareText(a.key, b.key);
}

export interface Classified {
  countable: Countable[];
  notCounted: Array<{ attempt: CourseAttempt; reason: NotCountedReason }>;
}

/**
 * `isRepeatable`, when given, answers for `repeatable` (the progress check passes its remembered
 * per-course answers).
 */
export function classifyAttempts(
  attempts: readonly CourseAttempt[],
  repeatable?: TCourseSelector,
  isRepeatable: (attempt: CourseAttempt) => boolean = (attempt) =>
    repeatable !== undefined && selects(repeatable, attempt),
): Classified {
  const notCounted: Classified['notCounted'] = [];
  const byCourse = new Map<string, Countable[]>();
  // Per course (its code's key, course-code-key.ts): credits attempted per school year, every result included; a
  // summer attempt apart (negative year keys hold the year's largest summer attempt).
  const offered = new Map<string, Map<number, number>>();
  for (const attempt of attempts) {
    const code = courseCodeKey(attempt.code);
    const years = offered.get(code) ?? new Map<number, number>();
    if (attempt.term.toLowerCase() === 'summer') {
      const key = -attempt.schoolYear;
      years.set(key, Math.max(years.get(key) ?? 0, attempt.creditsAttempted));
    } else
      years.set(
        attempt.schoolYear,
        (years.get(attempt.schoolYear) ?? 0) + attempt.creditsAttempted,
      );
    offered.set(code, years);
    const state = stateOf(attempt.result);
    if (!state || creditWithheld(attempt)) {
      const reason = !state ? (attempt.result === 'fail' ? 'failed' : attempt.result) : 'no_credit';
      notCounted.push({ attempt, reason: reason as NotCountedReason });
      continue;
    }
    const credits = state === 'completed' ? attempt.creditsEarned : attempt.creditsAttempted;
    const key = isRepeatable(attempt) ? `\u0000${attempt.key}` : code;
    const group = byCourse.get(key);
    if (group) group.push({ attempt, state, credits });
    else byCourse.set(key, [{ attempt, state, credits }]);
  }
  const countable: Countable[] = [];
  for (const group of byCourse.values()) {
    if (group.length === 1) {
      countable.push(group[0]!);
      continue;
    }
    const years = offered.get(courseCodeKey(group[0]!.attempt.code))!;
    const cap = Math.max(...years.values());
    const sorted = [...group].sort(bestFirst);
    const chosen = chooseWithin(sorted, cap);
    sorted.forEach((item, i) => {
      if (chosen[i]) countable.push(item);
      else notCounted.push({ attempt: item.attempt, reason: 'retake' });
    });
  }
  countable.sort((a, b) => chronological(a.attempt, b.attempt));
  return { countable, notCounted };
}

/** Tries of one course above this many are chosen greedily (best first) rather than by search. */
const SEARCH_LIMIT = 12;
const EPSILON = 1e-9;

/**
 * Which of a course's tries (sorted best first) count: within `cap` credits, the choice with the
 * most completed credits, then in-progress, then planned; among equal ones, the choice that keeps
 * the better tries (compared in order, best first).
 */
function chooseWithin(sorted: readonly Countable[], cap: number): boolean[] {
  const n = sorted.length;
  if (n > SEARCH_LIMIT) {
    let taken = 0;
    return sorted.map((item) => {
      if (taken + item.credits > cap + EPSILON) return false;
      taken += item.credits;
      return true;
    });
  }
  let best = 0;
  let bestTotals = [0, 0, 0];
  for (let mask = 1; mask < 1 << n; mask += 1) {
    const totals = [0, 0, 0];
    let sum = 0;
    for (let i = 0; i < n; i += 1)
      if (mask & (1 << i)) {
        const item = sorted[i]!;
        totals[stateOrder(item.state)]! += item.credits;
        sum += item.credits;
      }
    if (sum > cap + EPSILON) continue;
    if (better(totals, mask, bestTotals, best)) {
      best = mask;
      bestTotals = totals;
    }
  }
  return sorted.map((_, i) => (best & (1 << i)) !== 0);
}

function better(totals: number[], mask: number, bestTotals: number[], best: number): boolean {
  for (let t = 0; t < 3; t += 1) {
    const diff = totals[t]! - bestTotals[t]!;
    if (diff > EPSILON) return true;
    if (diff < -EPSILON) return false;
  }
  // Equal credits: the choice holding the first (best) try where the two differ wins.
  const differ = mask ^ best;
  if (differ === 0) return false;
  const first = differ & -differ;
  return (mask & first) !== 0;
}

function bestFirst(a: Countable, b: Countable): number {
  const byState = stateOrder(a.state) - stateOrder(b.state);
  if (byState !== 0) return byState;
  const byGrade = gradeRank(b.attempt.grade) - gradeRank(a.attempt.grade);
  if (byGrade !== 0) return byGrade;
  return chronological(b.attempt, a.attempt);
}
