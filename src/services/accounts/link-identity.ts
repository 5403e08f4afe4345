/**
 * An administrator links a school sign-in identity (OpenID Connect issuer + subject) to an
 * account by hand, or removes the link. For providers whose email cannot be trusted to match
 * (Microsoft Entra sends no `email_verified`) this is how staff and students sign in with them:
 * the admin copies the subject ("object id") from the provider's directory. Logged.
 */
import type { TUser } from '../../contracts/accounts.ts';
import { auditCaller, authorizeCaller, type Caller } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { presentUser } from './present.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export interface IdentityInput {
  email: string;
  /** The provider's issuer URL, exactly as it appears in its id tokens. */
  issuer: string;
  /** The provider's stable id of the person (the id token's `sub`). */
  subject: string;
}

const MAX = 255;

function check(input: IdentityInput): void {
  let url: URL | undefined;
  try {
    url = new URL(input.issuer);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || input.issuer.length > MAX)
    throw accountRefusal('invalid', 'issuerUrl', {}, 'issuer');
  if (!input.subject.trim() || input.subject.length > MAX || /\s/.test(input.subject))
    throw accountRefusal('invalid', 'subjectId', {}, 'subject');
}

async function findUser(deps: AccountsDeps, caller: Caller, email: string) {
  const user = await deps.users.findByEmail(email.toLowerCase());
  if (!user) throw accountRefusal('not_found', 'noUserEmail', { email }, 'email');
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'user',
    id: user.id,
    districtId: user.districtId,
  });
  return user;
}

export async function linkIdentity(
  deps: AccountsDeps,
  caller: Caller,
  input: IdentityInput,
): Promise<TUser> {
  check(input);
  const user = await findUser(deps, caller, input.email);
  const holder = await deps.users.findByExternalId(input.issuer, input.subject);
  if (holder && holder.id !== user.id)
    throw accountRefusal('conflict', 'identityTaken', { email: holder.email }, 'subject');
  if (holder) return presentUser(user);
  if (user.oidcSubject !== null)
    throw accountRefusal('conflict', 'accountLinked', { email: user.email }, 'email');
  await deps.users.setExternalId(user.id, input.issuer, input.subject);
  await auditCaller(deps, caller, {
    action: 'user.link_identity',
    targetType: 'user',
    targetId: user.id,
    districtId: user.districtId,
    detail: { issuer: input.issuer },
  });
  return presentUser((await deps.users.findById(user.id))!);
}

export async function unlinkIdentity(
  deps: AccountsDeps,
  caller: Caller,
  input: { email: string },
): Promise<TUser> {
  const user = await findUser(deps, caller, input.email);
  if (user.oidcSubject === null) return presentUser(user);
  await deps.users.setExternalId(user.id, null, null);
  await auditCaller(deps, caller, {
    action: 'user.unlink_identity',
    targetType: 'user',
    targetId: user.id,
    districtId: user.districtId,
    detail: { issuer: user.oidcIssuer },
  });
  return presentUser((await deps.users.findById(user.id))!);
}
