/**
 * `wayfinder import transcripts` and its API twin: course attempts into one district. Every row
 * names a student of the district (by local id) and one of its schools. An attempt is keyed by
 * student, school, school year, term and course code, so a second import of the same file changes
 * nothing; a changed grade or result updates the row. Course codes the district's catalog does
 * not know are imported all the same and listed in the summary.
 */
import type { TImportSummary } from '../../contracts/records.ts';
import type { AttemptRow } from '../../db/transcript-repository.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import { parseTranscriptCsv } from '../../importers/transcript-csv.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import {
  auditDistrictAction,
  authorizeImport,
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
  const students = await deps.roster.byLocalIds(districtId, [
    ...new Set(parsed.rows.map((r) => r.localId)),
  ]);
  const issues: ImportIssue[] = [];
  const fail = (line: number, column: string, message: string) =>
    issues.push({
      file: file.name,
      line,
      column: parsed.columns[column]!,
      columnName: column,
      message,
    });
  for (const row of parsed.rows) {
    if (!students.has(row.localId))
      fail(
        row.line,
        'student_id',
        `no student ${row.localId} in the district ${districtId}: import the roster first`,
      );
    else if (!schools.has(row.schoolId))
      fail(row.line, 'school_id', `no school ${row.schoolId} in the district ${districtId}`);
  }
  refuseIssues(issues);

  const known = await deps.transcripts.catalogCodes(districtId);
  const unknown = new Map<string, { title: string; rows: number }>();
  for (const row of parsed.rows) {
    if (known.has(row.courseCode)) continue;
    const entry = unknown.get(row.courseCode) ?? { title: row.courseTitle, rows: 0 };
    entry.rows += 1;
    unknown.set(row.courseCode, entry);
  }
  const rows: AttemptRow[] = parsed.rows.map((r) => ({
    districtId,
    studentId: students.get(r.localId)!.userId,
    schoolId: r.schoolId,
    schoolYear: r.schoolYear,
    term: r.term,
    courseCode: r.courseCode,
    courseTitle: r.courseTitle,
    scedCode: r.scedCode,
    creditsAttempted: r.creditsAttempted,
    creditsEarned: r.creditsEarned,
    letterGrade: r.letterGrade,
    result: r.result,
  }));
  const total = rows.length;
  const counts = await writeAll(deps, options.dryRun ?? false, async (repos) => {
    let inserted = 0;
    let updated = 0;
    const step = 5000;
    for (let i = 0; i < total; i += step) {
      const done = await repos.transcripts.upsert(rows.slice(i, i + step));
      inserted += done.inserted;
      updated += done.updated;
      options.onProgress?.(Math.min(total, i + step), total);
    }
    return { inserted, updated, unchanged: total - inserted - updated };
  });
  const summary: TImportSummary = {
    kind: 'transcripts',
    districtId,
    file: file.name,
    dryRun: options.dryRun ?? false,
    rowsRead: total,
    ...counts,
    unknownCourses: [...unknown]
      .map(([code, v]) => ({ code, title: v.title, rows: v.rows }))
      .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code)),
  };
  if (!summary.dryRun)
    await auditDistrictAction(deps, caller, 'records.import_transcripts', districtId, {
      rows: total,
      ...counts,
      unknownCourses: summary.unknownCourses.length,
    });
  return summary;
}
