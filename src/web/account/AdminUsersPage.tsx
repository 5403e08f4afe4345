/**
 * User management for district and state admins: the users of their scope, a form to create one
 * (which shows the one-time link to set the password), disable/enable and reset links.
 */
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { TOrg, TSession, TUser } from '../../contracts/accounts.ts';
import { ROLE_ORG_KIND, ROLES, type Role } from '../../domain/auth/roles.ts';
import { ApiError, getJson } from '../api.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { countText, format } from '../i18n.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import {
  Field,
  FormMessages,
  OneTimeLink,
  PageHeading,
  Select,
  SessionGate,
  errorText,
  roleLabel,
} from './parts.tsx';
import { apiWrite } from './use-session.ts';

interface IssuedLink {
  email: string;
  url: string;
  expiresAt: string;
}

export function AdminUsersPage() {
  const { t } = useLang();
  return (
    <SessionGate title={t.usersTitle} action="user.read" signInText={t.adminSignInFirst}>
      {(session) => <UsersAdmin session={session} />}
    </SessionGate>
  );
}

function UsersAdmin({ session }: { session: TSession }) {
  const { t } = useLang();
  const [version, setVersion] = useState(0);
  const users = useApi(
    useCallback(
      (signal: AbortSignal) =>
        // `version` makes a new loader after a change, so the list is read again.
        getJson<{ items: TUser[] }>(`/api/v1/users?v=${version}`, signal),
      [version],
    ),
  );
  const orgs = useApi(
    useCallback((signal: AbortSignal) => getJson<{ items: TOrg[] }>('/api/v1/orgs', signal), []),
  );
  const [link, setLink] = useState<IssuedLink | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busyEmail, setBusyEmail] = useState<string | null>(null);

  const orgNames = useMemo(
    () => new Map((orgs.status === 'ok' ? orgs.data.items : []).map((o) => [o.id, o.name])),
    [orgs],
  );

  if (users.status === 'loading') return <Loading />;
  if (users.status === 'error') return <ErrorNotice error={users.error} />;

  const act = (user: TUser, what: 'disable' | 'enable' | 'reset-link') => {
    setBusyEmail(user.email);
    setError(null);
    setMessage(null);
    setLink(null);
    const url = `/api/v1/users/${encodeURIComponent(user.email)}/${what}`;
    apiWrite<TUser | { url: string; expiresAt: string }>('POST', url).then(
      (result) => {
        setBusyEmail(null);
        if (what === 'reset-link' && 'url' in result) setLink({ email: user.email, ...result });
        else
          setMessage(
            format(what === 'disable' ? t.usersDisabledDone : t.usersEnabledDone, {
              email: user.email,
            }),
          );
        setVersion((v) => v + 1);
      },
      (failure: unknown) => {
        setBusyEmail(null);
        setError(errorText(t, failure));
      },
    );
  };

  const items = users.data.items;
  return (
    <div className="account-page admin-page">
      <PageHeading title={t.usersTitle} />
      <p>{t.usersIntro}</p>
      <FormMessages
        error={error}
        success={
          link ? (
            <OneTimeLink email={link.email} url={link.url} expiresAt={link.expiresAt} />
          ) : message ? (
            <p>{message}</p>
          ) : null
        }
      />
      <p className="admin-count">{countText(t.usersCountOne, t.usersCountOther, items.length)}</p>
      {items.length === 0 ? (
        <p>{t.usersNone}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table className="admin-table">
            <caption id="users-caption">{t.usersTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.usersColName}</th>
                <th scope="col">{t.usersColEmail}</th>
                <th scope="col">{t.usersColRole}</th>
                <th scope="col">{t.usersColOrg}</th>
                <th scope="col">{t.usersColTotp}</th>
                <th scope="col">{t.usersColStatus}</th>
                <th scope="col">{t.usersColActions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((user) => (
                <tr key={user.id} className={user.disabled ? 'is-disabled' : undefined}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{roleLabel(t, user.role)}</td>
                  <td>{orgNames.get(user.orgId) ?? user.orgId}</td>
                  <td>{user.totpEnabled ? t.usersTotpOn : t.usersTotpOff}</td>
                  <td>{user.disabled ? t.usersDisabled : t.usersActive}</td>
                  <td>
                    <div className="admin-actions">
                      {user.id === session.user.id ? null : (
                        <button
                          type="button"
                          className="button-small button-secondary"
                          disabled={busyEmail === user.email}
                          onClick={() => act(user, user.disabled ? 'enable' : 'disable')}
                        >
                          {user.disabled ? t.usersEnable : t.usersDisable}
                          <span className="visually-hidden">
                            {' '}
                            {format(t.usersActionsFor, { name: user.name })}
                          </span>
                        </button>
                      )}
                      <button
                        type="button"
                        className="button-small button-secondary"
                        disabled={busyEmail === user.email}
                        onClick={() => act(user, 'reset-link')}
                      >
                        {t.usersResetLink}
                        <span className="visually-hidden">
                          {' '}
                          {format(t.usersActionsFor, { name: user.name })}
                        </span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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

function CreateUser({ orgs, onCreated }: { orgs: TOrg[]; onCreated: (link: IssuedLink) => void }) {
  const { t } = useLang();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [orgId, setOrgId] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const roles = ROLES.filter((r) => orgs.some((o) => ROLE_ORG_KIND[r].includes(o.kind)));
  const fitting = role ? orgs.filter((o) => ROLE_ORG_KIND[role].includes(o.kind)) : orgs;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Record<string, string | undefined> = {};
    if (!name.trim()) found.name = t.errorNameRequired;
    if (!email.trim()) found.email = t.errorEmailRequired;
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t.errorEmailInvalid;
    if (!role) found.role = t.errorChooseRole;
    if (!orgId) found.orgId = t.errorChooseOrg;
    setErrors(found);
    const first = Object.values(found).find(Boolean);
    if (first) {
      setError(first);
      return;
    }
    setBusy(true);
    setError(null);
    apiWrite<{ user: TUser; link: { url: string; expiresAt: string } }>('POST', '/api/v1/users', {
      name: name.trim(),
      email: email.trim(),
      role,
      orgId,
    }).then(
      (created) => {
        setBusy(false);
        setName('');
        setEmail('');
        setRole('');
        setOrgId('');
        onCreated({ email: created.user.email, ...created.link });
      },
      (failure: unknown) => {
        setBusy(false);
        if (failure instanceof ApiError && failure.field)
          setErrors({ [failure.field]: failure.message });
        setError(errorText(t, failure));
      },
    );
  };

  return (
    <section aria-labelledby="create-user">
      <h2 id="create-user">{t.createUserTitle}</h2>
      <form className="account-form admin-form" onSubmit={onSubmit} noValidate>
        <FormMessages error={error} />
        <Field
          label={t.createUserName}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          required
        />
        <Field
          label={t.createUserEmail}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          required
        />
        <Select
          id="create-user-role"
          label={t.createUserRole}
          value={role}
          error={errors.role}
          onChange={(value) => {
            const next = value as Role | '';
            setRole(next);
            if (next && !orgs.some((o) => o.id === orgId && ROLE_ORG_KIND[next].includes(o.kind)))
              setOrgId('');
          }}
          options={roles.map((r) => ({ value: r, label: roleLabel(t, r) }))}
        />
        <Select
          id="create-user-org"
          label={t.createUserOrg}
          value={orgId}
          error={errors.orgId}
          onChange={setOrgId}
          options={fitting.map((o) => ({ value: o.id, label: `${o.name} (${o.id})` }))}
        />
        <p>
          <button type="submit" disabled={busy}>
            {t.createUserSubmit}
          </button>
        </p>
      </form>
    </section>
  );
}
