/**
 * The writes every import of earned credentials shares (credentials CSV, Ed-Fi diplomas): the
 * named credentials into `student_credential`, which makes the Perkins fact `credential_earned` Y
 * for each student named in the same write (db/credential-earned-facts.ts), so 5S1 agrees with
 * the records. Inside the caller's transaction.
 */
import type { EarnedCredentialRow } from '../../db/student-credential-repository.ts';
import type { RecordRepos } from './deps.ts';
import type { ImportCounts } from './run-import.ts';

export async function writeEarnedCredentials(
  repos: RecordRepos,
  districtId: string,
  rows: readonly EarnedCredentialRow[],
): Promise<ImportCounts> {
  return repos.credentials.upsert(districtId, rows);
}
