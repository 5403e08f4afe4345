/**
 * The college credit a plan's credentials bring through credential-credit agreements ("holding
 * the CNA earns NUR 101's 4 credits at Valley CC"). A plan is planned work, so this is the credit
 * a credential *would* bring; credit the records show earned (a credentials import names the
 * credential and the day) is worked out by domain/records/earned-credentials.ts and shown in its
 * place (docs/ARCHITECTURE.md, "Credential credit"). As for course agreements
 * (services/plans/plan-context.ts), the plan looks ahead: an agreement that ended before today
 * brings nothing, one that starts later is kept with its first day, so the plan can say when.
 */
import { agreementSource, type TCreditAgreement } from '../../contracts/program.ts';

/**
 * The credential-credit agreements of each of `credentialIds` not ended before `day`
 * (YYYY-MM-DD), by credential, earliest in force first.
 */
export function credentialCredit(
  agreements: readonly TCreditAgreement[],
  credentialIds: Iterable<string>,
  day: string,
): Map<string, TCreditAgreement[]> {
  const wanted = new Set(credentialIds);
  const byCredential = new Map<string, TCreditAgreement[]>();
  for (const agreement of agreements) {
    const source = agreementSource(agreement);
    if (source?.kind !== 'credential' || !wanted.has(source.credentialId)) continue;
    if (agreement.effectiveTo !== undefined && agreement.effectiveTo < day) continue;
    const list = byCredential.get(source.credentialId) ?? [];
    if (!list.some((a) => a.id === agreement.id)) list.push(agreement);
    byCredential.set(source.credentialId, list);
  }
  for (const list of byCredential.values())
    list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
  return byCredential;
}
