/**
 * The code step of a provider sign-in (OpenID Connect) for staff with a second factor: the
 * session exists but may do nothing until the code is given at /auth/totp/verify; "Cancel and
 * sign out" ends that session. Shown by SignInPage whatever the address.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { TSession } from '../../contracts/accounts.ts';
import { ApiError } from '../api.ts';
import { formatMessage, type Messages } from '../i18n.ts';
import { homePath } from '../paths.ts';
import { useLang } from '../use-lang.ts';
import { signInPath } from './account-paths.ts';
import { CodeField, FormMessages, PageHeading, errorText } from './parts.tsx';
import { apiWrite, reloadSession, setSession, useSession } from './use-session.ts';

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
export function ProviderCodeStep({ session, next }: { session: TSession; next: string | null }) {
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
