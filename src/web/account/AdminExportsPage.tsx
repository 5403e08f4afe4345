/**
 * Bulk exports of student records for district and state admins: the exports of their scope
 * (filtered by status in the address), approval of another admin's export over the daily cap
 * (after a confirmation that says what approving allows), the download of one's own approved
 * export (once), and a form that exports at once within the cap or leaves a request waiting.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TOrg, TSession, TUser } from '../../contracts/accounts.ts';
import type { TExportFormat, TExportRequest } from '../../contracts/student-export.ts';
import { getJson } from '../api.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { useAddressDraft } from '../use-address-draft.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { EXPORT_STATUSES, STATUS_LABEL, exportFileName, statusFilter } from './exports.ts';
import { ExportsTable } from './ExportsTable.tsx';
import { FormMessages, PageHeading, Select, SessionGate } from './parts.tsx';
import { failureText, fetchExport, saveFile } from './export-actions.ts';
import { RequestExport } from './RequestExport.tsx';
import { apiWrite } from './use-session.ts';

export function AdminExportsPage() {
  const { t } = useLang();
  return (
    <SessionGate
      title={t.exportsTitle}
      action="student.export_approve"
      signInText={t.exportsSignInFirst}
    >
      {(session) => <ExportsAdmin session={session} />}
    </SessionGate>
  );
}

function ExportsAdmin({ session }: { session: TSession }) {
  const { lang, t } = useLang();
  const [params, setParams] = useSearchParams();
  const status = statusFilter(params.get('status'));
  // The address changed (Back, Forward, a link): the form shows the status now applied.
  const { draft, setDraft, apply } = useAddressDraft<string>(status, status);
  const [version, setVersion] = useState(0);
  const me = session.user.id;
  const isState = session.user.role === 'state_admin';

  // The last list stays on screen while it is read again after an action (no flash, focus kept).
  const [kept, setKept] = useState<{ status: string; items: TExportRequest[] } | null>(null);
  const exports = useApi<TExportRequest[]>(
    useCallback(
      async (signal: AbortSignal) => {
        const query = new URLSearchParams({ v: String(version) });
        if (status) query.set('status', status);
        const result = await getJson<{ items: TExportRequest[] }>(
          `/api/v1/students/exports?${query.toString()}`,
          signal,
        );
        setKept({ status, items: result.items });
        return result.items;
      },
      [status, version],
    ),
  );
  const users = useApi<TUser[]>(
    useCallback(
      (signal: AbortSignal) =>
        getJson<{ items: TUser[] }>('/api/v1/users', signal).then((r) => r.items),
      [],
    ),
  );
  const orgs = useApi<TOrg[]>(
    useCallback(
      (signal: AbortSignal) =>
        getJson<{ items: TOrg[] }>('/api/v1/orgs', signal).then((r) => r.items),
      [],
    ),
  );
  const names = useMemo(
    () => new Map((users.status === 'ok' ? users.data : []).map((u) => [u.id, u.name])),
    [users],
  );
  const orgNames = useMemo(
    () => new Map((orgs.status === 'ok' ? orgs.data : []).map((o) => [o.id, o.name])),
    [orgs],
  );
  const districts = orgs.status === 'ok' ? orgs.data.filter((o) => o.kind === 'district') : [];

  const [confirming, setConfirming] = useState<TExportRequest | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const tableRegion = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const who = (id: string) =>
    id === me
      ? formatMessage(lang, t.exportsYou, { name: session.user.name })
      : (names.get(id) ?? id);
  const districtName = (id: string | null) =>
    id === null ? t.exportsAllDistricts : (orgNames.get(id) ?? id);
  const records = (count: number) => formatMessage(lang, t.exportsRecords, { count });
  const time = (at: string) =>
    new Date(at).toLocaleString(lang === 'es' ? 'es' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const refresh = () => setVersion((v) => v + 1);

  const askApproval = (record: TExportRequest, button: HTMLButtonElement) => {
    opener.current = button;
    setError(null);
    setMessage(null);
    setConfirming(record);
  };

  const cancelApproval = () => {
    setConfirming(null);
    opener.current?.focus();
  };

  const approve = () => {
    if (!confirming || busyId) return;
    const record = confirming;
    setBusyId(record.id);
    apiWrite<TExportRequest>(
      'POST',
      `/api/v1/students/exports/${encodeURIComponent(record.id)}/approve`,
    ).then(
      () => {
        setBusyId(null);
        setConfirming(null);
        setMessage(formatMessage(lang, t.exportsApproved, { name: who(record.requestedBy) }));
        refresh();
        tableRegion.current?.focus();
      },
      (failure: unknown) => {
        setBusyId(null);
        setConfirming(null);
        setError(failureText(t, failure, 'approve'));
        refresh();
        tableRegion.current?.focus();
      },
    );
  };

  const run = (record: TExportRequest, fileFormat: TExportFormat) => {
    if (busyId) return;
    setBusyId(record.id);
    setError(null);
    setMessage(null);
    fetchExport({ format: fileFormat, approval: record.id }).then(
      ({ id, blob }) => {
        const file = exportFileName(id || record.id, fileFormat);
        saveFile(blob, file);
        setBusyId(null);
        setMessage(formatMessage(lang, t.exportsDownloadedApproved, { file }));
        refresh();
      },
      (failure: unknown) => {
        setBusyId(null);
        setError(failureText(t, failure, 'run'));
        refresh();
      },
    );
  };

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    const chosen = statusFilter(draft);
    if (chosen) next.set('status', chosen);
    apply(chosen, chosen, () => setParams(next));
  };

  const items =
    exports.status === 'ok' ? exports.data : kept?.status === status ? kept.items : null;

  return (
    <div className="account-page admin-page">
      <PageHeading title={t.exportsTitle} ready={items !== null || exports.status === 'error'} />
      <p className="admin-intro">{t.exportsIntro}</p>
      <form className="admin-filters" onSubmit={onFilter} aria-label={t.exportsFilters}>
        <Select
          id="exports-status"
          label={t.exportsStatus}
          value={draft}
          onChange={setDraft}
          options={EXPORT_STATUSES.map((s) => ({ value: s, label: t[STATUS_LABEL[s]] }))}
          placeholder={t.exportsAllStatuses}
        />
        <p>
          <button type="submit">{t.exportsApply}</button>
        </p>
      </form>
      <FormMessages error={error} success={message ? <p>{message}</p> : null} />
      {confirming ? (
        <section
          className="confirm-panel"
          aria-labelledby="exports-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancelApproval();
          }}
        >
          <h2 id="exports-confirm" ref={confirmHeading} tabIndex={-1}>
            {t.exportsConfirmTitle}
          </h2>
          <p>
            {formatMessage(lang, t.exportsConfirmText, {
              name: who(confirming.requestedBy),
              date: time(confirming.requestedAt),
              records: records(confirming.recordCount),
              district: districtName(confirming.districtId),
            })}
          </p>
          <p className="confirm-panel__effect">
            {formatMessage(lang, t.exportsConfirmEffect, { name: who(confirming.requestedBy) })}
          </p>
          <p className="button-row">
            <button type="button" onClick={approve} disabled={busyId !== null}>
              {t.exportsConfirmApprove}
            </button>
            <button type="button" className="button-secondary" onClick={cancelApproval}>
              {t.exportsConfirmCancel}
            </button>
          </p>
        </section>
      ) : null}
      {items === null ? (
        exports.status === 'error' ? (
          <ErrorNotice error={exports.error} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <p className="admin-count" role="status">
            {formatMessage(lang, t.exportsCount, { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p>{t.exportsNone}</p>
          ) : (
            <ExportsTable
              items={items}
              me={me}
              busy={busyId !== null}
              who={who}
              districtName={districtName}
              time={time}
              records={records}
              regionRef={tableRegion}
              onApprove={askApproval}
              onRun={run}
            />
          )}
        </>
      )}
      <RequestExport isState={isState} districts={districts} onChange={refresh} />
    </div>
  );
}
