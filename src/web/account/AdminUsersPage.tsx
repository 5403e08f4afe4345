/**
 * User management for district and state admins: the users of their scope, a form to create one
 * (which shows the one-time link to set the password, and whether it was also emailed),
 * disable/enable, reset links, and the school sign-in identity an admin links by hand for
 * providers that share no verified email (a small form; unlinking asks for a confirmation),
 * and the further schools of a counselor of the admin's own district (a panel of checkboxes).
 */
import { Fragment, useCallback, useMemo, useRef, useState } from 'react';
import type { TOrg, TSession, TUser } from '../../contracts/accounts.ts';
import { getJson } from '../api.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { issuerHost, signInLabel } from './identity.ts';
import { AdminTable } from './AdminTable.tsx';
import {
  FormMessages,
  OneTimeLink,
  PageHeading,
  SessionGate,
  errorText,
  roleLabel,
} from './parts.tsx';
import { LinkIdentityPanel, UnlinkIdentityPanel, type Provider } from './IdentityPanels.tsx';
import { CreateUser, type IssuedLink, type LinkAnswer } from './CreateUser.tsx';
import { UserOrg } from './UserOrg.tsx';
import { UserActions, type PanelKind } from './UserActions.tsx';
import { CounselorSchoolsPanel } from './CounselorSchoolsPanel.tsx';
import { schoolsSavedText } from './counselor-schools.ts';
import { apiWrite } from './use-session.ts';

/** The open panel: linking a sign-in, confirming an unlink, or a counselor's schools. */
type Panel = { kind: PanelKind; user: TUser } | null;

export function AdminUsersPage() {
  const { t } = useLang();
  return (
    <SessionGate title={t.usersTitle} action="user.read" signInText={t.adminSignInFirst}>
      {(session) => <UsersAdmin session={session} />}
    </SessionGate>
  );
}

