import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnstorable, NUL_MESSAGE, SURROGATE_MESSAGE, unstorable } from './unstorable-text.ts';

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

  it('looks at short texts (read by hand) and long ones (by a regex) alike, at any position', () => {
    for (const length of [1, 5, 32, 33, 80]) {
      for (let at = 0; at < length; at++) {
        for (const bad of ['\u0000', '\ud800', '\udfff']) {
          const text = 'x'.repeat(at) + bad + 'x'.repeat(length - at - 1);
          expect(findUnstorable({ [text]: 1 })?.path, `key of ${length} at ${at}`).toEqual([text]);
          expect(findUnstorable({ k: text })?.path, `text of ${length} at ${at}`).toEqual(['k']);
        }
      }
      const fine = 'é🙂'.repeat(length);
      expect(findUnstorable({ [fine]: fine })).toBeUndefined();
    }
  });
});

describe('findUnstorable on any value', () => {
  // Mostly well-formed text, with NULs and halves of surrogate pairs now and then.
  const unit = fc.constantFrom('a', 'é', '🙂', '\u0000', '\ud83d', '\ude42', 'b', 'c', 'd', 'e');
  const text = fc.string({ unit, maxLength: 4 });
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      // Up to 8 keys: objects of more than 4 have their keys scanned joined.
      fc.dictionary(text, tie('node'), { maxKeys: 8 }),
    ),
  })).node;
  const strings = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === 'object'
          ? Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)])
          : [];
  const at = (v: unknown, path: (string | number)[]): unknown =>
    path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], v);

  it('finds something exactly when a string or key cannot be stored, and its path leads there', () => {
    fc.assert(
      fc.property(value, (v) => {
        const found = findUnstorable(v);
        const bad = strings(v).filter((s) => unstorable(s) !== undefined);
        expect(found === undefined).toBe(bad.length === 0);
        if (!found) return;
        const last = found.path.at(-1);
        const target = at(v, found.path);
        // The path names a key that cannot be stored (keys are looked at before their values),
        // or else a string value that cannot.
        const named = typeof last === 'string' && unstorable(last) ? last : target;
        expect(typeof named).toBe('string');
        expect(unstorable(named as string)).toBe(found.message);
      }),
      { numRuns: 2000 },
    );
  });
});
