/**
 * The catalogues as phrases to look for in the wrong language: every English text the product
 * writes itself (test/catalogue-pairs.ts: UI messages, program diagram and PDF labels, progress
 * sentences, signals, entry levels, status names, source credits), to find on Spanish pages and
 * in Spanish exports, and every Spanish one, to find on English pages. A phrase is a piece of a
 * text between its placeholders and punctuation of at least two words, or one word of six letters
 * or more. Words that read the same in the other language ("CTE", "Social") are left out, and so
 * is whatever stands in parentheses (deliberate glosses such as "(Career Clusters)" or "(high
 * school)") and the proper names a caller passes.
 */
import { ENGLISH_ONLY, cataloguePairs } from './catalogue-pairs.ts';

/** Message syntax (src/domain/i18n/message.ts): `{count, plural, one {…} other {…}}`. */
const SYNTAX = /^\w+, (?:plural|select|selectordinal)\b/;

/** The keys of a plural or select's options: `} other {`, `, one {`. */
const SELECTOR_KEYS = /([},]\s*)(?:[\w-]+|=\d+)\s*\{/g;

/** Pieces of a text between its {placeholders}, kept when at least two words or one long word. */
export function phrases(text: string): string[] {
  return withoutGlosses(text)
    .replace(SELECTOR_KEYS, '$1{')
    .split(/\{\w+\}|[{}#«»“”"·:;!?¿¡]|\. |(?<=\w), (?=\w+, (?:plural|select))/)
    .map((piece) =>
      piece
        .trim()
        .replace(/[.,…—–-]+$/, '')
        .trim(),
    )
    .filter((piece) => !SYNTAX.test(piece) && !/^(?:one|other|few|many|=\d+)$/.test(piece))
    .filter((piece) => /^\p{L}/u.test(piece))
    .filter((piece) => piece.includes(' ') || piece.length >= 6);
}

function withoutGlosses(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/\([^()]*\)/g, ' ');
  }
  return rest;
}

/**
 * Words spelt the same in both languages with another sense in each: the Spanish "Principal"
 * (the main menu) is also an English word for a school's head.
 */
const BOTH_LANGUAGES = new Set(['Principal']);

function build(): { english: string[]; spanish: string[] } {
  const pairs = cataloguePairs();
  const englishPhrases = new Set([...pairs.map(([e]) => e), ...ENGLISH_ONLY].flatMap(phrases));
  const spanishPhrases = new Set(pairs.map(([, s]) => s).flatMap(phrases));
  // A word may read the same in both ("Social"); a phrase of two words or more never does: one
  // in both catalogues is an entry left untranslated, and is looked for on either side.
  const same = (p: string, other: Set<string>) => !p.includes(' ') && other.has(p);
  return {
    english: [...englishPhrases].filter((p) => !same(p, spanishPhrases)),
    spanish: [...spanishPhrases].filter((p) => !same(p, englishPhrases) && !BOTH_LANGUAGES.has(p)),
  };
}

const BUILT = build();
export const ENGLISH_CATALOGUE: readonly string[] = BUILT.english;
export const SPANISH_CATALOGUE: readonly string[] = BUILT.spanish;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = (catalogue: readonly string[]) =>
  catalogue.map(
    (phrase) => [phrase, new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'iu')] as const,
  );
const ENGLISH_PATTERNS = patterns(ENGLISH_CATALOGUE);
const SPANISH_PATTERNS = patterns(SPANISH_CATALOGUE);

/**
 * Names that stay as they are in either language: the product, brands and registered marks
 * ("National Career Clusters® es una marca registrada de Advance CTE").
 */
export const PROPER_NAMES: readonly string[] = ['Wayfinder', 'National Career Clusters®'];

/**
 * A text as the finders read it: without the proper names, the glosses in parentheses and codes
 * (`pos.ends-in-credential`, `user.disable`, e-mail addresses), which are in no language.
 */
export function readable(text: string, properNames: readonly string[] = []): string {
  let rest = text;
  for (const name of [...PROPER_NAMES, ...properNames].sort((a, b) => b.length - a.length))
    if (name) rest = rest.split(name).join(' ');
  return rest.replace(/\([^()]*\)/g, ' ').replace(/[\w@+-]+(?:\.[\w-]+)+/g, ' ');
}

function found(
  catalogue: typeof ENGLISH_PATTERNS,
  text: string,
  properNames: readonly string[],
): string[] {
  const rest = readable(text, properNames);
  return catalogue.filter(([, pattern]) => pattern.test(rest)).map(([phrase]) => phrase);
}

/** The catalogue phrases found in a Spanish text, after glosses and proper names are taken out. */
export const englishIn = (text: string, properNames: readonly string[] = []): string[] =>
  found(ENGLISH_PATTERNS, text, properNames);

/** The Spanish catalogue phrases found in an English text, likewise. */
export const spanishIn = (text: string, properNames: readonly string[] = []): string[] =>
  found(SPANISH_PATTERNS, text, properNames);
