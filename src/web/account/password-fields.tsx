/**
 * The new password, typed twice, with the password rule and a strength hint, and the check of
 * the pair before it is sent: the set-password page and the account page share them.
 */
import { formatMessage, type Messages } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { Field } from './parts.tsx';
import { passwordStrength, type Strength } from './password.ts';

const STRENGTH_KEY: Record<Strength, keyof Messages> = {
  too_short: 'strengthTooShort',
  weak: 'strengthWeak',
  fair: 'strengthFair',
  strong: 'strengthStrong',
};

/** New password twice, with the rule and a strength hint; `errors` come from `checkPasswords`. */
export function NewPasswordFields({
  password,
  repeat,
  onPassword,
  onRepeat,
  errors,
}: {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: { password?: string | undefined; repeat?: string | undefined };
}) {
  const { lang, t } = useLang();
  const strength = passwordStrength(password);
  return (
    <>
      <Field
        label={t.setPasswordNew}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => onPassword(event.target.value)}
        error={errors.password}
        hint={
          <>
            <span>{t.passwordHint}</span>{' '}
            {password ? (
              <span className={`strength strength--${strength}`} aria-live="polite">
                {formatMessage(lang, t.passwordStrength, { level: t[STRENGTH_KEY[strength]] })}
              </span>
            ) : null}
          </>
        }
        required
      />
      <Field
        label={t.setPasswordRepeat}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(event) => onRepeat(event.target.value)}
        error={errors.repeat}
        required
      />
    </>
  );
}

export function checkPasswords(
  t: Messages,
  password: string,
  repeat: string,
): { password?: string; repeat?: string } {
  if (passwordStrength(password) === 'too_short') return { password: t.errorPasswordShort };
  if (password !== repeat) return { repeat: t.errorPasswordMismatch };
  return {};
}
