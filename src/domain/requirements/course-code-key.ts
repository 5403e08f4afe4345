/**
 * A course code as compared with another. Registrars write one code many ways, so the key drops
 * what does not tell courses apart:
 * - case, and the white space around the code;
 * - a separator (space, dash, dot, underscore) anywhere but between two digits: "ENGL-101",
 *   "ENGL 101", "engl101" and "ENGL_101" are one course, and so are "COM SCI 1" and "COMSCI 1",
 *   "C S 312" and "CS 312", "A P U S History" and "AP US History";
 * - a Roman numeral I–V written as a word after a letter group: "Algebra I" is "Algebra 1",
 *   "Spanish IV" is "Spanish 4".
 * What does tell them apart stays: a separator between digits ("413-520", a numeric subject and
 * its number; "110.1"; "MATH-1314.01", whose ".01" may be a part of the number as well as a
 * section), leading zeros ("03001", a SCED code, is not "3001"), a letter after a number
 * ("ENGL 101L"), '&' ("ENGL& 101", Washington's common course number, is not "ENGL 101"), and
 * abbreviations ("AP US HIST" is not "AP US HISTORY": the import matches titles, not this).
 *
 * Migration 0044 writes the same key in SQL (`course_code_key`); its test holds the two equal.
 */
const ROMAN: ReadonlyArray<readonly [string, string]> = [
  ['IV', '4'],
  ['V', '5'],
  ['III', '3'],
  ['II', '2'],
  ['I', '1'],
];
const NUMERALS = ROMAN.map(
  ([numeral, digit]) =>
    [new RegExp(`([A-Z&][\\s._-]+)${numeral}(?=[\\s._-]|$)`, 'g'), digit] as const,
);

/** A run of separators not between two digits (the whole run, never part of it). */
const LOOSE_SEPARATORS = /(?<![\d\s._-])[\s._-]+|[\s._-]+(?![\d\s._-])/g;

/** The key with its separators still in: what code patterns (select.ts) are read against. */
export function spacedCodeKey(code: string): string {
  let key = code.trim().toUpperCase().replace(/\s+/g, ' ');
  for (const [numeral, digit] of NUMERALS)
    key = key.replace(numeral, (_, head: string) => `${head}${digit}`);
  return key;
}

export const courseCodeKey = (code: string): string =>
  spacedCodeKey(code).replace(LOOSE_SEPARATORS, '');
