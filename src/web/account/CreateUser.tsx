/** The users page's form that creates an account and shows its one-time link. */
import { useState, type FormEvent } from 'react';
import type { TOrg, TUser } from '../../contracts/accounts.ts';
import { ROLE_ORG_KIND, ROLES, type Role } from '../../domain/auth/roles.ts';
import { ApiError } from '../api.ts';
import { en, messages, type Messages } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { Field, FormMessages, Select, errorText, roleLabel } from './parts.tsx';
import { apiWrite } from './use-session.ts';

/** A one-time link as the API gives it (`emailed`/`mailError` only when the site sends mail). */
export interface LinkAnswer {
  url: string;
  expiresAt: string;
  emailed?: boolean;
  mailError?: string;
}

export interface IssuedLink extends LinkAnswer {
  email: string;
}

/**
 * A refusal of the new user, beside its field: the API's own words when they are in the page's
 * language; else, on a Spanish page, an address already taken said so, anything else by its kind
 * (error-text.ts).
 */
export function fieldErrorText(t: Messages, failure: unknown): string {
  if (t === en || !(failure instanceof ApiError) || t === messages[failure.lang])
    return errorText(t, failure);
  if (failure.status === 409 && failure.field === 'email') return t.errorEmailTaken;
  return errorText(t, failure);
}

export function CreateUser({
  orgs,
  onCreated,
}: {
  orgs: TOrg[];
  onCreated: (link: IssuedLink) => void;
}) {
  const { t } = useLang();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [orgId, setOrgId] = useState('');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
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
    apiWrite<{ user: TUser; link: LinkAnswer }>('POST', '/api/v1/users', {
      name: name.trim(),
      email: email.trim(),
      role,
      orgId,
      // Only a student has given and family names on record.
      ...(role === 'student' && givenName.trim() ? { givenName: givenName.trim() } : {}),
      ...(role === 'student' && familyName.trim() ? { familyName: familyName.trim() } : {}),
    }).then(
      (created) => {
        setBusy(false);
        setName('');
        setEmail('');
        setRole('');
        setOrgId('');
        setGivenName('');
        setFamilyName('');
        onCreated({ email: created.user.email, ...created.link });
      },
      (failure: unknown) => {
        setBusy(false);
        const text = fieldErrorText(t, failure);
        if (failure instanceof ApiError && failure.field) setErrors({ [failure.field]: text });
        setError(text);
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
        {role === 'student' ? (
          <>
            <Field
              id="create-user-given-name"
              label={t.createUserGivenName}
              hint={t.createUserNamesHint}
              value={givenName}
              autoComplete="off"
              onChange={(event) => setGivenName(event.target.value)}
              error={errors.givenName}
            />
            <Field
              id="create-user-family-name"
              label={t.createUserFamilyName}
              value={familyName}
              autoComplete="off"
              onChange={(event) => setFamilyName(event.target.value)}
              error={errors.familyName}
            />
          </>
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            {t.createUserSubmit}
          </button>
        </p>
      </form>
    </section>
  );
}
