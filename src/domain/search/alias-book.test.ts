import { describe, expect, it } from 'vitest';
import { aliasBook, shortestHaving, someNameWith } from './alias-book.ts';
import { tokenize } from './text.ts';

const book = (...aliases: string[]) =>
  aliasBook(
    aliases.map((alias) => ({ alias, key: tokenize(alias).join(' '), tokens: tokenize(alias) })),
    (word) => word,
  );
describe('someNameWith', () => {
  const names = book('Staff Registered Nurse', 'RN', 'Registered Nurse', 'Nurse Staff RN');
  const words = (...list: string[][]) => list.map((tokens) => ({ tokens, keys: [] }));
  it('says whether one name holds a word of each query word', () => {
    expect(someNameWith(names, words(['nurse'], ['registered']))).toBe(true);
    expect(someNameWith(names, words(['staff'], ['rn']))).toBe(true);
    expect(someNameWith(names, words(['rn'], ['registered']))).toBe(false);
    expect(someNameWith(names, words(['welder', 'nurse'], ['rn']))).toBe(true);
  });
  it('leaves out the names of those who teach the work when only doers count', () => {
    const repair = book('Computer Repair Instructor', 'Welding Teacher', 'Welding Repairer');
    const fixing = words(['computer'], ['repair']);
    expect(someNameWith(repair, fixing)).toBe(true);
    expect(someNameWith(repair, fixing, true)).toBe(false);
    expect(someNameWith(repair, words(['welding']), true)).toBe(true);
    // The teacher is the person a name ends on, not a word before it.
    expect(someNameWith(book('Teacher Aide'), words(['teacher']), true)).toBe(true);
    expect(repair.teaching).toEqual(new Set([0, 2])); // shortest first
  });
  it('lets one word of a name answer two query words', () => {
    expect(someNameWith(names, words(['nurse'], ['nurse']))).toBe(true);
  });
  it('finds nothing when a query word is in no name, or no name has them all', () => {
    expect(someNameWith(names, words(['nurse'], ['welder']))).toBe(false);
    expect(someNameWith(book('Welder', 'Nurse'), words(['nurse'], ['welder']))).toBe(false);
    expect(someNameWith(names, [])).toBe(false);
  });
  it("matches keys against each word's key and the base of an -ing word", () => {
    const welding = book('Welding Operator', 'Welder');
    expect(someNameWith(welding, [{ tokens: [], keys: ['weld'] }])).toBe(true);
    expect(
      someNameWith(welding, [
        { tokens: [], keys: ['weld'] },
        { tokens: ['welder'], keys: [] },
      ]),
    ).toBe(false);
  });
});

describe('shortestHaving', () => {
  const names = book('Staff Registered Nurse', 'RN', 'Registered Nurse', 'Nurse Staff RN');
  /** Whether the book's word at a place starts with query word i. */
  const starts =
    (...words: string[]) =>
    (place: number, i: number) =>
      names.words[place]!.startsWith(words[i]!);
  it('answers from flags by place', () => {
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
