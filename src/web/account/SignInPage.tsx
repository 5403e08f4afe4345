/**
 * Sign-in: email and password, then the authenticator code when the API asks for it (staff with
 * a second factor), then back to `?next=` (a path of this site) or to the account page when the
 * second factor still has to be set up. After a provider sign-in (OpenID Connect) whose session
 * still needs the code, the page shows only the code step (`?step=code`, or whatever the
 * address): the code goes to /auth/totp/verify, and "Cancel and sign out" ends that session.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { TSession } from '../../contracts/accounts.ts';
import { ApiError, getJson } from '../api.ts';
import { Loading } from '../components/Status.tsx';
import { formatMessage, type Messages } from '../i18n.ts';
import { homePath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { accountPath, oidcStartPath, safeNext, signInPath } from './account-paths.ts';
import { oidcRefusalText, readOidcRefusal } from './oidc-refusal.ts';
import { CodeField, Field, FormMessages, PageHeading, errorText } from './parts.tsx';
import { apiWrite, reloadSession, setSession, useSession } from './use-session.ts';
import { appUrl } from '../base-path.ts';

type Step = 'password' | 'code';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The API's sign-in refusals, in the page's language. */
function signInError(t: Messages, error: unknown, step: Step): string {
  if (!(error instanceof ApiError)) return errorText(t, error);
  if (error.status === 429) return t.errorRateLimited;
  if (error.status === 401) {
    if (/locked/i.test(error.message)) return t.errorLocked;
    if (error.field === 'totpCode') return step === 'code' ? t.errorWrongPasswordOrCode : '';
    return t.errorWrongPassword;
  }
  if (error.status === 400 && error.field === 'email') return t.errorEmailInvalid;
  return errorText(t, error);
}

