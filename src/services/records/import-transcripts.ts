/**
 * `wayfinder import transcripts` and its API twin: course attempts into one district. Every row
 * names a student of the district (by local id) and one of its schools. An attempt is keyed by
 * student, school, school year, term and course code, so a second import of the same file changes
 * nothing; a changed grade or result updates the row. Course codes the district's catalog does
 * not know are imported all the same and listed in the summary. A row whose "earned at" column
 * names a place that is none of the district's schools is transfer credit (transfer-rows.ts),
 * written in the same transaction and counted apart, with the places it came from.
 */
import type { TImportSummary } from '../../contracts/records.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { parseTranscriptCsv } from '../../importers/transcript-csv.ts';
import { readLowestPass } from '../../importers/transcript-passing.ts';
import { readBannerTerms } from '../../importers/transcript-banner.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { csvSource } from './import-students.ts';
import { schoolIssues, TRANSFER_HINT } from './record-rows.ts';
import { writeTranscripts } from './transcript-rows.ts';
import { splitEarnedElsewhere, writeTransferRows } from './transfer-rows.ts';
import { resolveTitles } from './course-titles.ts';
import { dateGradeRows } from './grade-years.ts';
import {
  auditDistrictAction,
  authorizeImport,
  refreshStatistics,
  refuseIssues,
  writeAll,
  type ImportOptions,
} from './run-import.ts';

/**
 * What the caller may tell the reader beyond the file, as given (command-line or query text): the
 * district's lowest passing percent and letter (importers/transcript-passing.ts), and what a
 * college's Banner term codes mean (importers/transcript-banner.ts).
 */
export interface TranscriptImportOptions extends ImportOptions {
  lowestPassPercent?: string | number | undefined;
  lowestPassLetter?: string | undefined;
  /** A Banner term code's last two digits as terms: "10=fall,20=spring,30=summer". */
  bannerTerms?: string | undefined;
}

export async function importTranscripts(
  deps: RecordsDeps,
  caller: Caller,
  file: SourceFile,
  options: TranscriptImportOptions,
): Promise<TImportSummary> {
  const { districtId } = options;
  const { schools, schoolNames } = await authorizeImport(deps, caller, districtId);
  const lowest = readLowestPass({
    percent: options.lowestPassPercent,
    letter: options.lowestPassLetter,
  });
  const bannerTerms = readBannerTerms(options.bannerTerms);
  const parsed = parseTranscriptCsv(file, { lowest, bannerTerms });
  refuseIssues(parsed.issues);
  // The parser refuses a repeated attempt, so the writes need not look for one.
  const read = { ...csvSource(file, parsed), uniqueAttempts: true };
  // Courses under a heading of the grade alone take the year the roster gives (grade-years.ts).
  const dated = parsed.rows.some((r) => r.byGrade)
    ? dateGradeRows(
        read,
        await deps.roster.byLocalIds(districtId, [...new Set(read.rows.map((r) => r.localId))]),
        deps.clock(),
      )
    : { rows: read.rows, issues: [] };
  refuseIssues(dated.issues);
  // Courses named by title alone take the catalog's code (course-titles.ts).
  const titled = parsed.rows.some((r) => r.byTitle)
    ? resolveTitles({ ...read, rows: dated.rows }, await deps.transcripts.catalogTitles(districtId))
    : { rows: dated.rows, issues: [] };
  refuseIssues(titled.issues);
  const all = { ...read, rows: titled.rows };
  const { here, elsewhere } = splitEarnedElsewhere(all.rows, schoolNames);
  const source = { ...all, rows: here };
  refuseIssues(schoolIssues(source, schools, districtId, TRANSFER_HINT));
  const now = deps.clock();
  const { unknownCourses, transfers, ...counts } = await writeAll(
    deps,
    districtId,
    options.dryRun ?? false,
    async (repos) => ({
      ...(await writeTranscripts(repos, districtId, source, options.onProgress)),
      transfers: await writeTransferRows(
        repos,
        districtId,
        { ...all, rows: elsewhere },
        { newId: deps.newId, now },
      ),
    }),
  );
  const summary: TImportSummary = {
    kind: 'transcripts',
    districtId,
    file: file.name,
    dryRun: options.dryRun ?? false,
    rowsRead: all.rows.length + parsed.progressMarks.length,
    ...counts,
    unknownCourses,
    ...(elsewhere.length > 0 ? { transferCredits: transfers } : {}),
    ...(parsed.progressMarks.length > 0
      ? {
          progressMarks: {
            rows: parsed.progressMarks.length,
            lines: parsed.progressMarks.slice(0, 20),
          },
        }
      : {}),
  };
  if (summary.dryRun) return summary;
  await refreshStatistics(deps, ['course_attempt'], counts.inserted);
  await auditDistrictAction(deps, caller, 'records.import_transcripts', districtId, {
    rows: summary.rowsRead,
    ...counts,
    unknownCourses: unknownCourses.length,
    ...(elsewhere.length > 0
      ? { transfers: { inserted: transfers.inserted, updated: transfers.updated } }
      : {}),
  });
  return summary;
}
