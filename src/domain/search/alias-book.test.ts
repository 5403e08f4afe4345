import { describe, expect, it } from 'vitest';
import { aliasBook, shortestHaving, shortestWithEvery } from './alias-book.ts';
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

describe('shortestHaving', () => {
  const names = book('Staff Registered Nurse', 'RN', 'Registered Nurse', 'Nurse Staff RN');
  /** Whether the book's word at a place starts with query word i. */
  const starts =
    (...words: string[]) =>
    (place: number, i: number) =>
      names.words[place]!.startsWith(words[i]!);
  it('answers from flags by place, as shortestWithEvery does from flags by word', () => {
    expect(shortestHaving(names, 2, starts('nurse', 'reg'))).toBe('Registered Nurse');
    expect(shortestHaving(names, 2, starts('staff', 'rn'))).toBe('Nurse Staff RN');
    expect(shortestHaving(names, 2, starts('nurse', 'welder'))).toBeUndefined();
    expect(shortestHaving(names, 0, () => true)).toBeUndefined();
  });
  it('gives each -ing word of the names its base words as keys', () => {
    const welding = book('Welding Operator', 'Welder');
    expect(welding.ings[welding.words.indexOf('welding')]).toContain('weld');
    expect(welding.ings[welding.words.indexOf('welder')]).toEqual([]);
  });
});
