/**
 * Email + password (+ TOTP for staff who have it) → a database session. Throttled per client
 * address, per email and address, and per email (domain/auth/sign-in-throttle.ts), with the
 * counters in the database; failures are logged; the answer never says which part was wrong,
 * nor whether the email exists. For an account with a second factor, a password without a code
 * is answered "enter your code" whether the password was right or not, and a wrong password or
 * a wrong code with a code is answered alike: only a caller who has the code learns anything.
 */
import { ROLES_REQUIRING_TOTP } from '../../domain/auth/roles.ts';
import {
  accountBackoffUntil,
  ACCOUNT_WINDOW_MS,
  ADDRESS_WINDOW_MS,
  DEFAULT_SIGN_INS_PER_ADDRESS_PER_MINUTE,
  pairLockUntil,
  PAIR_WINDOW_MS,
  throttleKeys,
} from '../../domain/auth/sign-in-throttle.ts';
import { checkTotp } from '../../domain/auth/totp.ts';
import { accountRefusal, type AccountMessage } from '../../domain/auth/account-refusal.ts';
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
  /** Attempts one client address may make a minute (default 30). */
  perAddressPerMinute?: number;
}

export type { SignedIn };

/** Verified against when the email is unknown, so timing does not tell which emails exist. */
let dummyHash: Promise<string> | undefined;

export async function signIn(deps: AccountsDeps, options: SignInOptions): Promise<SignedIn> {
  const now = deps.clock();
  const ip = options.origin.ip ?? 'unknown';
  const keys = throttleKeys(options.email, ip);
  const fail = async (
    reason: string,
    who: UserRecord | undefined,
    field?: string,
    message: AccountMessage = 'signInWrong',
    code: 'unauthenticated' | 'rate_limited' = 'unauthenticated',
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
    throw accountRefusal(code, message, {}, field);
  };

  // Before any password hashing: the address's attempts this minute, then the locks in force.
  const perAddress = options.perAddressPerMinute ?? DEFAULT_SIGN_INS_PER_ADDRESS_PER_MINUTE;
  const address = await deps.throttle.count(keys.address, now, ADDRESS_WINDOW_MS);
  if (address.count > perAddress)
    return fail('rate_limited', undefined, undefined, 'signInRateLimited', 'rate_limited');
  // Keyed by the email as typed: an unknown email locks and answers exactly like a real one.
  if (await deps.throttle.lockedUntil([keys.pair, keys.account], now))
    return fail('locked', undefined, undefined, 'signInLocked');

  const registerFailure = async () => {
    const pair = await deps.throttle.count(keys.pair, now, PAIR_WINDOW_MS);
    const pairLock = pairLockUntil(pair.count, now);
    if (pairLock) await deps.throttle.lock(keys.pair, pairLock);
    const account = await deps.throttle.count(keys.account, now, ACCOUNT_WINDOW_MS);
    const backoff = accountBackoffUntil(account.count, now);
    if (backoff) await deps.throttle.lock(keys.account, backoff);
  };

  const user = await deps.users.findByEmail(options.email);
  if (!user || !user.passwordHash) {
    dummyHash ??= deps.hasher.hash('not a real password, only for timing');
    await deps.hasher.verify(await dummyHash, options.password);
    await registerFailure();
    return fail(user ? 'no_password' : 'unknown_email', user);
  }
  const passwordRight = await deps.hasher.verify(user.passwordHash, options.password);
  const hasTotp = user.totpEnabled && user.totpSecret !== null;
  if (!passwordRight) {
    await registerFailure();
    // With a second factor the answer is the same as for a right password (below).
    if (hasTotp)
      return options.totpCode
        ? fail('bad_password', user, 'totpCode', 'signInWrongWithCode')
        : fail('bad_password', user, 'totpCode', 'codeNeeded');
    return fail('bad_password', user);
  }
  const needsTotp = ROLES_REQUIRING_TOTP.has(user.role);
  let totp: TSession['totp'] = needsTotp ? 'enrol_required' : 'not_required';
  if (hasTotp) {
    if (!options.totpCode) return fail('totp_missing', user, 'totpCode', 'codeNeeded');
    const counter = checkTotp(user.totpSecret!, options.totpCode, now, user.totpLastCounter);
    if (counter === null || !(await deps.users.useTotpCounter(user.id, counter))) {
      await registerFailure();
      return fail('bad_totp', user, 'totpCode', 'signInWrongWithCode');
    }
    totp = 'passed';
  }
  // Only now, so that a disabled account with a second factor answers like any other.
  if (user.disabledAt) return fail('disabled', user);
  await deps.throttle.clear(keys.pair);
  return openSession(deps, user, totp, options.origin);
}
