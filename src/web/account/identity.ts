/**
 * The rules of the users page that need no browser: the label of a linked school sign-in
 * (the issuer's host name, since the providers list names no issuers), the checks of the form
 * that links one, the page-language text and field of each refusal of the identity API, and
 * what to say about a one-time link that was (or could not be) emailed.
 */
import { ApiError } from '../api.ts';
import { errorText } from '../error-text.ts';
import type { TLang } from '../../contracts/framework.ts';
import { formatMessage, messages, type Messages } from '../i18n.ts';

/** The host name of an issuer URL (`login.microsoftonline.com`); the text itself if it is no URL. */
export function issuerHost(issuer: string): string {
  try {
    return new URL(issuer).host || issuer;
  } catch {
    return issuer;
  }
}

/** "Linked" with the issuer's host, or "Not linked". */
export function signInLabel(
  t: Messages,
  linkedIssuer: string | null,
): { linked: boolean; text: string; host: string | null } {
  if (linkedIssuer === null) return { linked: false, text: t.usersNotLinked, host: null };
  return { linked: true, text: t.usersLinked, host: issuerHost(linkedIssuer) };
}

export type IdentityField = 'provider' | 'issuer' | 'subject';
export type IdentityErrors = Partial<Record<IdentityField, string>>;

export interface IdentityDraft {
  /** A configured provider's id; used when the site has providers. */
  provider: string;
  /** The issuer URL; used when the site has none. */
  issuer: string;
  subject: string;
}

/** Whether a text is an http(s) URL, as the API requires of an issuer. */
function isIssuerUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The form's own checks, before asking the server: an error per field, in order. */
export function checkIdentity(
  t: Messages,
  draft: IdentityDraft,
  withProviders: boolean,
): IdentityErrors {
  const errors: IdentityErrors = {};
  if (withProviders) {
    if (!draft.provider) errors.provider = t.identityErrorProvider;
  } else if (!draft.issuer.trim()) {
    errors.issuer = t.identityErrorIssuerRequired;
  } else if (!isIssuerUrl(draft.issuer.trim())) {
    errors.issuer = t.identityErrorIssuer;
  }
  const subject = draft.subject.trim();
  if (!subject) errors.subject = t.identityErrorSubjectRequired;
  else if (/\s/.test(subject) || subject.length > 255) errors.subject = t.identityErrorSubject;
  return errors;
}

/** The body of `PUT /api/v1/users/:email/identity` for a checked draft. */
export function identityBody(
  draft: IdentityDraft,
  withProviders: boolean,
): { provider: string; subject: string } | { issuer: string; subject: string } {
  const subject = draft.subject.trim();
  return withProviders
    ? { provider: draft.provider, subject }
    : { issuer: draft.issuer.trim(), subject };
}

/**
 * A refusal of the identity API in the page's language: the field it belongs next to (null for
 * the whole form) and its text; `reload` when the list is out of date and should be read again.
 */
export function identityFailure(
  lang: TLang,
  error: unknown,
  user: { name: string },
): { field: IdentityField | null; text: string; reload: boolean } {
  const t = messages[lang];
  const whole = (text: string, reload = false) => ({ field: null, text, reload });
  if (!(error instanceof ApiError)) return whole(errorText(t, error));
  const { status, field } = error;
  if (status === 0) return whole(t.errorNetwork);
  if (status === 401) return whole(t.errorSessionEnded);
  if (status === 403) return whole(t.identityErrorRefused);
  if (status === 400 && field === 'subject')
    return { field: 'subject', text: t.identityErrorSubject, reload: false };
  if (status === 400 && field === 'issuer')
    return { field: 'issuer', text: t.identityErrorIssuer, reload: false };
  if (status === 400 && field === 'provider')
    return { field: 'provider', text: t.identityErrorProvider, reload: false };
  if (status === 404 && field === 'provider')
    return { field: 'provider', text: t.identityErrorProviderGone, reload: false };
  if (status === 404) return whole(t.identityErrorUserGone, true);
  if (status === 409 && field === 'subject') {
    // The API names the account that holds the identity: "… another account (x@y.org). …"
    const holder = /\(([^()\s]+@[^()\s]+)\)/.exec(error.message)?.[1];
    return {
      field: 'subject',
      text: holder
        ? formatMessage(lang, t.identityErrorTaken, { email: holder })
        : t.identityErrorTakenOther,
      reload: false,
    };
  }
  if (status === 409)
    return whole(formatMessage(lang, t.identityErrorAlreadyLinked, { name: user.name }), true);
  return whole(errorText(t, error));
}

/** An unlink refused by the API, in the page's language. */
export function unlinkFailure(t: Messages, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t.errorNetwork;
    if (error.status === 401) return t.errorSessionEnded;
    if (error.status === 403) return t.identityErrorRefused;
    if (error.status === 404) return t.identityErrorUserGone;
  }
  return errorText(t, error);
}

/**
 * Why a link could not be emailed, in the page's language when the API's reason is one of the
 * known ones (`services/accounts/mailer.ts` mailFailure); otherwise as the API gave it.
 */
export function mailReason(lang: TLang, reason: string | undefined): string {
  const t = messages[lang];
  if (!reason) return t.mailUnreachable;
  const answered = /^the mail server answered (\d{3})$/.exec(reason);
  if (answered) return formatMessage(lang, t.mailAnswered, { code: answered[1]! });
  const unreachable = /^the mail server could not be reached(?: \(([A-Za-z0-9_-]{1,40})\))?$/.exec(
    reason,
  );
  if (unreachable)
    return unreachable[1]
      ? formatMessage(lang, t.mailUnreachableCode, { code: unreachable[1] })
      : t.mailUnreachable;
  return reason;
}

/**
 * What to say about emailing a one-time link: sent to the person, could not be sent (with why),
 * or nothing when the site does not email links.
 */
export function linkMailNote(
  lang: TLang,
  link: { email: string; emailed?: boolean | undefined; mailError?: string | undefined },
): { kind: 'emailed' | 'failed'; text: string } | null {
  const t = messages[lang];
  if (link.emailed === true)
    return { kind: 'emailed', text: formatMessage(lang, t.linkEmailed, { email: link.email }) };
  if (link.emailed === false)
    return {
      kind: 'failed',
      text: formatMessage(lang, t.linkNotEmailed, { reason: mailReason(lang, link.mailError) }),
    };
  return null;
}
