/**
 * The users page's panels for school sign-in identities: the form that links one to a user
 * (provider or issuer, and the person's id there) and the confirmation that unlinks it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TUser } from '../../contracts/accounts.ts';
import { Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import type { ApiState } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import {
  checkIdentity,
  identityBody,
  identityFailure,
  issuerHost,
  unlinkFailure,
  type IdentityDraft,
  type IdentityErrors,
  type IdentityField,
} from './identity.ts';
import { Field, FormMessages, Select } from './parts.tsx';
import { apiWrite } from './use-session.ts';

export interface Provider {
  id: string;
  name: string;
}

const identityUrl = (user: TUser) => `/api/v1/users/${encodeURIComponent(user.email)}/identity`;

const FIELD_ID: Record<IdentityField, string> = {
  provider: 'identity-provider',
  issuer: 'identity-issuer',
  subject: 'identity-subject',
};

/**
 * Links a school sign-in identity to a user: the provider (a select of the configured ones, or
 * the issuer URL when there are none) and the person's id there. The heading takes focus when
 * it opens; Escape or Cancel closes it and gives focus back to the button that opened it.
 */
export function LinkIdentityPanel({
  user,
  providers,
  onLinked,
  onStale,
  onCancel,
}: {
  user: TUser;
  providers: ApiState<Provider[]>;
  onLinked: (user: TUser) => void;
  /** The list is out of date (the user is gone, or was linked meanwhile): read it again. */
  onStale: () => void;
  onCancel: () => void;
}) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Without the providers list (an error), the issuer URL field still does the job.
  const list =
    providers.status === 'ok' ? providers.data : providers.status === 'error' ? [] : null;
  return (
    <section
      className="confirm-panel identity-panel"
      aria-labelledby="identity-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="identity-title" ref={heading} tabIndex={-1}>
        {formatMessage(lang, t.identityTitle, { name: user.name })}
      </h2>
      <p>{t.identityIntro}</p>
      {list === null ? (
        <Loading />
      ) : (
        <LinkIdentityForm
          user={user}
          providers={list}
          onLinked={onLinked}
          onStale={onStale}
          onCancel={onCancel}
        />
      )}
    </section>
  );
}

function LinkIdentityForm({
  user,
  providers,
  onLinked,
  onStale,
  onCancel,
}: {
  user: TUser;
  providers: Provider[];
  onLinked: (user: TUser) => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const { lang, t } = useLang();
  const withProviders = providers.length > 0;
  const [draft, setDraft] = useState<IdentityDraft>({
    // The only provider is the one to link.
    provider: providers.length === 1 ? providers[0]!.id : '',
    issuer: '',
    subject: '',
  });
  const [errors, setErrors] = useState<IdentityErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The field to focus once its error is drawn (a new object each time, so it refocuses).
  const [focusOn, setFocusOn] = useState<{ field: IdentityField } | null>(null);
  useEffect(() => {
    if (focusOn) document.getElementById(FIELD_ID[focusOn.field])?.focus();
  }, [focusOn]);

  const fields: IdentityField[] = [withProviders ? 'provider' : 'issuer', 'subject'];
  const update = (field: keyof IdentityDraft, value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkIdentity(t, draft, withProviders);
    setErrors(found);
    setError(null);
    const first = fields.find((field) => found[field]);
    if (first) {
      setFocusOn({ field: first });
      return;
    }
    setBusy(true);
    apiWrite<TUser>('PUT', identityUrl(user), identityBody(draft, withProviders)).then(
      (linked) => onLinked(linked),
      (failure: unknown) => {
        setBusy(false);
        const { field, text, reload } = identityFailure(lang, failure, user);
        if (field && fields.includes(field)) {
          setErrors({ [field]: text });
          setFocusOn({ field });
        } else {
          setError(text);
        }
        if (reload) onStale();
      },
    );
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate>
      <FormMessages error={error} />
      {withProviders ? (
        <Select
          id={FIELD_ID.provider}
          label={t.identityProvider}
          value={draft.provider}
          error={errors.provider}
          onChange={(value) => update('provider', value)}
          options={providers.map((p) => ({ value: p.id, label: p.name }))}
        />
      ) : (
        <Field
          id={FIELD_ID.issuer}
          label={t.identityIssuer}
          hint={t.identityIssuerHint}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={draft.issuer}
          onChange={(event) => update('issuer', event.target.value)}
          error={errors.issuer}
          required
        />
      )}
      <Field
        id={FIELD_ID.subject}
        label={t.identitySubject}
        hint={t.identitySubjectHint}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={draft.subject}
        onChange={(event) => update('subject', event.target.value)}
        error={errors.subject}
        required
      />
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? t.identityBusy : t.identitySubmit}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t.identityCancel}
        </button>
      </p>
    </form>
  );
}

/** Asks before removing a user's linked school sign-in, saying what it changes. */
export function UnlinkIdentityPanel({
  user,
  onDone,
  onFailed,
  onCancel,
}: {
  user: TUser;
  onDone: (user: TUser) => void;
  onFailed: (text: string) => void;
  onCancel: () => void;
}) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const unlink = () => {
    if (busy) return;
    setBusy(true);
    apiWrite<TUser>('DELETE', identityUrl(user)).then(onDone, (failure: unknown) =>
      onFailed(unlinkFailure(t, failure)),
    );
  };

  return (
    <section
      className="confirm-panel"
      aria-labelledby="unlink-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="unlink-title" ref={heading} tabIndex={-1}>
        {formatMessage(lang, t.unlinkTitle, { name: user.name })}
      </h2>
      <p className="confirm-panel__effect">
        {formatMessage(lang, t.unlinkText, {
          name: user.name,
          host: issuerHost(user.linkedIssuer ?? ''),
        })}
      </p>
      <p className="button-row">
        <button type="button" onClick={unlink} disabled={busy}>
          {t.unlinkConfirm}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t.identityCancel}
        </button>
      </p>
    </section>
  );
}
