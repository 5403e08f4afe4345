/**
 * Sign-in throttling, as rules over counters (the counters live in the database, shared by every
 * app instance). Three counters, all keyed by what the caller sends, never by whether the
 * account exists, so an unknown email and a real one are throttled and answered alike:
 *
 * - per client address: at most `perAddressPerMinute` attempts a minute, wrong or right, so one
 *   address cannot make the server hash passwords at 100+/s (refused before any hashing, 429);
 * - per email and address: after PAIR_MAX_FAILURES failures in a row that pair is locked for
 *   PAIR_BASE_LOCK_MS, doubling with each further failure up to PAIR_MAX_LOCK_MS. Only the
 *   attacker's address is locked out: the owner, elsewhere, signs in as usual;
 * - per email, from every address: past ACCOUNT_FREE_FAILURES failures within
 *   ACCOUNT_WINDOW_MS, each further failure makes the email wait a short backoff (1 s doubling,
 *   at most ACCOUNT_MAX_BACKOFF_MS), which slows a guess spread over many addresses to a crawl
 *   while keeping the owner out for at most a minute.
 *
 * A success clears the pair's counter.
 */
export const PAIR_MAX_FAILURES = 5;
export const PAIR_BASE_LOCK_MS = 15 * 60_000;
export const PAIR_MAX_LOCK_MS = 24 * 60 * 60_000;
export const PAIR_WINDOW_MS = 24 * 60 * 60_000;
export const ACCOUNT_FREE_FAILURES = 20;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_MAX_BACKOFF_MS = 60_000;
export const ADDRESS_WINDOW_MS = 60_000;
export const DEFAULT_SIGN_INS_PER_ADDRESS_PER_MINUTE = 30;

export const throttleKeys = (email: string, ip: string) => {
  const who = email.trim().toLowerCase();
  return { address: `ip:${ip}`, pair: `pair:${who}|${ip}`, account: `acct:${who}` };
};

/** Until when a pair is locked after its `failures`-th failure in a row (null: not locked). */
export function pairLockUntil(failures: number, now: Date): Date | null {
  if (failures < PAIR_MAX_FAILURES) return null;
  const ms = Math.min(PAIR_BASE_LOCK_MS * 2 ** (failures - PAIR_MAX_FAILURES), PAIR_MAX_LOCK_MS);
  return new Date(now.getTime() + ms);
}

/** Until when an email waits after its `failures`-th failure within the window (null: no wait). */
export function accountBackoffUntil(failures: number, now: Date): Date | null {
  if (failures <= ACCOUNT_FREE_FAILURES) return null;
  const ms = Math.min(1000 * 2 ** (failures - ACCOUNT_FREE_FAILURES - 1), ACCOUNT_MAX_BACKOFF_MS);
  return new Date(now.getTime() + ms);
}

export const lockedAt = (lockedUntil: Date | null | undefined, now: Date): boolean =>
  !!lockedUntil && lockedUntil.getTime() > now.getTime();
