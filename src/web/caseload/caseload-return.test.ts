import { describe, expect, it } from 'vitest';
import { caseloadReturnPath, placeOf, rememberPlace } from './caseload-return.ts';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

describe('the place in the caseload list', () => {
  it('gives back the list and the student last opened from it', () => {
    const storage = memory();
    rememberPlace({ query: 'signal=no_plan&sort=name', studentId: 's-1' }, storage);
    expect(placeOf('s-1', storage)).toEqual({
      query: 'signal=no_plan&sort=name',
      studentId: 's-1',
    });
    expect(placeOf(undefined, storage)?.studentId).toBe('s-1');
    rememberPlace({ query: '', studentId: 's-2' }, storage);
    expect(placeOf('s-1', storage)).toBeUndefined();
    expect(placeOf('s-2', storage)).toEqual({ query: '', studentId: 's-2' });
  });

  it('has no place when nothing, or something of another shape, is stored', () => {
    const storage = memory();
    expect(placeOf('s-1', storage)).toBeUndefined();
    for (const bad of [
      'not json',
      '42',
      '{"query":1,"studentId":"s-1"}',
      '{"query":"","studentId":""}',
    ]) {
      storage.items.set('wayfinder.caseload.place', bad);
      expect(placeOf(undefined, storage)).toBeUndefined();
    }
    expect(placeOf('s-1', undefined)).toBeUndefined();
  });

  it('survives a storage that refuses writes', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberPlace({ query: '', studentId: 's' }, refusing)).not.toThrow();
  });

  it('links back to the filtered list in the page language', () => {
    expect(caseloadReturnPath('en', { query: 'grade=10&sort=name', studentId: 's' })).toBe(
      '/caseload?grade=10&sort=name',
    );
    expect(caseloadReturnPath('es', { query: 'q=ana', studentId: 's' })).toBe('/es/caseload?q=ana');
    expect(caseloadReturnPath('es', { query: '', studentId: 's' })).toBe('/es/caseload');
    expect(caseloadReturnPath('en', undefined)).toBe('/caseload');
  });
});
