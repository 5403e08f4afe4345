/**
 * The college credit each credential of a plan would bring (credential-credit agreements not ended
 * before today, domain/plans/credential-credit.ts), named as the program diagram names it: the
 * college course's code and title, its credits, the college, and the agreement's dates.
 */
import type { TPlanCredentialCredit } from '../../contracts/plan-credential-choices.ts';
import type { TCreditAgreement } from '../../contracts/program.ts';
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
): Promise<Map<string, TPlanCredentialCredit[]>> {
  const byCredential = credentialCredit(
    agreements,
    credentialIds,
    today.toISOString().slice(0, 10),
  );
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
    };
  };
  return new Map([...byCredential].map(([id, list]) => [id, list.map(view)]));
}
