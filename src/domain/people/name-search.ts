/**
 * How a counselor's search box matches a person's name as the SIS wrote it. Accents, case and
 * the Unicode form do not matter ("jose" finds José stored as é or as e + a combining accent,
 * "nguyen" finds Nguyễn), nor apostrophes of any kind ("obrien", "o'brien" and "O’Brien" find
 * O'Brien), nor hyphens, commas, dots or spaces between words ("garcia lopez" finds
 * García-López, "delacruz" finds De La Cruz, "garcia, maria" finds Maria Garcia).
 */

/** Letters that carry no combining mark to strip, written as English keyboards type them. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  œ: 'oe',
  æ: 'ae',
  þ: 'th',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
/** Apostrophes and the marks typed for them: part of a word, never a break between words. */
const APOSTROPHES = /['\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032]/g;

/** The words of a name or query, folded: lower case, no accents, no apostrophes. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c]!)
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** A search over names: build once per query, then test each name (or id). */
export function nameMatcher(query: string): (text: string) => boolean {
  const words = nameWords(query);
  if (words.length === 0) return () => true;
  const joined = words.join('');
  return (text) => {
    const target = nameWords(text);
    const spaced = target.join(' ');
    return words.every((w) => spaced.includes(w)) || target.join('').includes(joined);
  };
}
