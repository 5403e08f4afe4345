/**
 * The Perkins fact `credential_earned` (5S1) when a roster row and the credentials records meet.
 * A nightly SIS export is a full refresh: it sends every student's `credential_earned` every time,
 * N or empty wherever the SIS was never told of a certificate, which the district may record only
 * in a credentials file (industry test results, a CTE office's list). That row names no credential,
 * so it cannot say the student did not earn the one the records name: a student holding a named
 * credential (`student_credential`) keeps Y, and a roster row that says N is reported so the
 * district can correct the SIS. A row that says Y, or a student with no named credential, is
 * taken as written; a roster with no `credential_earned` column leaves the fact alone.
 */

/** A roster row's facts: name → code, or null for an empty field (not recorded). */
export type RowFacts = Readonly<Record<string, string | null>>;

export const CREDENTIAL_EARNED = 'credential_earned';

/**
 * The facts to store for one roster row: as given, except a `credential_earned` of N or empty
 * becomes Y when the student holds a named credential. `overruled` is true when the row said N.
 */
export function credentialEarnedFact(
  facts: RowFacts,
  holdsNamedCredential: boolean,
): { facts: RowFacts; overruled: boolean } {
  if (!Object.hasOwn(facts, CREDENTIAL_EARNED)) return { facts, overruled: false };
  const given = facts[CREDENTIAL_EARNED];
  if (given === 'Y' || !holdsNamedCredential) return { facts, overruled: false };
  return { facts: { ...facts, [CREDENTIAL_EARNED]: 'Y' }, overruled: given !== null };
}

/** True when a row's facts could lower `credential_earned` (N or empty): the rows to check. */
export function mayLowerCredentialEarned(facts: RowFacts): boolean {
  return Object.hasOwn(facts, CREDENTIAL_EARNED) && facts[CREDENTIAL_EARNED] !== 'Y';
}
