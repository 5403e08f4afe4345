/** For tests: the field an AppError names, from a call that must throw one (undefined if none). */
import { expect } from 'vitest';
import { AppError } from '../src/domain/errors.ts';

export function fieldOf(f: () => void): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).field;
  }
  return undefined;
}
