/**
 * One student's guardians and caseload counselors on the links page, each with "End this link"
 * for a reader who may also end one (records.link_remove). Ending asks first, in a panel that
 * names who loses access to whom; afterwards the list is read again and a polite live message
 * says what changed (FormMessages). Refusals come in the page's language (errorText).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TLinkedAdult, TLinkRemoval, TStudentLinks } from '../../contracts/links.ts';
import { getJson } from '../api.ts';
import { Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { errorText, FormMessages } from './parts.tsx';
import { apiWrite } from './use-session.ts';

type Kind = 'guardian' | 'caseload';
interface Ending {
  kind: Kind;
  adult: TLinkedAdult;
}

const base = (districtId: string, studentId: string) =>
  `/api/v1/districts/${encodeURIComponent(districtId)}/students/${encodeURIComponent(studentId)}`;

export function StudentLinks({
  districtId,
  studentId,
  focusOnLoad,
  mayEnd,
}: {
  districtId: string;
  studentId: string;
  focusOnLoad: boolean;
  /** Whether the reader may also end a link (records.link_remove): else the list only. */
  mayEnd: boolean;
}) {
  const { lang, t } = useLang();
  const [version, setVersion] = useState(0);
  const [kept, setKept] = useState<TStudentLinks | null>(null);
  const [ending, setEnding] = useState<Ending | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const focusHeading = useRef(focusOnLoad);

  const links = useApi<TStudentLinks>(
    useCallback(
      async (signal: AbortSignal) => {
        // `version` makes a new loader after a change, so the links are read again.
        const read = await getJson<TStudentLinks>(
          `${base(districtId, studentId)}/links?v=${version}`,
          signal,
        );
        setKept(read);
        return read;
      },
      [districtId, studentId, version],
    ),
  );
  const data = links.status === 'ok' ? links.data : kept;

  useEffect(() => {
    if (data && focusHeading.current) {
      focusHeading.current = false;
      heading.current?.focus();
    }
  }, [data]);
  useEffect(() => {
    if (ending) panelHeading.current?.focus();
  }, [ending]);

  if (data === null)
    return links.status === 'error' ? (
      <p className="form-error" role="alert">
        {errorText(t, links.error)}
      </p>
    ) : (
      <Loading />
    );

  const names = (e: Ending) => ({
    adult: e.adult.name,
    email: e.adult.email,
    student: data.student.name,
  });
  const cancel = () => {
    setEnding(null);
    opener.current?.focus();
  };
  const end = (e: Ending) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    const path = e.kind === 'guardian' ? 'guardians' : 'caseload';
    const url = `${base(districtId, data.student.id)}/${path}/${encodeURIComponent(e.adult.id)}`;
    const after = () => {
      setBusy(false);
      setEnding(null);
      setVersion((v) => v + 1);
      heading.current?.focus();
    };
    apiWrite<TLinkRemoval>('DELETE', url).then(
      () => {
        const done = e.kind === 'guardian' ? t.linksDoneGuardian : t.linksDoneCaseload;
        setStatus(formatMessage(lang, done, names(e)));
        after();
      },
      (failure: unknown) => {
        setError(errorText(t, failure));
        after();
      },
    );
  };

  const list = (kind: Kind, adults: TLinkedAdult[], empty: string) =>
    adults.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul className="link-list">
        {adults.map((adult) => (
          <li key={adult.id}>
            <span className="link-list__who">
              <strong>{adult.name}</strong>
              <span className="admin-id">{adult.email}</span>
            </span>
            {mayEnd ? (
              <span className="admin-actions">
                <button
                  type="button"
                  className="button-small button-secondary"
                  disabled={busy}
                  onClick={(event) => {
                    opener.current = event.currentTarget;
                    setError(null);
                    setStatus(null);
                    setEnding({ kind, adult });
                  }}
                >
                  {t.linksEnd}
                  <span className="visually-hidden">
                    {' '}
                    {formatMessage(lang, t.linksEndFor, { name: adult.name })}
                  </span>
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="student-links-title" className="student-links">
      <h2 id="student-links-title" ref={heading} tabIndex={-1}>
        {formatMessage(lang, t.linksOf, { name: data.student.name })}
      </h2>
      <FormMessages error={error} success={status} />
      {ending ? (
        <section
          className="confirm-panel"
          aria-labelledby="end-link-title"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <h3 id="end-link-title" ref={panelHeading} tabIndex={-1}>
            {formatMessage(
              lang,
              ending.kind === 'guardian'
                ? t.linksConfirmGuardianTitle
                : t.linksConfirmCaseloadTitle,
              names(ending),
            )}
          </h3>
          <p className="confirm-panel__effect">
            {formatMessage(
              lang,
              ending.kind === 'guardian' ? t.linksConfirmGuardianText : t.linksConfirmCaseloadText,
              names(ending),
            )}
          </p>
          <p className="button-row">
            <button type="button" onClick={() => end(ending)} disabled={busy}>
              {busy ? t.linksEnding : t.linksConfirm}
            </button>
            <button type="button" className="button-secondary" onClick={cancel}>
              {t.linksCancel}
            </button>
          </p>
        </section>
      ) : null}
      <h3>{t.linksGuardians}</h3>
      {list('guardian', data.guardians, t.linksNoGuardians)}
      <h3>{t.linksCounselors}</h3>
      {list('caseload', data.counselors, t.linksNoCounselors)}
    </section>
  );
}
