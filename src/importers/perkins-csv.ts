/**
 * A Perkins report as a state submission file: one row per organization × program × group ×
 * measure, the count, "< N" for a small suppressed cell, "*" for a count of any size hidden so a
 * small one cannot be worked out from the totals, or "NA" where the district has no data.
 * Written through the one CSV writer (cells that could run as formulas are neutralized).
 */
import type { TPerkinsReport } from '../contracts/perkins.ts';
import { writeCsv } from './csv-writer.ts';

export const PERKINS_CSV_COLUMNS = [
  'school_year',
  'profile',
  'level',
  'org_id',
  'org_name',
  'program_id',
  'program_title',
  'group',
  'measure',
  'value',
];

export function perkinsToCsv(report: TPerkinsReport): string {
  return writeCsv(
    PERKINS_CSV_COLUMNS,
    report.rows.map((r) => [
      String(report.year),
      report.profile,
      r.level,
      r.orgId,
      r.orgName,
      r.programKey,
      r.programTitle,
      r.group,
      r.measure,
      'value' in r.cell
        ? String(r.cell.value)
        : 'suppressed' in r.cell
          ? r.cell.complementary
            ? '*'
            : `< ${report.threshold}`
          : 'NA',
    ]),
    // A byte-order mark, so Excel reads accented school and program names as written.
    { bom: true },
  );
}
