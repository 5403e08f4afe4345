/**
 * `wayfinder credentials remove` and `DELETE /districts/{id}/students/{studentId}/credentials/
 * {credentialId}`: one credential a student earned taken out of the records (one imported in
 * error). Authorized here against the district the record is kept under (`records.credential_
 * remove`: whoever may import credentials there); the student is found in that district only, so
 * another district's student is "no such student". Audited with who removed which credential
 * of which student, and the day the record said.
 *
 * The Perkins fact: `credential_earned` is Y while a student holds a named credential, else the
 * roster's own value (db/credential-earned-facts.ts). The repository's removal applies that rule
 * in this transaction, so once the last one is removed the fact is the roster's N (or Y, or none)
 * at once, and the Perkins report's 5S1 reads it so (the answer says what it is now).
 */
import type { TCredentialRemoval } from '../../contracts/records.ts';
import { CREDENTIAL_EARNED } from '../../domain/records/credential-earned-fact.ts';
import { credentialMatcher } from '../../domain/records/credential-names.ts';
import { removalProblem } from '../../domain/records/credential-removal.ts';
import { unknownDistrict } from '../../domain/records/unknown-district.ts';
import { auditCaller, authorizeCaller, type Caller } from '../accounts/caller.ts';
import type { RecordRepos, RecordsDeps } from './deps.ts';
import { findDistrictStudent } from './district-student.ts';

export interface RemoveCredentialOptions {
  districtId: string;
  /** The student's local id in the district, or their user id. */
  student: string;
  /** The credential's catalog id, or its exact title (as an import names it). */
  credential: string;
}

/** The credential the request names: one the student holds by its id, else the catalog's match. */
async function findCredential(
  repos: RecordRepos,
  districtId: string,
  studentId: string,
  written: string,
): Promise<string> {
  const held = await repos.credentials.ofStudent(districtId, studentId);
  const own = held.find((c) => c.credentialId.toLowerCase() === written.trim().toLowerCase());
  if (own) return own.credentialId;
  const found = credentialMatcher(await repos.catalog.listCredentials())(written);
  if (found.kind === 'found') return found.id;
  if (found.kind === 'ambiguous')
    throw removalProblem('invalid', 'ambiguous', 'credentialId', {
      credential: written,
      ids: found.ids.join(', '),
    });
  throw removalProblem('not_found', 'noCredential', 'credentialId', { credential: written });
}

export async function removeStudentCredential(
  deps: RecordsDeps,
  caller: Caller,
  options: RemoveCredentialOptions,
): Promise<TCredentialRemoval> {
  const { districtId } = options;
  await authorizeCaller(deps, caller, 'records.credential_remove', {
    type: 'district',
    id: districtId,
    districtId,
  });
  if (!(await deps.roster.district(districtId))) throw unknownDistrict(districtId);
  const removal = await deps.transaction(async (repos) => {
    // After any import into the district under way: it may be writing this very record.
    await repos.roster.lockImports(districtId);
    const student = await findDistrictStudent(repos, districtId, options.student);
    const credentialId = await findCredential(
      repos,
      districtId,
      student.userId,
      options.credential,
    );
    const earnedOn = await repos.credentials.remove(districtId, student.userId, credentialId);
    if (earnedOn === null)
      throw removalProblem('not_found', 'notHeld', 'credentialId', {
        student: options.student,
        credential: credentialId,
      });
    const remaining = (await repos.credentials.ofStudent(districtId, student.userId)).length;
    const facts = await repos.roster.facts(districtId, student.userId);
    return {
      districtId,
      studentId: student.userId,
      localId: student.localId,
      credentialId,
      earnedOn,
      remaining,
      credentialEarned: facts.get(CREDENTIAL_EARNED) ?? null,
    } satisfies TCredentialRemoval;
  });
  await auditCaller(deps, caller, {
    action: 'records.remove_credential',
    targetType: 'student',
    targetId: removal.studentId,
    districtId,
    detail: {
      credential: removal.credentialId,
      earnedOn: removal.earnedOn,
      remaining: removal.remaining,
    },
  });
  return removal;
}
