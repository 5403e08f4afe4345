/**
 * Temporary lockout after repeated failed sign-ins. After MAX_FAILURES failures in a row the
 * account is locked for a period that doubles with each further failure, up to a cap.
 */
export const MAX_FAILURES = 5;
export const BASE_LOCK_MS = 15 * 60_000;
export const MAX_LOCK_MS = 24 * 60 * 60_000;

export interface LockState {
  failedCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailure(state: LockState, now: Date): LockState {
  const failedCount = state.failedCount + 1;
  if (failedCount < MAX_FAILURES) return { failedCount, lockedUntil: state.lockedUntil };
  const lockMs = Math.min(BASE_LOCK_MS * 2 ** (failedCount - MAX_FAILURES), MAX_LOCK_MS);
  return { failedCount, lockedUntil: new Date(now.getTime() + lockMs) };
}

export function afterSuccess(): LockState {
  return { failedCount: 0, lockedUntil: null };
}
