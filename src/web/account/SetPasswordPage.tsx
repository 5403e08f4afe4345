/**
 * The one-time link page (/account/set-password#token=…): choose a password (twice), redeem the
 * link, then sign in.
 */
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { useLang } from '../use-lang.ts';
import { signInPath } from './account-paths.ts';
import { FormMessages, PageHeading, errorText } from './parts.tsx';
import { NewPasswordFields, checkPasswords } from './password-fields.tsx';
import { apiWrite } from './use-session.ts';

export function SetPasswordPage() {
  const { lang, t } = useLang();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  // Links carry the token after '#' (never sent to the server or its logs); ?token= works too.
  const token =
    new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkPasswords(t, password, repeat);
    setErrors(found);
    if (found.password || found.repeat) {
      setError(found.password ?? found.repeat ?? null);
      return;
    }
    setBusy(true);
    setError(null);
    apiWrite('POST', '/api/v1/auth/set-password', { token, password }).then(
      () => {
        setBusy(false);
        setDone(true);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(
          failure instanceof ApiError &&
            (failure.field === 'token' || (failure.status === 400 && !failure.field))
            ? t.setPasswordBadLink
            : failure instanceof ApiError && failure.field === 'password'
              ? t.errorPasswordShort
              : errorText(t, failure),
        );
      },
    );
  };

  return (
    <div className="account-page account-page--narrow">
      <PageHeading title={t.setPasswordTitle} />
      {token.length < 20 ? <p className="notice">{t.setPasswordNoToken}</p> : null}
      <FormMessages
        error={error}
        success={
          done ? (
            <p>
              {t.setPasswordDone}{' '}
              <Link className="button-link" to={signInPath(lang)}>
                {t.navSignIn}
              </Link>
            </p>
          ) : null
        }
      />
      {token.length >= 20 && !done ? (
        <form className="account-form" onSubmit={onSubmit} noValidate>
          <p>{t.setPasswordIntro}</p>
          <NewPasswordFields
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            errors={errors}
          />
          <p>
            <button type="submit" disabled={busy}>
              {busy ? t.setPasswordBusy : t.setPasswordSubmit}
            </button>
          </p>
        </form>
      ) : null}
    </div>
  );
}
