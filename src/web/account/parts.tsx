/**
 * Pieces shared by the account pages: labelled fields with hint and error, the announced form
 * error, role names, and the gate that shows a page only to a signed-in user whose role may do
 * what the page is for. The new-password pair is in password-fields.tsx.
 */
import { useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { TSession } from '../../contracts/accounts.ts';
import { mayAttempt, type Action } from '../../domain/auth/policy.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage, type Messages } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { useLang } from '../use-lang.ts';
import { accountPath, signInCodePath, signInPath } from './account-paths.ts';
import { linkMailNote } from './identity.ts';
import { useSession } from './use-session.ts';
import './account.css';

export function roleLabel(t: Messages, role: Role): string {
  const labels: Record<Role, string> = {
    state_admin: t.roleStateAdmin,
    district_admin: t.roleDistrictAdmin,
    school_admin: t.roleSchoolAdmin,
    counselor: t.roleCounselor,
    teacher: t.roleTeacher,
    college_staff: t.roleCollegeStaff,
    employer_partner: t.roleEmployerPartner,
    student: t.roleStudent,
    guardian: t.roleGuardian,
  };
  return labels[role];
}

export { errorText } from '../error-text.ts';

type FieldProps = {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
} & InputHTMLAttributes<HTMLInputElement>;

export function Field({ label, hint, error, id: givenId, ref, ...input }: FieldProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}

/** The six-digit code of an authenticator app: digits only, filled in by the phone's keyboard. */
export function CodeField({
  value,
  onValue,
  ...field
}: Omit<FieldProps, 'onChange' | 'value'> & { value: string; onValue: (code: string) => void }) {
  return (
    <Field
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={6}
      className="input-code"
      value={value}
      onChange={(event) => onValue(event.target.value.replace(/\D/g, ''))}
      required
      {...field}
    />
  );
}

/**
 * The live regions of a form: an error (announced at once) and a success message (announced
 * politely). Always rendered, so that screen readers notice when their text changes.
 */
export function FormMessages({ error, success }: { error?: string | null; success?: ReactNode }) {
  return (
    <>
      <div aria-live="assertive" aria-atomic="true">
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div aria-live="polite" aria-atomic="true">
        {success ? <div className="form-success">{success}</div> : null}
      </div>
    </>
  );
}

/** A page heading that takes focus after navigation and names the document. */
export function PageHeading({ title, ready = true }: { title: string; ready?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(ready ? title : null, heading);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {title}
    </h1>
  );
}

/**
 * Shows `children` to a signed-in user whose role may take `action`; otherwise says politely
 * why not (with a sign-in link that comes back here). A session whose second-factor code is
 * still due is not signed in yet: it is sent to the code step, which comes back here.
 */
export function SessionGate({
  title,
  action,
  signInText,
  children,
}: {
  title: string;
  action?: Action;
  signInText: string;
  children: (session: TSession) => ReactNode;
}) {
  const { lang, t } = useLang();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  if (state.status === 'signed-out') {
    return (
      <div className="account-page">
        <PageHeading title={title} />
        <p>{signInText}</p>
        <p>
          <Link className="button-link" to={signInPath(lang, location.pathname + location.search)}>
            {t.navSignIn}
          </Link>
        </p>
      </div>
    );
  }
  const { session } = state;
  if (session.totp === 'code_required') {
    return (
      <div className="account-page">
        <PageHeading title={title} />
        <p className="notice">{t.codeDueNotice}</p>
        <p>
          <Link
            className="button-link"
            to={signInCodePath(lang, location.pathname + location.search)}
          >
            {t.navFinishSignIn}
          </Link>
        </p>
      </div>
    );
  }
  const refused =
    action !== undefined &&
    (!mayAttempt(session.user.role, action) || session.totp === 'enrol_required');
  if (refused) {
    return (
      <div className="account-page">
        <PageHeading title={title} />
        <p className="notice">
          {session.totp === 'enrol_required' && mayAttempt(session.user.role, action)
            ? t.accountTotpDue
            : t.adminRefused}
        </p>
        <p>
          <Link to={accountPath(lang)}>{t.accountTitle}</Link>
        </p>
      </div>
    );
  }
  return <>{children(session)}</>;
}

/**
 * A one-time link to hand over, with a copy button when the browser allows it, and whether it
 * was also emailed to the person (`emailed`, when the site sends mail) or why that failed.
 */
export function OneTimeLink({
  email,
  url,
  expiresAt,
  emailed,
  mailError,
}: {
  email: string;
  url: string;
  expiresAt: string;
  emailed?: boolean | undefined;
  mailError?: string | undefined;
}) {
  const { lang, t } = useLang();
  const [copied, setCopied] = useState(false);
  const date = new Date(expiresAt).toLocaleString(lang === 'es' ? 'es' : 'en', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const mail = linkMailNote(lang, { email, emailed, mailError });
  return (
    <div className="one-time-link">
      <h3>{formatMessage(lang, t.linkTitle, { email })}</h3>
      {mail ? (
        <p className={`one-time-link__mail one-time-link__mail--${mail.kind}`}>{mail.text}</p>
      ) : null}
      <p>{formatMessage(lang, t.linkText, { date })}</p>
      <p className="one-time-link__url">
        <code>{url}</code>
      </p>
      {typeof navigator !== 'undefined' && navigator.clipboard ? (
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              void navigator.clipboard.writeText(url).then(() => setCopied(true));
            }}
          >
            {t.linkCopy}
          </button>{' '}
          <span role="status">{copied ? t.linkCopied : ''}</span>
        </p>
      ) : null}
    </div>
  );
}

/** A labelled select with a "Choose…" first option and an error, like Field. */
export function Select({
  id,
  label,
  value,
  error,
  onChange,
  options,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
}) {
  const { t } = useLang();
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        required={placeholder === undefined}
      >
        <option value="">{placeholder ?? t.createUserChoose}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
