/**
 * Ed-Fi diplomas that are credentials (importers/edfi/edfi-credentials.ts) into
 * `student_credential`. The name is matched to the catalog as the credentials CSV matches it (id
 * or exact English or Spanish title, domain/records/credential-names.ts). Unlike that file, whose
 * only purpose is credentials, an Ed-Fi bundle carries the whole roster and transcript: a name the
 * catalog lacks (or two credentials share) is listed in the summary and not recorded, as a course
 * code the catalog lacks is, rather than refusing the night's students and transcripts. A student
 * who holds the same credential in several records keeps the earliest day.
 */
import { credentialMatcher } from '../../domain/records/credential-names.ts';
import type { EdfiCredentialRow } from '../../importers/edfi/edfi-credentials.ts';
import { placeIssue } from '../../importers/edfi/edfi-students.ts';
import { writeEarnedCredentials } from './credential-rows.ts';
import type { RecordRepos } from './deps.ts';
import { missingStudentIssues } from './missing-students.ts';
import { refuseIssues, type ImportCounts } from './run-import.ts';

export interface EdfiCredentialCounts extends ImportCounts {
  /** Names no single catalog credential has, with how many diplomas carry each. */
  unknownCredentials: Array<{ name: string; rows: number }>;
}

export async function writeEdfiCredentials(
  repos: RecordRepos,
  districtId: string,
  rows: readonly EdfiCredentialRow[],
): Promise<EdfiCredentialCounts> {
  const students = await repos.roster.byLocalIds(districtId, [
    ...new Set(rows.map((r) => r.localId)),
  ]);
  refuseIssues(
    await missingStudentIssues(repos, districtId, { rows: [...rows], issue: placeIssue }, students),
  );
  const match = credentialMatcher(await repos.catalog.listCredentials());
  const unknown = new Map<string, number>();
  const earliest = new Map<string, { studentId: string; credentialId: string; earnedOn: string }>();
  for (const row of rows) {
    const found = match(row.credential);
    if (found.kind !== 'found') {
      unknown.set(row.credential, (unknown.get(row.credential) ?? 0) + 1);
      continue;
    }
    const studentId = students.get(row.localId)!.userId;
    const key = `${studentId}\u0001${found.id}`;
    const kept = earliest.get(key);
    if (!kept || row.earnedOn < kept.earnedOn)
      earliest.set(key, { studentId, credentialId: found.id, earnedOn: row.earnedOn });
  }
  const counts = await writeEarnedCredentials(repos, districtId, [...earliest.values()]);
  return {
    ...counts,
    unknownCredentials: [...unknown]
      .map(([name, count]) => ({ name, rows: count }))
      .sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)),
  };
}
