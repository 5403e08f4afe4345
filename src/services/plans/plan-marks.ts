/**
 * A plan's high-school credentials (★) and work-based learning (◆) by grade: checked when an edit
 * brings them (a credential the catalog knows, once; an employer that exists), and shown with
 * their titles, credential types and employers in the reader's language; its choices of
 * credentials ("earn 1 of", every level) shown with their options' titles and the plan's picks;
 * each credential with the college credit it would bring, or brought when the records show it
 * earned (plan-credential-credit.ts).
 */
import type { TPlan } from '../../contracts/plans.ts';
import type { TPlanEdit } from '../../contracts/plan-requests.ts';
import { invalid } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import type { PlanBody } from '../../domain/plans/start-plan.ts';
import type { RecordRepos } from '../records/deps.ts';
import { credentialCreditViews } from './plan-credential-credit.ts';

type Repos = Pick<RecordRepos, 'catalog'>;
const pick = (t: { en: string; es?: string | undefined }, lang: Lang) =>
  lang === 'es' ? (t.es ?? t.en) : t.en;

/** Throws `invalid` naming the first credential or employer the catalog does not know. */
export async function checkMarks(
  repos: Repos,
  edit: Pick<TPlanEdit, 'credentials' | 'workBasedLearning'>,
): Promise<void> {
  const credentials = edit.credentials ?? [];
  const wbl = edit.workBasedLearning ?? [];
  const found = await repos.catalog.findCatalog({
    institutions: wbl.flatMap((w) => (w.employerId ? [w.employerId] : [])),
    courses: [],
    credentials: credentials.map((c) => c.credentialId),
  });
  const known = new Set(found.credentials.map((c) => c.id));
  const seen = new Set<string>();
  credentials.forEach((c, i) => {
    if (!known.has(c.credentialId))
      throw invalid(
        `There is no credential ${c.credentialId} in the catalog.`,
        `credentials.${i}.credentialId`,
      );
    if (seen.has(c.credentialId))
      throw invalid(`Credential ${c.credentialId} is in the plan twice.`, `credentials.${i}`);
    seen.add(c.credentialId);
  });
  const employers = new Set(found.institutions.map((i) => i.id));
  wbl.forEach((w, i) => {
    if (w.employerId !== undefined && !employers.has(w.employerId))
      throw invalid(
        `There is no organization ${w.employerId} to host this work-based learning.`,
        `workBasedLearning.${i}.employerId`,
      );
  });
}

export async function presentMarks(
  repos: Repos,
  body: PlanBody,
  lang: Lang,
  /** Credential credit that ended before this day brings nothing. */
  today: Date,
  /** Credit the student's records show earned: agreement id → the day the credential was earned. */
  earned: ReadonlyMap<string, string> = new Map(),
): Promise<Pick<TPlan, 'credentials' | 'credentialChoices' | 'workBasedLearning'>> {
  const credentials = body.credentials ?? [];
  const choices = body.credentialChoices ?? [];
  const wbl = body.workBasedLearning ?? [];
  const ids = [
    ...new Set([...credentials.map((c) => c.credentialId), ...choices.flatMap((c) => c.options)]),
  ];
  const found = await repos.catalog.findCatalog({
    institutions: wbl.flatMap((w) => (w.employerId ? [w.employerId] : [])),
    courses: [],
    credentials: ids,
  });
  const byId = new Map(found.credentials.map((c) => [c.id, c]));
  const credit = await credentialCreditViews(
    repos,
    found.creditAgreements,
    ids,
    today,
    lang,
    earned,
  );
  const creditOf = (id: string) => {
    const list = credit.get(id);
    return list ? { earlyCredit: list } : {};
  };
  const names = new Map(found.institutions.map((i) => [i.id, i.name]));
  return {
    credentials: credentials.map((c) => {
      const credential = byId.get(c.credentialId);
      return {
        ...c,
        title: credential ? pick(credential.title, lang) : c.credentialId,
        type: credential?.type ?? null,
        ...creditOf(c.credentialId),
      };
    }),
    credentialChoices: choices.map((choice) => ({
      level: choice.level,
      choose: choice.choose,
      ...(choice.note
        ? {
            note: pick(choice.note, lang),
            noteLang: lang === 'es' && choice.note.es ? ('es' as const) : ('en' as const),
          }
        : {}),
      options: choice.options.map((id) => {
        const credential = byId.get(id);
        return {
          credentialId: id,
          title: credential ? pick(credential.title, lang) : id,
          titleLang: lang === 'es' && credential?.title.es ? ('es' as const) : ('en' as const),
          type: credential?.type ?? null,
          ...creditOf(id),
        };
      }),
      picked: choice.picked,
    })),
    workBasedLearning: wbl.map((w) => {
      const employer = w.employerId ? names.get(w.employerId) : undefined;
      return {
        level: w.level,
        type: w.type,
        title: pick(w.title, lang),
        titleLang: lang === 'es' && w.title.es ? 'es' : 'en',
        titleText: w.title,
        ...(w.employerId ? { employerId: w.employerId } : {}),
        ...(employer ? { employer } : {}),
      };
    }),
  };
}
