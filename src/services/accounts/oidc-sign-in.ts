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
    message: string,
  ) {
    super('unauthenticated', message);
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
  const fail = async (reason: OidcRefusal, who: UserRecord | undefined, message: string) => {
    await failedOidcSignIn(deps, {
      provider: provider.id,
      reason,
      user: who,
      subject: identity.subject,
      origin,
    });
    // The person's id at the provider, so an administrator can link it to their account by hand.
    const linkHint = who
      ? ''
      : ` Your ${provider.name} sign-in id is ${identity.subject}: an administrator can link it to your Wayfinder account.`;
    throw new OidcRefused(reason, who ? null : identity.subject, `${message}${linkHint}`);
  };
  let user = await deps.users.findByExternalId(identity.issuer, identity.subject);
  if (!user) {
    if (!identity.email)
      return fail(
        'no_email',
        undefined,
        `${provider.name} did not share an email address, and no Wayfinder account is linked to this ${provider.name} account. Ask your administrator.`,
      );
    if (!identity.emailVerified)
      return fail(
        'unverified_email',
        undefined,
        `${provider.name} has not verified the email ${identity.email}, so it cannot be used to sign in. Verify it with ${provider.name}, or sign in with your password.`,
      );
    user = await deps.users.findByEmail(identity.email);
    if (!user)
      return fail(
        'unknown_email',
        undefined,
        `No Wayfinder account uses the email ${identity.email}. Ask your administrator to create one; accounts are not created at sign-in.`,
      );
    if (user.oidcSubject !== null)
      return fail(
        'linked_elsewhere',
        user,
        `Your Wayfinder account is linked to another sign-in identity. Sign in with that one, or ask your administrator.`,
      );
    if (!(await deps.users.linkExternalId(user.id, identity.issuer, identity.subject)))
      return fail('link_race', user, 'Sign-in failed: try again.');
  }
  if (user.disabledAt)
    return fail('disabled', user, 'This account is disabled. Ask your administrator.');

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
