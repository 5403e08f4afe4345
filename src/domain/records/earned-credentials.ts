/**
 * The college credit the credentials a student earned bring (credential credit: "holders of
 * CompTIA A+ receive CIS 110's 4 credits"). A credential counts through an agreement only when the
 * student's records name it (`student_credential`, migration 0040) and the agreement was in force
 * on the day it was earned, by the same date rule a program's agreements follow
 * (domain/program/agreements.ts `datesProblem`); an agreement made with one high school or
 * district counts only for its students. The Perkins yes/no fact `credential_earned` names no
 * credential, so it never reaches this. A college course counts once (by the earliest credential, through its first agreement
 * in force); an agreement that does not count is kept with its reason when no other brings that
 * course's credit for the credential.
 */
import { agreementSource, type TCreditAgreement } from '../../contracts/program.ts';
import { datesProblem } from '../program/agreements.ts';

export interface EarnedCredential {
  credentialId: string;
  /** The day it was earned, YYYY-MM-DD. */
  earnedOn: string;
}

export type NotCountedReason =
  | { kind: 'expired'; date: string }
  | { kind: 'not-yet'; date: string }
  | { kind: 'not-party'; institutionId: string };

export interface CredentialCreditLine extends EarnedCredential {
  agreement: TCreditAgreement;
}

export interface EarnedCredentialCredit {
  counted: CredentialCreditLine[];
  notCounted: (CredentialCreditLine & { reason: NotCountedReason })[];
}

/** Where the student is enrolled: the school and its district (organization ids). */
export interface StudentPlace {
  schoolId: string;
  districtId: string;
}

function reasonNot(
  agreement: TCreditAgreement,
  earnedOn: string,
  place: StudentPlace,
): NotCountedReason | undefined {
  const party = agreement.secondaryInstitutionId;
  if (party !== undefined && party !== place.schoolId && party !== place.districtId)
    return { kind: 'not-party', institutionId: party };
  return datesProblem(agreement, earnedOn);
}

export function earnedCredentialCredit(
  agreements: readonly TCreditAgreement[],
  earned: readonly EarnedCredential[],
  place: StudentPlace,
): EarnedCredentialCredit {
  const out: EarnedCredentialCredit = { counted: [], notCounted: [] };
  const ordered = [...agreements].sort(
    (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id),
  );
  const seen = new Set<string>();
  // A college course's credit is earned once, whichever credential brought it first.
  const countedCourses = new Set<string>();
  for (const held of earned) {
    const byCourse = new Map<string, CredentialCreditLine[]>();
    const refused = new Map<string, (CredentialCreditLine & { reason: NotCountedReason })[]>();
    for (const agreement of ordered) {
      const source = agreementSource(agreement);
      if (source?.kind !== 'credential' || source.credentialId !== held.credentialId) continue;
      if (seen.has(`${held.credentialId}\u0001${agreement.id}`)) continue;
      seen.add(`${held.credentialId}\u0001${agreement.id}`);
      const course = agreement.postsecondaryCourseId;
      const reason = reasonNot(agreement, held.earnedOn, place);
      const line = { ...held, agreement };
      if (reason === undefined) byCourse.set(course, [...(byCourse.get(course) ?? []), line]);
      else refused.set(course, [...(refused.get(course) ?? []), { ...line, reason }]);
    }
    for (const [course, lines] of byCourse) {
      if (countedCourses.has(course)) continue;
      countedCourses.add(course);
      out.counted.push(lines[0]!);
    }
    for (const [course, lines] of refused) if (!byCourse.has(course)) out.notCounted.push(...lines);
  }
  return out;
}

/** The college credits counted, summed. */
export const countedCredits = (credit: EarnedCredentialCredit): number =>
  credit.counted.reduce((sum, line) => sum + line.agreement.credits, 0);
