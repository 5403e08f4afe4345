/**
 * O*NET's "Alternate Titles.txt": the other names people use for each occupation (about 52,000
 * in O*NET 27.0), each with an optional short title ("Staff RN" for "Staff RN (Staff Registered
 * Nurse)"; "n/a" when there is none). Search finds occupations by them.
 */
import type { OccupationRecord } from '../domain/occupation/import-records.ts';
import type { TabularFile } from './tabular.ts';

/** Sets `alternateTitles` on the known occupations: each title once, short titles after the long ones they shorten. */
export function readAlternateTitles(
  table: TabularFile,
  known: (
    table: TabularFile,
    row: TabularFile['rows'][number],
    column: number,
  ) => OccupationRecord | undefined,
): void {
  const [c, titleCol] = [table.column('O*NET-SOC Code'), table.column('Alternate Title')];
  const shortCol = table.has('Short Title') ? table.column('Short Title') : -1;
  const titles = new Map<OccupationRecord, Set<string>>();
  for (const row of table.issues.length ? [] : table.rows) {
    const target = known(table, row, c);
    const title = table.required(row, titleCol);
    if (!target || title === undefined) continue;
    let set = titles.get(target);
    if (!set) titles.set(target, (set = new Set()));
    set.add(title);
    const short = shortCol >= 0 ? table.get(row, shortCol) : '';
    if (short && short.toLowerCase() !== 'n/a') set.add(short);
  }
  for (const [occupation, set] of titles) {
    set.delete(occupation.title.en);
    occupation.alternateTitles = [...set];
  }
}
