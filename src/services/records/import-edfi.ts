/**
 * `wayfinder import edfi` and its API twin: Ed-Fi Data Standard v5 resources (students and their
 * school and education-organization associations, courses, student academic records, course
 * transcripts) into one district, with the same guarantees as the CSV imports: every problem
 * refuses the whole import (file:line:column and JSON path), students and transcripts are written
 * in one transaction, a second run changes nothing, a dry run counts and rolls back. The
 * credentials students earned come from the academic records' diplomas (edfi-credential-rows.ts);
 * a bundle of academic records alone imports those credentials, and is refused when it has none.
 */
import type { TBundleImportSummary, TImportSummary } from '../../contracts/records.ts';
import { invalid } from '../../domain/errors.ts';
import { edfiRoster, placeIssue } from '../../importers/edfi/edfi-students.ts';
import { readEdfiSources, sectionsOf } from '../../importers/edfi/edfi-sources.ts';
import { edfiCredentials } from '../../importers/edfi/edfi-credentials.ts';
import { edfiTranscripts } from '../../importers/edfi/edfi-transcripts.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { writeEdfiCredentials } from './edfi-credential-rows.ts';
import {
  schoolIssues,
  studentSummary,
  TRANSFER_HINT,
  writeStudents,
  type RowSource,
} from './record-rows.ts';
import { writeTranscripts } from './transcript-rows.ts';
import {
  auditDistrictAction,
  authorizeImport,
  refuseIssues,
  refreshStatistics,
  writeAll,
  type ImportOptions,
} from './run-import.ts';
import { splitEarnedElsewhere, writeTransferRows } from './transfer-rows.ts';

export async function importEdfi(
  deps: RecordsDeps,
  caller: Caller,
  files: readonly SourceFile[],
  options: ImportOptions,
): Promise<TBundleImportSummary> {
  const { districtId } = options;
  const dryRun = options.dryRun ?? false;
  const { schools, schoolNames } = await authorizeImport(deps, caller, districtId);
  const sources = readEdfiSources(files);
  refuseIssues(sources.issues);
  const hasStudents = sectionsOf(sources, 'students').length > 0;
  const hasTranscripts = sectionsOf(sources, 'courseTranscripts').length > 0;
  const hasRecords = sectionsOf(sources, 'studentAcademicRecords').length > 0;
  if (!hasStudents && !hasTranscripts && !hasRecords)
    throw invalid(
      'Nothing to import: give students (with their associations), courseTranscripts, or studentAcademicRecords with credential diplomas; nothing was imported.',
      'files',
      {
        es: 'Nada que importar: envía students (con sus asociaciones), courseTranscripts o studentAcademicRecords con diplomas de credenciales; no se importó nada.',
      },
    );
  const roster = edfiRoster(sources, { today: deps.clock().toISOString().slice(0, 10) });
  const transcripts = edfiTranscripts(sources);
  refuseIssues([...roster.issues, ...transcripts.issues]);
  const students: RowSource<(typeof roster.rows)[number]> = {
    rows: roster.rows,
    issue: placeIssue,
  };
  // Courses completed at an external education organization are transfer credit.
  const { here, elsewhere } = splitEarnedElsewhere(transcripts.rows, schoolNames);
  const attempts: RowSource<(typeof transcripts.rows)[number]> = { rows: here, issue: placeIssue };
  const credentials = edfiCredentials(sources, { today: deps.clock().toISOString().slice(0, 10) });
  refuseIssues(credentials.issues);
  // Academic records alone bring only the credentials their diplomas name.
  if (!hasStudents && !hasTranscripts && credentials.rows.length === 0)
    throw invalid(
      'Nothing to import: the studentAcademicRecords carry no credential diploma (diplomaTypeDescriptor Industry-recognized Certification, Occupational License, Career and Technical Education certificate or Apprenticeship Certificate, with achievementTitle or diplomaDescription and diplomaAwardDate); give students or courseTranscripts with them; nothing was imported.',
      'studentAcademicRecords',
      {
        es: 'Nada que importar: los studentAcademicRecords no llevan ningún diploma de credencial (diplomaTypeDescriptor Industry-recognized Certification, Occupational License, Career and Technical Education certificate o Apprenticeship Certificate, con achievementTitle o diplomaDescription y diplomaAwardDate); envía students o courseTranscripts con ellos; no se importó nada.',
      },
    );
  refuseIssues([
    ...schoolIssues(students, schools, districtId),
    ...schoolIssues(attempts, schools, districtId, TRANSFER_HINT),
  ]);
  const total = students.rows.length + attempts.rows.length;
  const written = await writeAll(deps, districtId, dryRun, async (repos) => {
    const s = hasStudents
      ? await writeStudents(repos, deps.newId, districtId, students, (done) =>
          options.onProgress?.(done, total),
        )
      : undefined;
    const t = hasTranscripts
      ? await writeTranscripts(repos, districtId, attempts, (done) =>
          options.onProgress?.(students.rows.length + done, total),
        )
      : undefined;
    const transfers = await writeTransferRows(
      repos,
      districtId,
      { rows: elsewhere, issue: placeIssue },
      { newId: deps.newId, now: deps.clock() },
    );
    const c =
      credentials.rows.length > 0
        ? await writeEdfiCredentials(repos, districtId, credentials.rows)
        : undefined;
    return { s, t, transfers, c };
  });
  const names = files.map((f) => f.name);
  const base = { districtId, file: names.join(', '), dryRun };
  const results: TImportSummary[] = [];
  if (written.s)
    results.push({
      kind: 'students',
      ...base,
      rowsRead: students.rows.length,
      ...studentSummary(written.s),
      unknownCourses: [],
      unmappedDescriptors: roster.unmapped,
    });
  if (written.t)
    results.push({
      kind: 'transcripts',
      ...base,
      rowsRead: transcripts.rows.length,
      ...written.t,
      ...(elsewhere.length > 0 ? { transferCredits: written.transfers } : {}),
    });
  if (written.c) {
    const { unknownCredentials, ...counts } = written.c;
    results.push({
      kind: 'credentials',
      ...base,
      rowsRead: credentials.rows.length,
      ...counts,
      unknownCourses: [],
      ...(unknownCredentials.length > 0 ? { unknownCredentials } : {}),
    });
  }
  if (!dryRun) {
    await refreshStatistics(deps, ['app_user', 'student'], written.s?.inserted ?? 0);
    await refreshStatistics(deps, ['course_attempt'], written.t?.inserted ?? 0);
  }
  if (!dryRun)
    await auditDistrictAction(deps, caller, 'records.import_edfi', districtId, {
      files: names.length,
      ...Object.fromEntries(
        results.map((r) => [
          r.kind,
          { rows: r.rowsRead, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged },
        ]),
      ),
    });
  return { format: 'edfi', districtId, dryRun, files: names, results };
}
