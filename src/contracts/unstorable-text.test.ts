import { describe, expect, it } from 'vitest';
import { findUnstorable, NUL_MESSAGE, SURROGATE_MESSAGE } from './unstorable-text.ts';

describe('text the database cannot store', () => {
  it('finds a NUL or a lone surrogate anywhere, keys included, and names its path', () => {
    expect(findUnstorable({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({
      path: ['a', 1, 'c'],
      message: NUL_MESSAGE,
    });
    expect(findUnstorable({ 'k\u0000': 1 })).toEqual({ path: ['k\u0000'], message: NUL_MESSAGE });
    expect(findUnstorable(['\ud800'])).toEqual({ path: [0], message: SURROGATE_MESSAGE });
    expect(findUnstorable('x\udc00')).toEqual({ path: [], message: SURROGATE_MESSAGE });
  });

  it('lets every well-formed text through, emoji and accents included', () => {
    expect(findUnstorable({ t: 'Enfermería 🙂', n: 3, z: null, l: ['a'] })).toBeUndefined();
  });
});