function UsersAdmin({ session }: { session: TSession }) {
  const { lang, t } = useLang();
  const [version, setVersion] = useState(0);
  // The last list stays on screen while it is read again after a change (no flash, focus kept).
  const [kept, setKept] = useState<TUser[] | null>(null);
  const users = useApi<TUser[]>(
    useCallback(
      async (signal: AbortSignal) => {
        // `version` makes a new loader after a change, so the list is read again.
        const result = await getJson<{ items: TUser[] }>(`/api/v1/users?v=${version}`, signal);
        setKept(result.items);
        return result.items;
      },
      [version],
    ),
  );
  const orgs = useApi(
    useCallback((signal: AbortSignal) => getJson<{ items: TOrg[] }>('/api/v1/orgs', signal), []),
  );
  const providers = useApi<Provider[]>(
    useCallback(
      (signal: AbortSignal) =>
        getJson<{ items: Provider[] }>('/api/v1/auth/oidc/providers', signal).then((r) => r.items),
      [],
    ),
  );
  const [link, setLink] = useState<IssuedLink | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busyEmail, setBusyEmail] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const tableRegion = useRef<HTMLDivElement>(null);

  const orgNames = useMemo(
    () => new Map((orgs.status === 'ok' ? orgs.data.items : []).map((o) => [o.id, o.name])),
    [orgs],
  );

  const items = users.status === 'ok' ? users.data : kept;
  if (items === null)
    return users.status === 'error' ? <ErrorNotice error={users.error} /> : <Loading />;

  const refresh = () => setVersion((v) => v + 1);

  const act = (user: TUser, what: 'disable' | 'enable' | 'reset-link') => {
    setBusyEmail(user.email);
    setError(null);
    setMessage(null);
    setLink(null);
    const url = `/api/v1/users/${encodeURIComponent(user.email)}/${what}`;
    apiWrite<TUser | LinkAnswer>('POST', url).then(
      (result) => {
        setBusyEmail(null);
        if (what === 'reset-link' && 'url' in result) setLink({ email: user.email, ...result });
        else
          setMessage(
            formatMessage(lang, what === 'disable' ? t.usersDisabledDone : t.usersEnabledDone, {
              email: user.email,
            }),
          );
        refresh();
      },
      (failure: unknown) => {
        setBusyEmail(null);
        setError(errorText(t, failure));
      },
    );
  };

  const openPanel = (kind: PanelKind, user: TUser, button: HTMLButtonElement) => {
    opener.current = button;
    setError(null);
    setMessage(null);
    setPanel({ kind, user });
  };

  const closePanel = () => {
    setPanel(null);
    opener.current?.focus();
  };

  /** After a link or unlink: the panel closes, the list is read again, focus goes to the table. */
  const finish = (outcome: { message: string } | { error: string }) => {
    setPanel(null);
    setLink(null);
    if ('message' in outcome) setMessage(outcome.message);
    else setError(outcome.error);
    refresh();
    tableRegion.current?.focus();
  };

  return (
    <div className="account-page admin-page">
      <PageHeading title={t.usersTitle} />
      <p>{t.usersIntro}</p>
      <FormMessages
        error={error}
        success={
          link ? (
            <OneTimeLink
              email={link.email}
              url={link.url}
              expiresAt={link.expiresAt}
              emailed={link.emailed}
              mailError={link.mailError}
            />
          ) : message ? (
            <p>{message}</p>
          ) : null
        }
      />
      {panel?.kind === 'link' ? (
        <LinkIdentityPanel
          key={panel.user.id}
          user={panel.user}
          providers={providers}
          onCancel={closePanel}
          onLinked={(linked) =>
            finish({
              message: formatMessage(lang, t.identityLinked, {
                name: linked.name,
                host: issuerHost(linked.linkedIssuer ?? ''),
              }),
            })
          }
          onStale={refresh}
        />
      ) : panel?.kind === 'unlink' ? (
        <UnlinkIdentityPanel
          key={panel.user.id}
          user={panel.user}
          onCancel={closePanel}
          onDone={(user) =>
            finish({ message: formatMessage(lang, t.unlinkDone, { name: user.name }) })
          }
          onFailed={(text) => finish({ error: text })}
        />
      ) : panel?.kind === 'schools' && orgs.status === 'ok' ? (
        <CounselorSchoolsPanel
          key={panel.user.id}
          user={panel.user}
          orgs={orgs.data.items}
          names={orgNames}
          onCancel={closePanel}
          onSaved={(saved) =>
            finish({ message: schoolsSavedText(lang, panel.user, saved, orgNames) })
          }
          onStale={refresh}
        />
      ) : null}
      {users.status === 'error' ? <p className="form-error">{errorText(t, users.error)}</p> : null}
      <p className="admin-count">{formatMessage(lang, t.usersCount, { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t.usersNone}</p>
      ) : (
        <AdminTable
          id="users"
          caption={t.usersTableCaption}
          columns={[
            { label: t.usersColName },
            { label: t.usersColEmail },
            { label: t.usersColRole },
            { label: t.usersColOrg },
            { label: t.usersColTotp },
            { label: t.usersColSignIn, className: 'admin-wrap' },
            { label: t.usersColStatus },
            { label: t.usersColActions },
          ]}
          regionRef={tableRegion}
        >
          {items.map((user) => {
            const signIn = signInLabel(t, user.linkedIssuer);
            return (
              <tr key={user.id} className={user.disabled ? 'is-disabled' : undefined}>
                <th scope="row">{user.name}</th>
                <td>
                  <Breakable text={user.email} />
                </td>
                <td>{roleLabel(t, user.role)}</td>
                <td>
                  <UserOrg user={user} names={orgNames} />
                </td>
                <td>{user.totpEnabled ? t.usersTotpOn : t.usersTotpOff}</td>
                <td>
                  {signIn.text}
                  {signIn.host ? (
                    <>
                      {' '}
                      <span className="admin-id">
                        <Breakable text={signIn.host} />
                      </span>
                    </>
                  ) : null}
                </td>
                <td>{user.disabled ? t.usersDisabled : t.usersActive}</td>
                <td>
                  <UserActions
                    user={user}
                    session={session}
                    busy={busyEmail === user.email}
                    linked={signIn.linked}
                    onAct={(what) => act(user, what)}
                    onOpen={(kind, button) => openPanel(kind, user, button)}
                  />
                </td>
              </tr>
            );
          })}
        </AdminTable>
      )}
      {orgs.status === 'ok' ? (
        <CreateUser
          orgs={orgs.data.items}
          onCreated={(created) => {
            setError(null);
            setMessage(null);
            setLink(created);
            setVersion((v) => v + 1);
          }}
        />
      ) : orgs.status === 'error' ? (
        <p className="form-error">{errorText(t, orgs.error)}</p>
      ) : null}
    </div>
  );
}

/** An email address or host name that may wrap before each `@` or `.`, never inside a word. */
function Breakable({ text }: { text: string }) {
  return (
    <>
      {text.split(/(?=[@.])/).map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
