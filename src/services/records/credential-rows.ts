/**
 * The writes every import of earned credentials shares (credentials CSV, Ed-Fi diplomas): the
 * named credentials into `student_credential`, and the Perkins fact `credential_earned` = Y for
 * each student named, so 5S1 agrees with the records. Inside the caller's transaction.
 */
import type { EarnedCredentialRow } from '../../db/student-credential-repository.ts';
import { CREDENTIAL_EARNED } from '../../domain/records/credential-earned-fact.ts';
import type { RecordRepos } from './deps.ts';
import type { ImportCounts } from './run-import.ts';

export async function writeEarnedCredentials(
  repos: RecordRepos,
  districtId: string,
  rows: readonly EarnedCredentialRow[],
): Promise<ImportCounts> {
  const written = await repos.credentials.upsert(districtId, rows);
  await repos.roster.replaceFacts(
    districtId,
    [...new Set(rows.map((r) => r.studentId))].map((studentId) => ({
      studentId,
      facts: { [CREDENTIAL_EARNED]: 'Y' },
    })),
  );
  return written;
}
