/**
 * The audit log for admins (a district admin sees their district, the state sees all), newest
 * first, filtered by action, district and count; the filters live in the address.
 */
import { useCallback, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TAuditEntry, TSession } from '../../contracts/accounts.ts';
import { getJson } from '../api.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { useAddressDraft } from '../use-address-draft.ts';
import { useApi } from '../use-api.ts';
import { useDistrictChoices } from './use-districts.ts';
import { useLang } from '../use-lang.ts';
import { AdminTable } from './AdminTable.tsx';
import { PageHeading, Select, SessionGate } from './parts.tsx';

const ACTIONS = [
  'auth.sign_in',
  'auth.sign_out_everywhere',
  'auth.change_password',
  'auth.redeem_link',
  'auth.totp_enrol',
  'auth.totp_verify',
  'auth.bootstrap_admin',
  'user.create',
  'user.disable',
  'user.enable',
  'user.reset_link',
  'org.create',
  'student.read',
  'student.list',
  'student.export',
  'student.link_guardian',
  'student.assign_caseload',
  'caseload.read',
  'caseload.export',
];
const LIMITS = ['50', '100', '250', '1000'];

export function AdminAuditPage() {
  const { t } = useLang();
  return (
    <SessionGate title={t.auditTitle} action="audit.read" signInText={t.adminSignInFirst}>
      {(session) => <AuditLog session={session} />}
    </SessionGate>
  );
}

function AuditLog({ session }: { session: TSession }) {
  const { lang, t } = useLang();
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const district = params.get('district') ?? '';
  const limit = LIMITS.includes(params.get('limit') ?? '') ? params.get('limit')! : '100';
  const isState = session.user.role === 'state_admin';

  // The address changed (Back, Forward, a link): the form shows the filters now applied.
  const { draft, setDraft, apply } = useAddressDraft(
    { action, district, limit },
    params.toString(),
  );
  const query = new URLSearchParams({ limit });
  if (action) query.set('action', action);
  if (district && isState) query.set('district', district);
  const address = `/api/v1/audit?${query.toString()}`;
  const entries = useApi(
    useCallback(
      (signal: AbortSignal) => getJson<{ items: TAuditEntry[] }>(address, signal),
      [address],
    ),
  );
  const districts = useDistrictChoices(isState);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.action) next.set('action', draft.action);
    if (draft.district && isState) next.set('district', draft.district);
    if (draft.limit !== '100') next.set('limit', draft.limit);
    apply(draft, next.toString(), () => setParams(next));
  };

  const time = (at: string) =>
    new Date(at).toLocaleString(lang === 'es' ? 'es' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });

  return (
    <div className="account-page admin-page">
      <PageHeading title={t.auditTitle} ready={entries.status !== 'loading'} />
      <p>{t.auditIntro}</p>
      <form className="admin-filters" onSubmit={onSubmit} aria-label={t.auditFilters}>
        <Select
          id="audit-action"
          label={t.auditAction}
          value={draft.action}
          onChange={(value) => setDraft({ ...draft, action: value })}
          options={ACTIONS.map((a) => ({ value: a, label: a }))}
          placeholder={t.auditAllActions}
        />
        {isState ? (
          <Select
            id="audit-district"
            label={t.auditDistrict}
            value={draft.district}
            onChange={(value) => setDraft({ ...draft, district: value })}
            options={(districts.status === 'ok' ? districts.data : []).map((o) => ({
              value: o.id,
              label: o.name,
            }))}
            placeholder={t.auditAllDistricts}
          />
        ) : null}
        <div className="field">
          <label htmlFor="audit-limit">{t.auditLimit}</label>
          <select
            id="audit-limit"
            value={draft.limit}
            onChange={(event) => setDraft({ ...draft, limit: event.target.value })}
          >
            {LIMITS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit">{t.auditApply}</button>
        </p>
      </form>
      {entries.status === 'loading' ? (
        <Loading />
      ) : entries.status === 'error' ? (
        <ErrorNotice error={entries.error} />
      ) : (
        <>
          <p className="admin-count" role="status">
            {formatMessage(lang, t.auditCount, { count: entries.data.items.length })}
          </p>
          {entries.data.items.length === 0 ? (
            <p>{t.auditNone}</p>
          ) : (
            <AdminTable
              id="audit"
              caption={t.auditTableCaption}
              columns={[
                { label: t.auditColTime },
                { label: t.auditColAction },
                { label: t.auditColOutcome },
                { label: t.auditColActor },
                { label: t.auditColTarget },
                { label: t.auditColDistrict },
                { label: t.auditColFrom },
                { label: t.auditColDetail },
              ]}
            >
              {entries.data.items.map((entry) => (
                <tr key={entry.id} className={entry.outcome === 'ok' ? undefined : 'is-failed'}>
                  <td>
                    <time dateTime={entry.at}>{time(entry.at)}</time>
                  </td>
                  <th scope="row">
                    <code>{entry.action}</code>
                  </th>
                  <td>{entry.outcome}</td>
                  <td>
                    {entry.actorRole ?? '—'}
                    {entry.actorId ? <span className="admin-id"> {entry.actorId}</span> : null}
                  </td>
                  <td>
                    {/* The kind of record as the log keeps it, an English word (WCAG 3.1.2). */}
                    {entry.targetType ? <span lang="en">{entry.targetType}</span> : '—'}
                    {entry.targetId ? <span className="admin-id"> {entry.targetId}</span> : null}
                  </td>
                  <td>{entry.districtId ?? '—'}</td>
                  <td>{entry.ip ?? '—'}</td>
                  {/* The details as recorded: English keys and values (WCAG 3.1.2). */}
                  <td className="audit-detail" lang="en">
                    {detailText(entry.detail)}
                  </td>
                </tr>
              ))}
            </AdminTable>
          )}
        </>
      )}
    </div>
  );
}

/** An entry's recorded details as "key: value" pairs, for people to read. */
export function detailText(detail: Record<string, unknown> | null): string {
  const pairs = Object.entries(detail ?? {}).map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return pairs.length ? pairs.join(', ') : '—';
}
