/**
 * Guardian and caseload links for district and state admins: find a student of the district (by
 * part of the name or local id; a state admin first chooses the district), see their links, and
 * end one after a confirmation (StudentLinks.tsx). The district, the search and the student live
 * in the address, so a reload or a shared link opens the same student. The page needs
 * `records.link_read`; the end buttons show only to a role that also has `records.link_remove`.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TSession } from '../../contracts/accounts.ts';
import type { TLinkStudentResults } from '../../contracts/links.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { getJson } from '../api.ts';
import { Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { useApi } from '../use-api.ts';
import { useDistrictChoices } from './use-districts.ts';
import { useLang } from '../use-lang.ts';
import { StudentLinks } from './StudentLinks.tsx';
import { errorText, Field, PageHeading, Select, SessionGate } from './parts.tsx';

export function AdminLinksPage() {
  const { t } = useLang();
  return (
    <SessionGate title={t.linksTitle} action="records.link_read" signInText={t.adminSignInFirst}>
      {(session) => <LinksAdmin session={session} />}
    </SessionGate>
  );
}

function LinksAdmin({ session }: { session: TSession }) {
  const { lang, t } = useLang();
  const [params, setParams] = useSearchParams();
  const own = session.user.districtId;
  const district = own ?? params.get('district') ?? '';
  const q = params.get('q') ?? '';
  const student = params.get('student') ?? '';
  const [draft, setDraft] = useState({ district, q });
  const [errors, setErrors] = useState<{ district?: string; q?: string }>({});
  const [chosen, setChosen] = useState(false);

  const districts = useDistrictChoices(own === null);
  const results = useApi<TLinkStudentResults | null>(
    useCallback(
      (signal: AbortSignal) =>
        district && q
          ? getJson<TLinkStudentResults>(
              `/api/v1/districts/${encodeURIComponent(district)}/link-students?${new URLSearchParams({ q }).toString()}`,
              signal,
            )
          : Promise.resolve(null),
      [district, q],
    ),
  );

  const address = (next: { district: string; q: string; student?: string }) => {
    const query = new URLSearchParams();
    if (own === null && next.district) query.set('district', next.district);
    if (next.q) query.set('q', next.q);
    if (next.student) query.set('student', next.student);
    setParams(query);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(own === null && !draft.district ? { district: t.linksDistrictRequired } : {}),
      ...(draft.q.trim() === '' ? { q: t.linksQueryRequired } : {}),
    };
    setErrors(found);
    if (found.district) document.getElementById('links-district')?.focus();
    else if (found.q) document.getElementById('links-q')?.focus();
    else address({ district: own ?? draft.district, q: draft.q.trim() });
  };
  const show = (id: string) => {
    setChosen(true);
    address({ district, q, student: id });
  };

  return (
    <div className="account-page admin-page">
      <PageHeading title={t.linksTitle} />
      <p>{t.linksIntro}</p>
      <section aria-labelledby="links-find" className="links-search">
        <h2 id="links-find">{t.linksFind}</h2>
        <form className="admin-filters" onSubmit={onSubmit} noValidate>
          {own === null ? (
            <Select
              id="links-district"
              label={t.linksDistrict}
              value={draft.district}
              error={errors.district}
              onChange={(value) => setDraft({ ...draft, district: value })}
              options={(districts.status === 'ok' ? districts.data : []).map((o) => ({
                value: o.id,
                label: o.name,
              }))}
            />
          ) : null}
          <Field
            id="links-q"
            label={t.linksQuery}
            hint={t.linksQueryHint}
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={draft.q}
            error={errors.q}
            onChange={(event) => setDraft({ ...draft, q: event.target.value })}
          />
          <p className="button-row">
            <button type="submit">{t.linksSearch}</button>
          </p>
        </form>
      </section>
      {results.status === 'loading' ? (
        <Loading />
      ) : results.status === 'error' ? (
        <p className="form-error" role="alert">
          {errorText(t, results.error)}
        </p>
      ) : results.data ? (
        <section aria-labelledby="links-results" className="links-results">
          <h2 id="links-results">{t.linksResults}</h2>
          <p role="status">
            {formatMessage(lang, t.linksResultsCount, { count: results.data.items.length })}
            {results.data.more
              ? ` ${formatMessage(lang, t.linksResultsMore, { count: results.data.items.length })}`
              : ''}
          </p>
          <ul className="link-list">
            {results.data.items.map((s) => (
              <li key={s.id} aria-current={s.id === student ? 'true' : undefined}>
                <span className="link-list__who">
                  <strong>{s.name}</strong>
                  <span className="admin-id">
                    {formatMessage(
                      lang,
                      s.grade === null ? t.linksStudentLineNoGrade : t.linksStudentLine,
                      {
                        localId: s.localId ?? t.linksNoLocalId,
                        grade: s.grade ?? '',
                        school: s.schoolName,
                      },
                    )}
                  </span>
                </span>
                <span className="admin-actions">
                  <button
                    type="button"
                    className="button-small button-secondary"
                    onClick={() => show(s.id)}
                  >
                    {t.linksShow}
                    <span className="visually-hidden">
                      {' '}
                      {formatMessage(lang, t.linksShowFor, { name: s.name })}
                    </span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {district && student ? (
        <StudentLinks
          key={`${district} ${student}`}
          districtId={district}
          studentId={student}
          focusOnLoad={chosen}
          mayEnd={mayAttempt(session.user.role, 'records.link_remove')}
        />
      ) : null}
    </div>
  );
}