export function SignInPage() {
  const { lang, t } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { state, codeDue } = useSession();
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{
    email?: string;
    password?: string;
    code?: string;
  }>({});
  const providers = useApi(
    useCallback(
      (signal: AbortSignal) =>
        getJson<{ items: { id: string; name: string }[] }>('/api/v1/auth/oidc/providers', signal),
      [],
    ),
  );
  const oidc = providers.status === 'ok' ? providers.data.items : [];
  const codeInput = useRef<HTMLInputElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'code') codeInput.current?.focus();
  }, [step]);

  const next = safeNext(params.get('next'));
  const done = (session: TSession) => {
    setSession(session);
    if (session.totp === 'enrol_required') void navigate(accountPath(lang));
    else void navigate(next ?? homePath(lang));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const errors: typeof fieldErrors = {};
    if (step === 'password') {
      if (!email.trim()) errors.email = t.errorEmailRequired;
      else if (!EMAIL.test(email.trim())) errors.email = t.errorEmailInvalid;
      if (!password) errors.password = t.errorPasswordRequired;
    } else if (!/^\d{6}$/.test(code.trim())) errors.code = t.errorCodeInvalid;
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(t.errorFormTitle);
      if (errors.email) emailInput.current?.focus();
      else if (errors.password) passwordInput.current?.focus();
      else codeInput.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const body = {
      email: email.trim(),
      password,
      ...(step === 'code' ? { totpCode: code.trim() } : {}),
    };
    apiWrite<TSession>('POST', '/api/v1/auth/sign-in', body).then(
      (session) => {
        setBusy(false);
        done(session);
      },
      (failure: unknown) => {
        setBusy(false);
        if (
          step === 'password' &&
          failure instanceof ApiError &&
          failure.status === 401 &&
          failure.field === 'totpCode'
        ) {
          setStep('code');
          return;
        }
        setError(signInError(t, failure, step));
        if (step === 'code') {
          setCode('');
          codeInput.current?.focus();
        } else {
          passwordInput.current?.focus();
        }
      },
    );
  };

  const restart = () => {
    setStep('password');
    setCode('');
    setPassword('');
    setError(null);
    setFieldErrors({});
  };

  if (state.status === 'signed-in' && codeDue)
    return <ProviderCodeStep session={state.session} next={next} />;
  if (state.status === 'loading' && params.get('step') === 'code') {
    return (
      <div className="account-page account-page--narrow">
        <PageHeading title={t.signInTitle} ready={false} />
        <Loading />
      </div>
    );
  }

  const signedIn = state.status === 'signed-in' ? state.session : null;
  const refusal = readOidcRefusal(params);

  return (
    <div className="account-page account-page--narrow">
      <PageHeading title={t.signInTitle} />
      {signedIn && step === 'password' && !busy ? (
        <p className="notice">
          {formatMessage(lang, t.signInAlready, { name: signedIn.user.name })}{' '}
          <Link to={accountPath(lang)}>{t.navAccount}</Link>
        </p>
      ) : null}
      {refusal && step === 'password' ? (
        <div className="form-error oidc-refusal" role="alert">
          {oidcRefusalText(
            lang,
            refusal,
            oidc.find((p) => p.id === refusal.provider)?.name ?? '',
          ).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <form className="account-form" onSubmit={onSubmit} noValidate>
        <FormMessages error={error} />
        {step === 'password' ? (
          <>
            <p>{t.signInIntro}</p>
            {oidc.length > 0 ? (
              <>
                <h2>{t.signInProviders}</h2>
                <ul className="oidc-providers">
                  {oidc.map((provider) => (
                    <li key={provider.id}>
                      <a
                        className="button-link"
                        href={appUrl(oidcStartPath(provider.id, lang, next))}
                      >
                        {formatMessage(lang, t.signInWith, { name: provider.name })}
                      </a>
                    </li>
                  ))}
                </ul>
                <h2>{t.signInOrPassword}</h2>
              </>
            ) : null}
            <Field
              ref={emailInput}
              label={t.signInEmail}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={fieldErrors.email}
              required
            />
            <Field
              ref={passwordInput}
              label={t.signInPassword}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={fieldErrors.password}
              required
            />
            <p>
              <button type="submit" disabled={busy}>
                {busy ? t.signInBusy : t.signInSubmit}
              </button>
            </p>
            <p className="account-page__aside">{t.signInNoPassword}</p>
          </>
        ) : (
          <>
            <h2>{t.signInCodeTitle}</h2>
            <p>{t.signInCodeIntro}</p>
            <CodeField
              ref={codeInput}
              label={t.signInCode}
              name="totpCode"
              value={code}
              onValue={setCode}
              error={fieldErrors.code}
            />
            <p className="button-row">
              <button type="submit" disabled={busy}>
                {busy ? t.signInBusy : t.signInCodeSubmit}
              </button>
              <button type="button" className="button-secondary" onClick={restart}>
                {t.signInCodeBack}
              </button>
            </p>
          </>
        )}
      </form>
    </div>
  );
}

/** What went wrong with a code after a provider sign-in, in the page's language. */
function verifyError(t: Messages, error: unknown): string {
  if (!(error instanceof ApiError)) return errorText(t, error);
  if (error.status === 400 && error.field === 'code') return t.errorWrongCode;
  if (error.status === 401)
    return /try again later|locked/i.test(error.message) ? t.errorLocked : t.errorSessionEnded;
  return errorText(t, error);
}

/**
 * The second step of a provider sign-in for staff with a second factor: the session exists but
 * may do nothing until the code is given. A wrong code changes nothing but the message.
 */
function ProviderCodeStep({ session, next }: { session: TSession; next: string | null }) {
  const { lang, t } = useLang();
  const navigate = useNavigate();
  const { signOut } = useSession();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    codeInput.current?.focus();
  }, []);

  const refuse = (message: string, field?: string) => {
    setError(message);
    setFieldError(field);
    setCode('');
    codeInput.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const given = code.trim();
    if (!/^\d{6}$/.test(given)) {
      refuse(t.errorFormTitle, t.errorCodeInvalid);
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    apiWrite('POST', '/api/v1/auth/totp/verify', { code: given }).then(
      () => {
        // The code is accepted: this session is now fully signed in.
        setSession({ ...session, totp: 'passed' });
        void navigate(next ?? homePath(lang), { replace: true });
        void reloadSession();
      },
      (failure: unknown) => {
        setBusy(false);
        const message = verifyError(t, failure);
        refuse(
          message,
          failure instanceof ApiError && failure.field === 'code' ? message : undefined,
        );
        // A session that ended (expired, signed out elsewhere) shows the sign-in form again.
        if (
          failure instanceof ApiError &&
          failure.status === 401 &&
          message === t.errorSessionEnded
        )
          void reloadSession();
      },
    );
  };

  const cancel = () => {
    setBusy(true);
    signOut().then(
      () => void navigate(signInPath(lang, next ?? undefined), { replace: true }),
      (failure: unknown) => {
        setBusy(false);
        setError(errorText(t, failure));
      },
    );
  };

  return (
    <div className="account-page account-page--narrow">
      <PageHeading title={t.signInCodeTitle} />
      <form className="account-form" onSubmit={onSubmit} noValidate>
        <FormMessages error={error} />
        <p>
          {formatMessage(lang, t.signInCodeAs, {
            name: session.user.name,
            email: session.user.email,
          })}
        </p>
        <p>{t.signInCodeProviderIntro}</p>
        <CodeField
          ref={codeInput}
          label={t.signInCode}
          name="totpCode"
          value={code}
          onValue={setCode}
          error={fieldError}
        />
        <p className="button-row">
          <button type="submit" disabled={busy}>
            {busy ? t.signInCodeBusy : t.signInCodeSubmit}
          </button>
          <button type="button" className="button-secondary" onClick={cancel} disabled={busy}>
            {t.signInCodeCancel}
          </button>
        </p>
      </form>
    </div>
  );
}
