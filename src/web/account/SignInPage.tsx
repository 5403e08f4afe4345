/**
 * Sign-in: email and password, then the authenticator code when the API asks for it (staff with
 * a second factor), then back to `?next=` (a path of this site) or to the account page when the
 * second factor still has to be set up. After a provider sign-in (OpenID Connect) whose session
 * still needs the code, the page shows only the code step (`?step=code`, or whatever the
 * address; ProviderCodeStep.tsx).
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
import { accountPath, oidcStartPath, safeNext } from './account-paths.ts';
import { oidcRefusalText, readOidcRefusal } from './oidc-refusal.ts';
import { CodeField, Field, FormMessages, PageHeading, errorText } from './parts.tsx';
import { ProviderCodeStep } from './ProviderCodeStep.tsx';
import { apiWrite, setSession, useSession } from './use-session.ts';
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
