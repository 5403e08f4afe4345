/**
 * Terms written as a bare number ("1", "Term 2", "T3"), named by the file: an export of a school
 * whose year has four terms writes "Term 1" for what another calls Q1. For one school (or place
 * elsewhere) and school year, the highest term number the file holds is how many terms the year
 * has: 2 semesters (s1, s2), 3 trimesters (t1–t3), 4 quarters (q1–q4), the names the rest of the
 * importer keeps (domain/requirements/terms.ts). The file cannot tell when that highest number is
 * 1, when a number under it is missing (a file of "Term 2" rows alone shows part of a year), or
 * when it is under 4 while a course of that school and year is still under way (later terms may
 * not be in the file yet): the terms are then kept as they were read ("term 2", "2"; "T2" a
 * trimester, as it always was).
 */
import { institutionKey } from '../domain/requirements/transfer.ts';
import { numberedTerm } from '../domain/requirements/terms.ts';
import type { TranscriptRow } from './transcript-csv.ts';

const placeYear = (row: TranscriptRow) =>
  `${row.earnedAt ? `@${institutionKey(row.earnedAt.name)}` : row.schoolId}\u0000${row.schoolYear}`;

/** Renames, in place, the terms of the rows whose term was a bare number (`numbers`). */
export function nameNumberedTerms(
  rows: readonly TranscriptRow[],
  numbers: ReadonlyMap<TranscriptRow, number>,
): void {
  if (numbers.size === 0) return;
  const seen = new Map<string, Set<number>>();
  const underWay = new Set<string>();
  for (const row of rows) {
    const key = placeYear(row);
    if (row.result === 'in_progress') underWay.add(key);
    const n = numbers.get(row);
    if (n === undefined) continue;
    const set = seen.get(key);
    if (set) set.add(n);
    else seen.set(key, new Set([n]));
  }
  for (const [row, n] of numbers) {
    const key = placeYear(row);
    const held = seen.get(key)!;
    const count = Math.max(...held);
    // Every term from the first to the highest, or the file shows only part of the year.
    const whole = held.size === count;
    if (count < 2 || !whole || (count < 4 && underWay.has(key))) continue;
    row.term = numberedTerm(n, count as 2 | 3 | 4);
  }
}
