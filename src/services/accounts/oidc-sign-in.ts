/**
 * Sign-in with an OpenID Connect provider, after the provider's answer has been verified: find
 * the account by the linked external id (issuer + subject), else by a verified email (and link
 * the identity to it for next time). Unknown or unverified identities are refused: accounts are
 * never created here. Staff who use a second factor must still give a TOTP code afterwards.
 */
import type { TSession } from '../../contracts/accounts.ts';
import { ROLES_REQUIRING_TOTP } from '../../domain/auth/roles.ts';
import { AppError } from '../../domain/errors.ts';
import type { UserRecord } from '../../db/user-repository.ts';
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import type { OidcIdentity } from './oidc-client.ts';
import { openSession, type SignedIn } from './open-session.ts';
import { accountText, type AccountMessage } from '../../domain/auth/account-refusal.ts';
import type { Lang } from '../../domain/framework.ts';
import type { MessageValues } from '../../domain/i18n/message.ts';

/** Reasons a provider sign-in is refused; the web sign-in page words each one. */
export const OIDC_REFUSALS = [
  'no_email',
  'unverified_email',
  'unknown_email',
  'linked_elsewhere',
  'link_race',
  'disabled',
  'not_verified',
] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

/** A refused provider sign-in: why, and the person's id at the provider when no account matched. */
export class OidcRefused extends AppError {
  constructor(
    readonly reason: OidcRefusal,
    readonly subject: string | null,
    texts: { en: string; es: string },
  ) {
    super('unauthenticated', texts.en, undefined, { es: texts.es });
  }
}

export async function signInWithOidc(
  deps: AccountsDeps,
  options: {
    provider: { id: string; name: string };
    identity: OidcIdentity;
    origin: RequestOrigin;
  },
): Promise<SignedIn> {
  const { provider, identity, origin } = options;
  const fail = async (
    reason: OidcRefusal,
    who: UserRecord | undefined,
    key: AccountMessage,
    values: MessageValues = {},
  ) => {
    await failedOidcSignIn(deps, {
      provider: provider.id,
      reason,
      user: who,
      subject: identity.subject,
      origin,
    });
    // The person's id at the provider, so an administrator can link it to their account by hand.
    const say = (lang: Lang) =>
      accountText(lang, key, { provider: provider.name, ...values }) +
      (who
        ? ''
        : accountText(lang, 'oidcLinkHint', {
            provider: provider.name,
            subject: identity.subject,
          }));
    throw new OidcRefused(reason, who ? null : identity.subject, { en: say('en'), es: say('es') });
  };
  let user = await deps.users.findByExternalId(identity.issuer, identity.subject);
  if (!user) {
    if (!identity.email) return fail('no_email', undefined, 'oidcNoEmail');
    if (!identity.emailVerified)
      return fail('unverified_email', undefined, 'oidcUnverifiedEmail', { email: identity.email });
    user = await deps.users.findByEmail(identity.email);
    if (!user)
      return fail('unknown_email', undefined, 'oidcUnknownEmail', { email: identity.email });
    if (user.oidcSubject !== null) return fail('linked_elsewhere', user, 'oidcLinkedElsewhere');
    if (!(await deps.users.linkExternalId(user.id, identity.issuer, identity.subject)))
      return fail('link_race', user, 'oidcRetry');
  }
  if (user.disabledAt) return fail('disabled', user, 'oidcDisabled');

  let totp: TSession['totp'] = ROLES_REQUIRING_TOTP.has(user.role)
    ? 'enrol_required'
    : 'not_required';
  if (user.totpEnabled && user.totpSecret) totp = 'code_required';
  return openSession(deps, user, totp, origin, { method: 'oidc', provider: provider.id });
}

/** Logs a refused provider sign-in (also when the provider's answer itself did not check out). */
export async function failedOidcSignIn(
  deps: AccountsDeps,
  options: {
    provider: string;
    reason: string;
    user?: UserRecord | undefined;
    /** The person's id at the provider, when the provider vouched for one. */
    subject?: string | undefined;
    origin: RequestOrigin;
  },
): Promise<void> {
  const who = options.user;
  await audit(
    deps,
    who ? { userId: who.id, role: who.role, districtId: who.districtId } : null,
    {
      action: 'auth.sign_in',
      outcome: 'failed',
      targetType: 'user',
      targetId: who?.id ?? null,
      detail: {
        method: 'oidc',
        provider: options.provider,
        reason: options.reason,
        ...(options.subject ? { subject: options.subject } : {}),
      },
    },
    options.origin,
  );
}
