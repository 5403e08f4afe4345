/**
 * `wayfinder import transcripts` and its API twin: course attempts into one district. Every row
 * names a student of the district (by local id) and one of its schools. An attempt is keyed by
 * student, school, school year, term and course code, so a second import of the same file changes
 * nothing; a changed grade or result updates the row. Course codes the district's catalog does
 * not know are imported all the same and listed in the summary.
 */
import type { TImportSummary } from '../../contracts/records.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { parseTranscriptCsv } from '../../importers/transcript-csv.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { csvSource } from './import-students.ts';
import { schoolIssues, TRANSFER_HINT, writeTranscripts } from './record-rows.ts';
import {
  auditDistrictAction,
  authorizeImport,
  refreshStatistics,
  refuseIssues,
  writeAll,
  type ImportOptions,
} from './run-import.ts';

export async function importTranscripts(
  deps: RecordsDeps,
  caller: Caller,
  file: SourceFile,
  options: ImportOptions,
): Promise<TImportSummary> {
  const { districtId } = options;
  const { schools } = await authorizeImport(deps, caller, districtId);
  const parsed = parseTranscriptCsv(file);
  refuseIssues(parsed.issues);
  // The parser refuses a repeated attempt, so the writes need not look for one.
  const source = { ...csvSource(file, parsed), uniqueAttempts: true };
  refuseIssues(schoolIssues(source, schools, districtId, TRANSFER_HINT));
  const { unknownCourses, ...counts } = await writeAll(
    deps,
    districtId,
    options.dryRun ?? false,
    (repos) => writeTranscripts(repos, districtId, source, options.onProgress),
  );
  const summary: TImportSummary = {
    kind: 'transcripts',
    districtId,
    file: file.name,
    dryRun: options.dryRun ?? false,
    rowsRead: source.rows.length,
    ...counts,
    unknownCourses,
  };
  if (summary.dryRun) return summary;
  await refreshStatistics(deps, ['course_attempt'], counts.inserted);
  await auditDistrictAction(deps, caller, 'records.import_transcripts', districtId, {
    rows: summary.rowsRead,
    ...counts,
    unknownCourses: unknownCourses.length,
  });
  return summary;
}
