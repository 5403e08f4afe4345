/**
 * The Perkins fact `credential_earned` (5S1) when a roster row and the credentials records meet.
 * A nightly SIS export is a full refresh: it sends every student's `credential_earned` every time,
 * N or empty wherever the SIS was never told of a certificate, which the district may record only
 * in a credentials file (industry test results, a CTE office's list). That row names no credential,
 * so it cannot say the student did not earn the one the records name. So the fact is derived:
 * Y while the student holds a named credential (`student_credential`), else the roster's own
 * value as last written (none when it never said). The rule is kept in one place, at write time,
 * by every write to either side (db/credential-earned-facts.ts); a roster with no
 * `credential_earned` column leaves the roster's value alone.
 */

/** A roster row's facts: name → code, or null for an empty field (not recorded). */
export type RowFacts = Readonly<Record<string, string | null>>;

export const CREDENTIAL_EARNED = 'credential_earned';

/**
 * True when a row says the student earned no credential (a code other than Y): a holder of a
 * named credential keeps Y, and the import reports the row so the district can correct the SIS.
 */
export function saysNoCredential(facts: RowFacts): boolean {
  const given = Object.hasOwn(facts, CREDENTIAL_EARNED) ? facts[CREDENTIAL_EARNED] : null;
  return given !== null && given !== undefined && given !== 'Y';
}
