/**
 * A refused provider sign-in, as the server's callback reports it to the sign-in page
 * (`?oidc_error=…&provider=…&sign_in_id=…`), and its wording in the page language.
 */
import type { TLang } from '../../contracts/framework.ts';
import { formatMessage, messages, type Messages } from '../i18n.ts';

export const OIDC_REFUSAL_KEYS = {
  no_email: 'oidcRefusedNoEmail',
  unverified_email: 'oidcRefusedUnverified',
  unknown_email: 'oidcRefusedUnknown',
  linked_elsewhere: 'oidcRefusedLinkedElsewhere',
  disabled: 'oidcRefusedDisabled',
  link_race: 'oidcRefusedFailed',
  not_verified: 'oidcRefusedFailed',
} as const satisfies Record<string, keyof Messages>;

export type OidcRefusalReason = keyof typeof OIDC_REFUSAL_KEYS;

export interface OidcRefusalNotice {
  reason: OidcRefusalReason;
  provider: string;
  /** The person's id at the provider, to give to an administrator. */
  signInId: string | null;
}

/** The refusal the address reports, or null; unknown reasons read as a failed sign-in. */
export function readOidcRefusal(params: URLSearchParams): OidcRefusalNotice | null {
  const reason = params.get('oidc_error');
  if (!reason) return null;
  const id = params.get('sign_in_id');
  return {
    reason: Object.hasOwn(OIDC_REFUSAL_KEYS, reason)
      ? (reason as OidcRefusalReason)
      : 'not_verified',
    provider: (params.get('provider') ?? '').slice(0, 60),
    signInId: id && id.length <= 255 ? id : null,
  };
}

/** The sentences to show: why, then (when no account matched) the id to give an administrator. */
export function oidcRefusalText(
  lang: TLang,
  notice: OidcRefusalNotice,
  providerName: string,
): string[] {
  const t = messages[lang];
  const name = providerName || notice.provider || t.oidcRefusedSomeProvider;
  const lines = [formatMessage(lang, t[OIDC_REFUSAL_KEYS[notice.reason]], { provider: name })];
  if (notice.signInId)
    lines.push(formatMessage(lang, t.oidcRefusedSignInId, { provider: name, id: notice.signInId }));
  return lines;
}
