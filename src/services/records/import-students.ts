/**
 * `wayfinder import students` and its API twin: a roster CSV into one district. A student is
 * matched by their local (SIS) id in the district: new ones are added, changed ones updated, the
 * rest left alone, so the same file imported twice changes nothing the second time.
 */
import type { TImportSummary } from '../../contracts/records.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { parseRosterCsv, type ParsedCsv } from '../../importers/roster-csv.ts';
import { issueFields, type ImportIssue } from '../../importers/tabular.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { schoolIssues, studentSummary, writeStudents, type RowSource } from './record-rows.ts';
import {
  auditDistrictAction,
  authorizeImport,
  refreshStatistics,
  refuseIssues,
  writeAll,
  type ImportOptions,
} from './run-import.ts';

/** A parsed CSV as rows whose problems name file:line:column and the column. */
export function csvSource<R extends { line: number }>(
  file: SourceFile,
  parsed: ParsedCsv<R>,
): RowSource<R> {
  return {
    rows: parsed.rows,
    issue: (row, field, message): ImportIssue => ({
      file: file.name,
      line: row.line,
      column: parsed.columns[field] ?? 0,
      columnName: field,
      ...issueFields(message),
    }),
  };
}

export async function importStudents(
  deps: RecordsDeps,
  caller: Caller,
  file: SourceFile,
  options: ImportOptions,
): Promise<TImportSummary> {
  const { districtId } = options;
  const { schools } = await authorizeImport(deps, caller, districtId);
  const parsed = parseRosterCsv(file);
  refuseIssues(parsed.issues);
  const source = csvSource(file, parsed);
  refuseIssues(schoolIssues(source, schools, districtId));
  const written = await writeAll(deps, districtId, options.dryRun ?? false, (repos) =>
    writeStudents(repos, deps.newId, districtId, source, options.onProgress),
  );
  const { credentialKept, ...counts } = studentSummary(written);
  const summary: TImportSummary = {
    kind: 'students',
    districtId,
    file: file.name,
    dryRun: options.dryRun ?? false,
    rowsRead: source.rows.length,
    ...counts,
    unknownCourses: [],
    ...(credentialKept ? { credentialKept } : {}),
  };
  if (summary.dryRun) return summary;
  await refreshStatistics(deps, ['app_user', 'student'], counts.inserted);
  await auditDistrictAction(deps, caller, 'records.import_students', districtId, {
    rows: summary.rowsRead,
    ...counts,
  });
  return summary;
}
