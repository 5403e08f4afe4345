import { describe, expect, it } from 'vitest';
import { aliasBook, shortestWithEvery } from './alias-book.ts';
import { tokenize } from './text.ts';

const book = (...aliases: string[]) =>
  aliasBook(
    aliases.map((alias) => ({ alias, key: tokenize(alias).join(' '), tokens: tokenize(alias) })),
    (word) => word,
  );
/** Query words matched by prefix, as the index's `exact` matches are. */
const prefixes =
  (...words: string[]) =>
  (word: string) =>
    words.map((w) => word.startsWith(w));

describe('shortestWithEvery', () => {
  const names = book('Staff Registered Nurse', 'RN', 'Registered Nurse', 'Nurse Staff RN');
  it('finds the shortest name holding every query word', () => {
    expect(shortestWithEvery(names, prefixes('nurse', 'reg'))).toBe('Registered Nurse');
    expect(shortestWithEvery(names, prefixes('nurse'))).toBe('Nurse Staff RN');
    expect(shortestWithEvery(names, prefixes('staff', 'rn'))).toBe('Nurse Staff RN');
    expect(shortestWithEvery(names, prefixes('rn'))).toBe('RN');
  });
  it('keeps the given order among names of one length', () => {
    const same = book('Cook Aide', 'Aide Cook');
    expect(shortestWithEvery(same, prefixes('aide', 'cook'))).toBe('Cook Aide');
  });
  it('lets one word of a name answer two query words', () => {
    expect(shortestWithEvery(names, prefixes('nurse', 'nur'))).toBe('Nurse Staff RN');
  });
  it('finds nothing when a query word is in no name, or no name has them all', () => {
    expect(shortestWithEvery(names, prefixes('nurse', 'welder'))).toBeUndefined();
    expect(shortestWithEvery(book('Welder', 'Nurse'), prefixes('nurse', 'welder'))).toBeUndefined();
    expect(shortestWithEvery(names, prefixes())).toBeUndefined();
  });
});
