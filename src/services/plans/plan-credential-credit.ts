/**
 * The college credit each credential of a plan would bring (credential-credit agreements not ended
 * before today, domain/plans/credential-credit.ts), named as the program diagram names it: the
 * college course's code and title, its credits, the college, and the agreement's dates. A
 * credential the student's records show earned, with credit counted
 * (services/records/credential-credit-earned.ts), shows that credit instead, with the day earned
 * (`earnedOn`), even when its agreement has ended since.
 */
import type { TPlanCredentialCredit } from '../../contracts/plan-credential-choices.ts';
import { agreementSource, type TCreditAgreement } from '../../contracts/program.ts';
import type { Lang } from '../../domain/framework.ts';
import { credentialCredit } from '../../domain/plans/credential-credit.ts';
import type { RecordRepos } from '../records/deps.ts';
import { pickTitle } from './pick-title.ts';
import { courseCode } from './plan-context.ts';

export async function credentialCreditViews(
  repos: Pick<RecordRepos, 'catalog'>,
  /** The agreements the catalog gave for the plan's credentials. */
  agreements: readonly TCreditAgreement[],
  credentialIds: readonly string[],
  today: Date,
  lang: Lang,
  /** Credit the student's records show earned: agreement id → the day the credential was earned. */
  earned: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, TPlanCredentialCredit[]>> {
  const byCredential = credentialCredit(
    agreements,
    credentialIds,
    today.toISOString().slice(0, 10),
  );
  const wanted = new Set(credentialIds);
  const earnedBy = new Map<string, TCreditAgreement[]>();
  for (const a of agreements) {
    const source = agreementSource(a);
    if (source?.kind !== 'credential' || !wanted.has(source.credentialId) || !earned.has(a.id))
      continue;
    if (earnedBy.get(source.credentialId)?.some((b) => b.id === a.id)) continue;
    earnedBy.set(source.credentialId, [...(earnedBy.get(source.credentialId) ?? []), a]);
  }
  for (const [id, list] of earnedBy) byCredential.set(id, list);
  const kept = [...byCredential.values()].flat();
  if (kept.length === 0) return new Map();
  const found = await repos.catalog.findCatalog({
    institutions: [...new Set(kept.map((a) => a.postsecondaryInstitutionId))],
    courses: [...new Set(kept.map((a) => a.postsecondaryCourseId))],
    credentials: [],
  });
  const courses = new Map(found.courses.map((c) => [c.id, c]));
  const names = new Map(found.institutions.map((i) => [i.id, i.name]));
  const view = (a: TCreditAgreement): TPlanCredentialCredit => {
    const course = courses.get(a.postsecondaryCourseId);
    return {
      id: a.id,
      type: a.type,
      credits: a.credits,
      institution: names.get(a.postsecondaryInstitutionId) ?? a.postsecondaryInstitutionId,
      course: {
        id: a.postsecondaryCourseId,
        code: course ? courseCode(course) : a.postsecondaryCourseId,
        title: course ? pickTitle(course.title, lang).title : a.postsecondaryCourseId,
      },
      effectiveFrom: a.effectiveFrom,
      ...(a.effectiveTo !== undefined ? { effectiveTo: a.effectiveTo } : {}),
      ...(earned.has(a.id) ? { earnedOn: earned.get(a.id)! } : {}),
    };
  };
  return new Map([...byCredential].map(([id, list]) => [id, list.map(view)]));
}
