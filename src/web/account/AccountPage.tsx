/**
 * Account settings: who you are, the second factor (set up with the secret shown as text and as
 * an otpauth address), password change, sign out everywhere, admin links for admins, and a
 * student's download of their own records.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { TSession } from '../../contracts/accounts.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { ApiError } from '../api.ts';
import { PerkinsNavLink } from '../perkins/PerkinsNavLink.tsx';
import { useLang } from '../use-lang.ts';
import {
  adminAuditPath,
  adminExportsPath,
  adminImportsPath,
  adminLinksPath,
  adminUsersPath,
  signInPath,
} from './account-paths.ts';
import {
  CodeField,
  Field,
  FormMessages,
  PageHeading,
  SessionGate,
  errorText,
  roleLabel,
} from './parts.tsx';
import { NewPasswordFields, checkPasswords } from './password-fields.tsx';
import { apiWrite, reloadSession, useSession } from './use-session.ts';
import { DistrictPrograms } from './DistrictPrograms.tsx';
import { OwnDataExport } from './OwnDataExport.tsx';

export function AccountPage() {
  const { t } = useLang();
  return (
    <SessionGate title={t.accountTitle} signInText={t.accountSignInFirst}>
      {(session) => <AccountSettings session={session} />}
    </SessionGate>
  );
}

function AccountSettings({ session }: { session: TSession }) {
  const { lang, t } = useLang();
  const { user } = session;
  const due = session.totp === 'enrol_required';
  const isAdmin = mayAttempt(user.role, 'user.read');
  return (
    <div className="account-page">
      <PageHeading title={t.accountTitle} />
      {due ? (
        <p className="notice notice--warning" role="status">
          {t.accountTotpDue}
        </p>
      ) : null}
      <section aria-labelledby="account-details">
        <h2 id="account-details">{t.accountDetails}</h2>
        <dl className="account-details">
          <dt>{t.accountName}</dt>
          <dd>{user.name}</dd>
          <dt>{t.accountEmail}</dt>
          <dd>{user.email}</dd>
          <dt>{t.accountRole}</dt>
          <dd>{roleLabel(t, user.role)}</dd>
          <dt>{t.accountOrg}</dt>
          <dd>{user.orgId}</dd>
        </dl>
      </section>
      {user.districtId && !due ? <DistrictPrograms districtId={user.districtId} /> : null}
      {user.role === 'student' ? <OwnDataExport studentId={user.id} /> : null}
      <TotpSection session={session} />
      <ChangePassword />
      {isAdmin && !due ? (
        <section aria-labelledby="account-admin">
          <h2 id="account-admin">{t.adminTitle}</h2>
          <ul className="account-links">
            <li>
              <Link to={adminUsersPath(lang)}>{t.adminUsersLink}</Link>
            </li>
            <li>
              <Link to={adminAuditPath(lang)}>{t.adminAuditLink}</Link>
            </li>
            <li>
              <Link to={adminExportsPath(lang)}>{t.adminExportsLink}</Link>
            </li>
            {mayAttempt(user.role, 'records.import') ? (
              <li>
                <Link to={adminImportsPath(lang)}>{t.adminImportsLink}</Link>
              </li>
            ) : null}
            <li>
              <Link to={adminLinksPath(lang)}>{t.adminLinksLink}</Link>
            </li>
            <li>
              <PerkinsNavLink role={user.role} />
            </li>
          </ul>
        </section>
      ) : null}
      <SignOutEverywhere />
    </div>
  );
}

function TotpSection({ session }: { session: TSession }) {
  const { t } = useLang();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  const start = () => {
    setBusy(true);
    setError(null);
    apiWrite<{ secret: string; uri: string }>('POST', '/api/v1/auth/totp').then(
      (result) => {
        setBusy(false);
        setEnrolment(result);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(errorText(t, failure));
      },
    );
  };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t.errorCodeInvalid);
      setError(t.errorCodeInvalid);
      return;
    }
    setCodeError(undefined);
    setBusy(true);
    setError(null);
    apiWrite('POST', '/api/v1/auth/totp/confirm', { code }).then(
      () => {
        setBusy(false);
        setDone(true);
        setEnrolment(null);
        void reloadSession();
      },
      (failure: unknown) => {
        setBusy(false);
        const wrongCode = failure instanceof ApiError && failure.field === 'code';
        setCodeError(wrongCode ? t.errorTotpCode : undefined);
        setError(wrongCode ? t.errorTotpCode : errorText(t, failure));
      },
    );
  };

  return (
    <section aria-labelledby="account-totp">
      <h2 id="account-totp">{t.totpTitle}</h2>
      <FormMessages error={error} success={done ? <p>{t.totpDone}</p> : null} />
      {session.user.totpEnabled ? (
        <p>{t.totpOn}</p>
      ) : enrolment ? (
        <form className="account-form" onSubmit={confirm} noValidate>
          <p className="totp-value">
            <span className="totp-value__label">{t.totpSecret}</span>
            <code className="totp-secret">{enrolment.secret}</code>
          </p>
          <p className="totp-value">
            <span className="totp-value__label">{t.totpUri}</span>
            <code className="totp-uri">{enrolment.uri}</code>
          </p>
          <p>{t.totpConfirmIntro}</p>
          <CodeField
            label={t.signInCode}
            name="code"
            value={code}
            onValue={setCode}
            error={codeError}
          />
          <p>
            <button type="submit" disabled={busy}>
              {t.totpConfirm}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p>{t.totpOff}</p>
          <p>
            <button type="button" onClick={start} disabled={busy}>
              {t.totpStart}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

function ChangePassword() {
  const { t } = useLang();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ current?: string; password?: string; repeat?: string }>(
    {},
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: typeof errors = current
      ? checkPasswords(t, password, repeat)
      : { current: t.errorPasswordRequired };
    setErrors(found);
    setDone(false);
    const first = found.current ?? found.password ?? found.repeat;
    if (first) {
      setError(first);
      return;
    }
    setBusy(true);
    setError(null);
    apiWrite('POST', '/api/v1/auth/password', {
      currentPassword: current,
      newPassword: password,
    }).then(
      () => {
        setBusy(false);
        setDone(true);
        setCurrent('');
        setPassword('');
        setRepeat('');
      },
      (failure: unknown) => {
        setBusy(false);
        const wrong = failure instanceof ApiError && failure.field === 'currentPassword';
        if (wrong) setErrors({ current: t.errorCurrentPassword });
        setError(wrong ? t.errorCurrentPassword : errorText(t, failure));
      },
    );
  };

  return (
    <section className="account-page__action" aria-labelledby="account-password">
      <h2 id="account-password">{t.changePasswordTitle}</h2>
      <form className="account-form" onSubmit={onSubmit} noValidate>
        <FormMessages error={error} success={done ? <p>{t.changePasswordDone}</p> : null} />
        <Field
          label={t.currentPassword}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={errors.current}
          required
        />
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errors={errors}
        />
        <p>
          <button type="submit" disabled={busy}>
            {t.changePasswordSubmit}
          </button>
        </p>
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const { lang, t } = useLang();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    setBusy(true);
    signOut(true).then(
      () => void navigate(signInPath(lang)),
      (failure: unknown) => {
        setBusy(false);
        setError(errorText(t, failure));
      },
    );
  };
  return (
    <section className="account-page__action" aria-labelledby="account-everywhere">
      <h2 id="account-everywhere">{t.signOutEverywhereTitle}</h2>
      <p>{t.signOutEverywhereText}</p>
      <FormMessages error={error} />
      <p>
        <button type="button" className="button-secondary" onClick={onClick} disabled={busy}>
          {t.signOutEverywhere}
        </button>
      </p>
    </section>
  );
}
