/**
 * People's names as rosters write them. A name is kept as written (its case, accents and
 * punctuation), only tidied: one Unicode form (NFC, so "José" typed as e + a combining accent is
 * the same text as é), and runs of spaces (no-break spaces too) made one space.
 */
import { issueText, type IssueText } from './issue-text.ts';

/** NUL and the other C0 and C1 control characters (and DEL). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * The invisible marks that reorder the text around them (embeddings, overrides, isolates): a
 * name needs none, and they make a listed name read as something else.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** A name part tidied: NFC, trimmed, one space between words. */
export function tidyName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** What is wrong with a name part (keyed, issue-text.ts), or undefined when it may be stored. */
export function nameIssue(text: string, max: number): IssueText | undefined {
  if (CONTROL.test(text)) return issueText('control_character');
  if (BIDI_CONTROL.test(text)) return issueText('name_bidi');
  if (text.length > max) return issueText('too_long', { max: String(max) });
  return undefined;
}

/** What is wrong with a name part, in English, or undefined when it may be stored. */
export const nameProblem = (text: string, max: number): string | undefined =>
  nameIssue(text, max)?.message;

/** The name shown for a person: the parts present, tidied, one space between them. */
export function displayName(...parts: readonly string[]): string {
  return parts
    .map(tidyName)
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * A generational suffix as rosters write it: Jr, Jr., Sr, Sr., II, III, IV (any case). A lone
 * "V" is left out: in "Smith, John V" it is a middle initial far more often than a fifth.
 */
const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;

/**
 * A name written in one field: "GARCIA, MARIA" (last name, a comma, first names: what SIS
 * exports write) or "Maria Garcia" as it is shown. A generational suffix after the first names
 * ("Garcia, Maria, Jr." or "Garcia, Maria Jr.") belongs with the last name: "Garcia Jr.", as in
 * "Garcia Jr., Maria".
 */
export function splitFullName(text: string): { firstName: string; lastName: string } {
  const comma = text.indexOf(',');
  if (comma < 0) return { firstName: tidyName(text), lastName: '' };
  const words = tidyName(text.slice(comma + 1).replace(/,/g, ' '))
    .split(' ')
    .filter((word) => word !== '');
  const suffixes: string[] = [];
  // At least one first name stays: "Garcia, Jr." is read as written.
  while (words.length > 1 && SUFFIX.test(words.at(-1)!)) suffixes.unshift(words.pop()!);
  return {
    firstName: words.join(' '),
    lastName: displayName(text.slice(0, comma), ...suffixes),
  };
}
