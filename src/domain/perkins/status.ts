/**
 * A student's Perkins V status in each program of study (or pathway) for a school year: the
 * specification the set-based query in src/db/perkins-repository.ts is tested against.
 *
 * Which attempts count: only passed ones that earned credit (`earnedCourse` from
 * requirements/attempts.ts), in the school year or before; failed, withdrawn, incomplete and
 * in-progress attempts earn nothing, and attempts after the school year are not looked at. A
 * passing mark whose credit was withheld (credit attempted, none earned) did not complete the
 * course: the district itself does not count it toward graduation, and states report Perkins
 * course completion from credit earned (Texas and Nevada count credits). A course that carries no
 * credit by design (advisory, an orientation) is not one of a program of study's credit-bearing
 * courses. Neither makes a participant, a concentrator or a completer, nor counts for 5S2.
 *
 * Retakes, as the progress check takes them (requirements/attempts.ts). A course (its code, by
 * requirements/course-code-key.ts: "ENGL-101", "ENGL 101" and "engl101" are one) counts once, and never more than the most credits one school year offered of it:
 * the credits attempted for it in that year, every try included (failed, withdrawn, incomplete,
 * under way), a try offering its earned credits if a record says they are more. Within that cap
 * the passed tries that count are the choice bringing the most credits. So a failed semester
 * passed again the next year counts beside the half passed the first time (0.5 + 0.5 = 1), two
 * halves of one year add up, and a full year passed and retaken (or a D year with one semester
 * retaken) counts one year's credits. With more than PASSED_SEARCH_LIMIT passed tries of one
 * course (no real transcript has them) the passed credits count up to the cap, without search.
 *
 * The statuses nest: a concentrator must also meet the participant rule and a completer the
 * concentrator rule, so completers ⊆ concentrators ⊆ participants by construction.
 */
import type { TPerkinsProfile, TPerkinsStatus, TStatusRule } from '../../contracts/perkins.ts';
import { earnedCourse, type CourseAttempt } from '../requirements/attempts.ts';
import { courseCodeKey } from '../requirements/course-code-key.ts';
import { countsFor, meetsRank, resolveLevel, type ResolvedLevel } from './profiles.ts';

export type PerkinsAttempt = Pick<
  CourseAttempt,
  'code' | 'schoolYear' | 'result' | 'creditsAttempted' | 'creditsEarned'
>;

/** What the catalog says of a CTE course code: the programs (or pathways) it belongs to, its level. */
export interface CteCourseFacts {
  /** Program ids (profile scope "program") or pathway codes (scope "pathway"). */
  groups: readonly string[];
  /** The catalog course's `sequenceLevel`, if any. */
  levelName: string | null;
}

/** Passed tries of one course above this many count up to the cap without a search. */
export const PASSED_SEARCH_LIMIT = 12;
const EPSILON = 1e-9;

/**
 * Passed courses up to the school year, by course-code key (courseCodeKey), with the credits each counts once:
 * of its passed tries, the choice bringing the most credits within the most credits one school
 * year (up to this one) offered of it.
 */
export function countedCourses(
  attempts: readonly PerkinsAttempt[],
  year: number,
): Map<string, number> {
  // Per course: the credits of its passed tries, and the credits offered per school year.
  const courses = new Map<string, { passed: number[]; offered: Map<number, number> }>();
  for (const a of attempts) {
    if (a.schoolYear > year) continue;
    const code = courseCodeKey(a.code);
    let course = courses.get(code);
    if (!course) {
      course = { passed: [], offered: new Map() };
      courses.set(code, course);
    }
    const offered = Math.max(a.creditsAttempted, a.creditsEarned);
    course.offered.set(a.schoolYear, (course.offered.get(a.schoolYear) ?? 0) + offered);
    if (earnedCourse(a)) course.passed.push(a.creditsEarned);
  }
  const counted = new Map<string, number>();
  for (const [code, { passed, offered }] of courses)
    if (passed.length > 0) counted.set(code, mostWithin(passed, Math.max(...offered.values())));
  return counted;
}

/** The largest sum of some of the credits that stays within the cap (all of them if it can). */
function mostWithin(credits: readonly number[], cap: number): number {
  const total = credits.reduce((sum, c) => sum + c, 0);
  if (total <= cap + EPSILON || credits.length > PASSED_SEARCH_LIMIT) return Math.min(total, cap);
  let best = 0;
  for (let mask = 1; mask < 1 << credits.length; mask += 1) {
    let sum = 0;
    for (let i = 0; i < credits.length; i += 1) if (mask & (1 << i)) sum += credits[i]!;
    if (sum <= cap + EPSILON && sum > best) best = sum;
  }
  return best;
}

interface Tally {
  courses: number;
  credits: number;
  atRank: number;
}

function tally(
  rule: TStatusRule,
  items: ReadonlyArray<{ credits: number; level: ResolvedLevel | undefined }>,
): Tally {
  const t: Tally = { courses: 0, credits: 0, atRank: 0 };
  for (const item of items) {
    if (!countsFor(rule, item.level)) continue;
    t.courses += 1;
    t.credits += item.credits;
    if (meetsRank(rule, item.level)) t.atRank += 1;
  }
  return t;
}

/** Whether courses meet a rule (credits compared with a small tolerance for fractions). */
export function meets(
  rule: TStatusRule,
  items: ReadonlyArray<{ credits: number; level: ResolvedLevel | undefined }>,
): boolean {
  const t = tally(rule, items);
  return (
    t.courses >= rule.minCourses &&
    t.credits + 1e-9 >= rule.minCredits &&
    (!rule.minAtRank || t.atRank >= rule.minAtRank.courses)
  );
}

/** The student's status in each program (or pathway) where they are at least a participant. */
export function studentStatuses(
  profile: TPerkinsProfile,
  attempts: readonly PerkinsAttempt[],
  courses: ReadonlyMap<string, CteCourseFacts>,
  year: number,
): Map<string, TPerkinsStatus> {
  const byGroup = new Map<string, Array<{ credits: number; level: ResolvedLevel | undefined }>>();
  for (const [code, credits] of countedCourses(attempts, year)) {
    const facts = courses.get(code);
    if (!facts) continue;
    const level = resolveLevel(profile, facts.levelName);
    for (const group of new Set(facts.groups)) {
      const list = byGroup.get(group) ?? [];
      list.push({ credits, level });
      byGroup.set(group, list);
    }
  }
  const statuses = new Map<string, TPerkinsStatus>();
  for (const [group, items] of byGroup) {
    if (!meets(profile.participant, items)) continue;
    let status: TPerkinsStatus = 'participant';
    if (meets(profile.concentrator, items)) {
      status = 'concentrator';
      if (profile.completer && meets(profile.completer, items)) status = 'completer';
    }
    statuses.set(group, status);
  }
  return statuses;
}

const RANK: Record<TPerkinsStatus, number> = { participant: 1, concentrator: 2, completer: 3 };

/** Whether a status is at least another (a completer is also a concentrator and a participant). */
export const atLeast = (status: TPerkinsStatus | undefined, floor: TPerkinsStatus): boolean =>
  status !== undefined && RANK[status] >= RANK[floor];

/** The highest of several statuses (the student's status across all CTE). */
export function highest(statuses: Iterable<TPerkinsStatus>): TPerkinsStatus | undefined {
  let best: TPerkinsStatus | undefined;
  for (const s of statuses) if (!best || RANK[s] > RANK[best]) best = s;
  return best;
}
