/**
 * The rules of the counselor's schools panel that need no browser: who may open it, which
 * schools it offers, what to say once they are saved, and the page-language text of a refusal
 * of PUT /api/v1/users/{email}/schools (and whether the list is out of date).
 */
import type { TCounselorSchools, TOrg, TSession, TUser } from '../../contracts/accounts.ts';
import type { TLang } from '../../contracts/framework.ts';
import { ApiError } from '../api.ts';
import { errorText } from '../error-text.ts';
import { formatMessage, messages } from '../i18n.ts';

/** Only the counselor's own district admin sets their schools (policy `user.counselor_schools`). */
export function maySetSchools(session: TSession, user: TUser): boolean {
  return (
    user.role === 'counselor' &&
    session.user.role === 'district_admin' &&
    user.districtId !== null &&
    user.districtId === session.user.districtId
  );
}

/** The schools of the counselor's district besides their own, by name. */
export function schoolChoices(orgs: readonly TOrg[], user: TUser): TOrg[] {
  return orgs
    .filter((o) => o.kind === 'school' && o.districtId === user.districtId && o.id !== user.orgId)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What the page says once the schools are saved (and how many students left the caseload). */
export function schoolsSavedText(
  lang: TLang,
  user: TUser,
  saved: TCounselorSchools,
  names: ReadonlyMap<string, string>,
): string {
  const t = messages[lang];
  const name = (id: string) => names.get(id) ?? id;
  const values = { name: user.name, school: name(saved.orgId) };
  const said = saved.furtherSchools.length
    ? formatMessage(lang, t.schoolsSaved, {
        ...values,
        schools: saved.furtherSchools.map(name).join(', '),
      })
    : formatMessage(lang, t.schoolsSavedOnly, values);
  return saved.caseloadEnded > 0
    ? `${said} ${formatMessage(lang, t.schoolsCaseloadEnded, { count: saved.caseloadEnded })}`
    : said;
}

/** A refusal in the page's language; `reload` when the users list is out of date. */
export function schoolsFailure(lang: TLang, error: unknown): { text: string; reload: boolean } {
  const t = messages[lang];
  if (error instanceof ApiError) {
    if (error.status === 401) return { text: t.errorSessionEnded, reload: false };
    if (error.status === 403) return { text: t.schoolsErrorRefused, reload: false };
    if (error.status === 404) return { text: t.identityErrorUserGone, reload: true };
    // The server names the school (and the field) in the page's language when it can.
    if (error.status === 400 && error.field === 'schools')
      return { text: errorText(t, error), reload: true };
  }
  return { text: errorText(t, error), reload: false };
}
