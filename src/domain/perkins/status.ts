/**
 * A student's Perkins V status in each program of study (or pathway) for a school year: the
 * specification the set-based query in src/db/perkins-repository.ts is tested against.
 *
 * Which attempts count: only passed ones (`stateOf(result) === 'completed'` from
 * requirements/attempts.ts), in the school year or before; failed, withdrawn, incomplete and
 * in-progress attempts count nowhere. A course counts once however often it was taken: its
 * credits are those of the school year in which it earned the most (so two semester halves of one
 * year add up, while a retake in a later year adds nothing).
 *
 * The statuses nest: a concentrator must also meet the participant rule and a completer the
 * concentrator rule, so completers ⊆ concentrators ⊆ participants by construction.
 */
import type { TPerkinsProfile, TPerkinsStatus, TStatusRule } from '../../contracts/perkins.ts';
import { stateOf, type CourseAttempt } from '../requirements/attempts.ts';
import { countsFor, meetsRank, resolveLevel, type ResolvedLevel } from './profiles.ts';

export type PerkinsAttempt = Pick<
  CourseAttempt,
  'code' | 'schoolYear' | 'result' | 'creditsEarned'
>;

/** What the catalog says of a CTE course code: the programs (or pathways) it belongs to, its level. */
export interface CteCourseFacts {
  /** Program ids (profile scope "program") or pathway codes (scope "pathway"). */
  groups: readonly string[];
  /** The catalog course's `sequenceLevel`, if any. */
  levelName: string | null;
}

/** Passed courses up to the school year, by upper-case code, with the credits each counts once. */
export function countedCourses(
  attempts: readonly PerkinsAttempt[],
  year: number,
): Map<string, number> {
  const perYear = new Map<string, Map<number, number>>();
  for (const a of attempts) {
    if (a.schoolYear > year || stateOf(a.result) !== 'completed') continue;
    const code = a.code.toUpperCase();
    const years = perYear.get(code) ?? new Map<number, number>();
    years.set(a.schoolYear, (years.get(a.schoolYear) ?? 0) + a.creditsEarned);
    perYear.set(code, years);
  }
  const counted = new Map<string, number>();
  for (const [code, years] of perYear) counted.set(code, Math.max(...years.values()));
  return counted;
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
