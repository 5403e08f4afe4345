/**
 * From each student's statuses to counts per school × program × group: the same numbers the
 * set-based query returns (src/db/perkins-repository.ts), computed one student at a time.
 */
import type { TPerkinsStatus } from '../../contracts/perkins.ts';
import { atLeast, highest } from './status.ts';

/** The key of the row that counts a student once across every program. */
export const ALL_PROGRAMS = '*';
export const ALL_STUDENTS = 'all';

export interface PerkinsStudent {
  districtId: string;
  schoolId: string;
  /** Groups as "dimension:code" (gender:F, english_learner:Y); "all" is implied. */
  groups: readonly string[];
  statuses: ReadonlyMap<string, TPerkinsStatus>;
  /** Passed a dual-credit course (postsecondary credit while in high school). */
  dualCredit: boolean;
  credential: boolean;
  workBasedLearning: boolean;
  graduated: boolean;
}

export interface CountRow {
  districtId: string;
  schoolId: string;
  programKey: string;
  group: string;
  participants: number;
  concentrators: number;
  completers: number;
  credential: number;
  dualCredit: number;
  workBasedLearning: number;
  graduated: number;
}

export const COUNT_FIELDS = [
  'participants',
  'concentrators',
  'completers',
  'credential',
  'dualCredit',
  'workBasedLearning',
  'graduated',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export const rowKey = (r: Pick<CountRow, 'districtId' | 'schoolId' | 'programKey' | 'group'>) =>
  `${r.districtId}\u0001${r.schoolId}\u0001${r.programKey}\u0001${r.group}`;

export function countStudents(students: Iterable<PerkinsStudent>): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const s of students) {
    if (s.statuses.size === 0) continue;
    const programs: Array<[string, TPerkinsStatus]> = [...s.statuses];
    programs.push([ALL_PROGRAMS, highest(s.statuses.values())!]);
    for (const [programKey, status] of programs)
      for (const group of [ALL_STUDENTS, ...new Set(s.groups)]) {
        const base = { districtId: s.districtId, schoolId: s.schoolId, programKey, group };
        const key = rowKey(base);
        const row = rows.get(key) ?? { ...base, ...zeroCounts() };
        const concentrator = atLeast(status, 'concentrator');
        row.participants += 1;
        if (concentrator) row.concentrators += 1;
        if (atLeast(status, 'completer')) row.completers += 1;
        if (concentrator && s.credential) row.credential += 1;
        if (concentrator && s.dualCredit) row.dualCredit += 1;
        if (concentrator && s.workBasedLearning) row.workBasedLearning += 1;
        if (concentrator && s.graduated) row.graduated += 1;
        rows.set(key, row);
      }
  }
  return [...rows.values()];
}

export const zeroCounts = (): Record<CountField, number> => ({
  participants: 0,
  concentrators: 0,
  completers: 0,
  credential: 0,
  dualCredit: 0,
  workBasedLearning: 0,
  graduated: 0,
});
