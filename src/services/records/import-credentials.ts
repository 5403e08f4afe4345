/**
 * `wayfinder import credentials` and its API twin: which credentials students earned, and when,
 * from a CSV (importers/credentials-csv.ts) into one district. Each row names a student of the
 * district and a credential of the catalog, by id or by its exact title (domain/records/
 * credential-names.ts); a name the catalog does not have is refused, naming the line and column,
 * rather than kept as a plain yes/no fact: a record that names no known credential could never
 * bring credit, and the district can add the credential to a program first. Each student named
 * also gets the Perkins fact `credential_earned` = Y (5S1), so reports agree with the records.
 * Importing the same file twice changes nothing the second time.
 */
import type { TImportSummary } from '../../contracts/records.ts';
import { credentialMatcher } from '../../domain/records/credential-names.ts';
import { parseCredentialsCsv, type CredentialRow } from '../../importers/credentials-csv.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { issueText } from '../../importers/issue-text.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import type { Caller } from '../accounts/caller.ts';
import { writeEarnedCredentials } from './credential-rows.ts';
import type { RecordsDeps } from './deps.ts';
import { csvSource } from './import-students.ts';
import { missingStudentIssues } from './missing-students.ts';
import {
  auditDistrictAction,
  authorizeImport,
  refuseIssues,
  writeAll,
  type ImportOptions,
} from './run-import.ts';

export async function importCredentials(
  deps: RecordsDeps,
  caller: Caller,
  file: SourceFile,
  options: ImportOptions,
): Promise<TImportSummary> {
  const { districtId } = options;
  await authorizeImport(deps, caller, districtId);
  const parsed = parseCredentialsCsv(file, { today: deps.clock().toISOString().slice(0, 10) });
  refuseIssues(parsed.issues);
  const source = csvSource(file, parsed);
  const match = credentialMatcher(await deps.catalog.listCredentials());
  const issues: ImportIssue[] = [];
  const ids: string[] = [];
  const first = new Map<string, number>();
  for (const row of source.rows) {
    const found = match(row.credential);
    if (found.kind === 'unknown')
      issues.push(
        source.issue(row, 'credential', issueText('credential_unknown', { value: row.credential })),
      );
    else if (found.kind === 'ambiguous')
      issues.push(
        source.issue(
          row,
          'credential',
          issueText('credential_ambiguous', { value: row.credential, ids: found.ids.join(', ') }),
        ),
      );
    const id = found.kind === 'found' ? found.id : '';
    ids.push(id);
    if (id === '') continue;
    const key = `${row.localId}\u0001${id}`;
    const line = first.get(key);
    if (line !== undefined)
      issues.push(
        source.issue(row, 'credential', issueText('credential_repeats', { line: String(line) })),
      );
    else first.set(key, row.line);
  }
  refuseIssues(issues);
  const counts = await writeAll(deps, districtId, options.dryRun ?? false, async (repos) => {
    const students = await repos.roster.byLocalIds(districtId, [
      ...new Set(source.rows.map((r: CredentialRow) => r.localId)),
    ]);
    refuseIssues(await missingStudentIssues(repos, districtId, source, students));
    const rows = source.rows.map((row, i) => ({
      studentId: students.get(row.localId)!.userId,
      credentialId: ids[i]!,
      earnedOn: row.earnedOn,
    }));
    const written = await writeEarnedCredentials(repos, districtId, rows);
    options.onProgress?.(rows.length, rows.length);
    return written;
  });
  const summary: TImportSummary = {
    kind: 'credentials',
    districtId,
    file: file.name,
    dryRun: options.dryRun ?? false,
    rowsRead: source.rows.length,
    ...counts,
    unknownCourses: [],
  };
  if (summary.dryRun) return summary;
  await auditDistrictAction(deps, caller, 'records.import_credentials', districtId, {
    rows: summary.rowsRead,
    ...counts,
  });
  return summary;
}
