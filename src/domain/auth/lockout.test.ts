import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  BASE_LOCK_MS,
  isLocked,
  MAX_FAILURES,
  MAX_LOCK_MS,
  type LockState,
} from './lockout.ts';

const now = new Date('2025-01-01T00:00:00Z');

describe('lockout', () => {
  it('locks after MAX_FAILURES failures in a row, for BASE_LOCK_MS', () => {
    let state: LockState = afterSuccess();
    for (let i = 1; i < MAX_FAILURES; i++) {
      state = afterFailure(state, now);
      expect(isLocked(state, now)).toBe(false);
    }
    state = afterFailure(state, now);
    expect(isLocked(state, now)).toBe(true);
    expect(state.lockedUntil!.getTime() - now.getTime()).toBe(BASE_LOCK_MS);
    expect(isLocked(state, new Date(now.getTime() + BASE_LOCK_MS))).toBe(false);
  });

  it('doubles the lock with each further failure, up to a cap', () => {
    const state = afterFailure({ failedCount: MAX_FAILURES, lockedUntil: null }, now);
    expect(state.lockedUntil!.getTime() - now.getTime()).toBe(2 * BASE_LOCK_MS);
    const capped = afterFailure({ failedCount: 40, lockedUntil: null }, now);
    expect(capped.lockedUntil!.getTime() - now.getTime()).toBe(MAX_LOCK_MS);
  });

  it('clears on success', () => {
    expect(afterSuccess()).toEqual({ failedCount: 0, lockedUntil: null });
  });
});
