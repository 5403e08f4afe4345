/**
 * Email + password (+ TOTP for staff who have it) → a database session. Failures are counted
 * toward a temporary lockout and logged; the answer never says which part was wrong.
 */
import { afterFailure, afterSuccess, isLocked } from '../../domain/auth/lockout.ts';
import { ROLES_REQUIRING_TOTP } from '../../domain/auth/roles.ts';
import { checkTotp } from '../../domain/auth/totp.ts';
import { AppError } from '../../domain/errors.ts';
import type { UserRecord } from '../../db/user-repository.ts';
import type { TSession } from '../../contracts/accounts.ts';
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import { openSession, type SignedIn } from './open-session.ts';

export interface SignInOptions {
  email: string;
  password: string;
  totpCode?: string | undefined;
  origin: RequestOrigin;
}

export type { SignedIn };

const WRONG = 'Email or password is wrong.';
/** Verified against when the email is unknown, so timing does not tell which emails exist. */
let dummyHash: Promise<string> | undefined;

export async function signIn(deps: AccountsDeps, options: SignInOptions): Promise<SignedIn> {
  const now = deps.clock();
  const user = await deps.users.findByEmail(options.email);
  const fail = async (
    reason: string,
    who: UserRecord | undefined,
    field?: string,
    message = WRONG,
  ): Promise<never> => {
    await audit(
      deps,
      who ? { userId: who.id, role: who.role, districtId: who.districtId } : null,
      {
        action: 'auth.sign_in',
        outcome: 'failed',
        targetType: 'user',
        targetId: who?.id ?? null,
        detail: { reason },
      },
      options.origin,
    );
    throw new AppError('unauthenticated', message, field);
  };
  if (!user || !user.passwordHash) {
    dummyHash ??= deps.hasher.hash('not a real password, only for timing');
    await deps.hasher.verify(await dummyHash, options.password);
    return fail(user ? 'no_password' : 'unknown_email', user);
  }
  if (isLocked(user, now)) {
    return fail(
      'locked',
      user,
      undefined,
      'Too many failed sign-ins: this account is locked for a while. Try again later or ask an admin.',
    );
  }
  const registerFailure = async (reason: string, field?: string) => {
    const next = afterFailure(user, now);
    await deps.users.setLockState(user.id, next.failedCount, next.lockedUntil);
    return fail(
      reason,
      user,
      field,
      field ? 'The second-factor code is wrong or was already used.' : WRONG,
    );
  };
  if (!(await deps.hasher.verify(user.passwordHash, options.password)))
    return registerFailure('bad_password');
  if (user.disabledAt) return fail('disabled', user);

  const needsTotp = ROLES_REQUIRING_TOTP.has(user.role);
  let totp: TSession['totp'] = needsTotp ? 'enrol_required' : 'not_required';
  if (user.totpEnabled && user.totpSecret) {
    if (!options.totpCode)
      return fail(
        'totp_missing',
        user,
        'totpCode',
        'Enter the 6-digit code from your authenticator app.',
      );
    const counter = checkTotp(user.totpSecret, options.totpCode, now, user.totpLastCounter);
    if (counter === null || !(await deps.users.useTotpCounter(user.id, counter)))
      return registerFailure('bad_totp', 'totpCode');
    totp = 'passed';
  }
  const lock = afterSuccess();
  if (user.failedCount !== 0 || user.lockedUntil)
    await deps.users.setLockState(user.id, lock.failedCount, lock.lockedUntil);

  return openSession(deps, user, totp, options.origin);
}
