/** Setting up a TOTP second factor: start (a new secret, shown once) then confirm with a code. */
import { afterFailure, isLocked } from '../../domain/auth/lockout.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import { checkTotp, totpSecretFromBytes, totpUri } from '../../domain/auth/totp.ts';
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export async function startTotp(
  deps: AccountsDeps,
  actor: Actor,
): Promise<{ secret: string; uri: string }> {
  const user = await deps.users.findById(actor.userId);
  if (!user) throw accountRefusal('not_found', 'accountGone');
  if (user.totpEnabled) throw accountRefusal('conflict', 'totpAlreadySet');
  const secret = totpSecretFromBytes(deps.secrets.bytes(20));
  await deps.users.setTotp(user.id, secret, false);
  return { secret, uri: totpUri(secret, user.email) };
}

export async function confirmTotp(
  deps: AccountsDeps,
  options: { actor: Actor; code: string; tokenHash: string; origin?: RequestOrigin },
): Promise<void> {
  const user = await deps.users.findById(options.actor.userId);
  if (!user?.totpSecret || user.totpEnabled) throw accountRefusal('conflict', 'totpStartFirst');
  const counter = checkTotp(user.totpSecret, options.code, deps.clock(), null);
  if (counter === null) throw accountRefusal('invalid', 'totpWrongCheckTime', {}, 'code');
  await deps.users.setTotp(user.id, user.totpSecret, true);
  await deps.users.useTotpCounter(user.id, counter);
  await deps.sessions.setTotpPassed(options.tokenHash);
  await audit(
    deps,
    options.actor,
    { action: 'auth.totp_enrol', outcome: 'ok', targetType: 'user', targetId: user.id },
    options.origin,
  );
}

/**
 * The second step of a sign-in that did not take a code (OpenID Connect): a code from the
 * authenticator app marks the session as having passed the second factor. A wrong code counts
 * toward the lockout like a wrong password.
 */
export async function verifyTotp(
  deps: AccountsDeps,
  options: { actor: Actor; code: string; tokenHash: string; origin?: RequestOrigin },
): Promise<void> {
  const user = await deps.users.findById(options.actor.userId);
  if (!user?.totpEnabled || !user.totpSecret) throw accountRefusal('conflict', 'totpNotSet');
  const now = deps.clock();
  if (isLocked(user, now)) throw accountRefusal('unauthenticated', 'totpLocked');
  const counter = checkTotp(user.totpSecret, options.code, now, user.totpLastCounter);
  if (counter === null || !(await deps.users.useTotpCounter(user.id, counter))) {
    const next = afterFailure(user, now);
    await deps.users.setLockState(user.id, next.failedCount, next.lockedUntil);
    await audit(
      deps,
      options.actor,
      {
        action: 'auth.totp_verify',
        outcome: 'failed',
        targetType: 'user',
        targetId: user.id,
      },
      options.origin,
    );
    throw accountRefusal('invalid', 'totpWrongOrUsed', {}, 'code');
  }
  if (user.failedCount !== 0 || user.lockedUntil) await deps.users.setLockState(user.id, 0, null);
  await deps.sessions.setTotpPassed(options.tokenHash);
  await audit(
    deps,
    options.actor,
    { action: 'auth.totp_verify', outcome: 'ok', targetType: 'user', targetId: user.id },
    options.origin,
  );
}
