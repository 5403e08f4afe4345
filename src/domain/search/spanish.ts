/**
 * Spanish for search: the everyday words families type for job titles (profesor → maestro,
 * doctor → médico, peluquero → estilista), kept under one key for a word's gender and number
 * (word-forms.ts: maestro, maestra, maestros, maestras → "maestr"), and the glossary's Spanish
 * terms for the English ones in documents written only in English (CIP titles, credentials).
 * Works on folded words (lower case, no accents: see text.ts). Pure.
 */
import { GLOSSARY_ES, type GlossaryEntry } from '../glossary/glossary-es.ts';
import { EVERYDAY_WORDS } from './everyday-words.ts';
import { SYNONYMS } from './spanish-synonyms.ts';
import { fold, queryWords, tokenize } from './text.ts';
import { dropsVowel, spanishKey } from './word-forms.ts';

// The forms of a word moved to word-forms.ts; importers of this file keep finding them here.
export { agentForms, ingKeys, masculineForms, numberForms, spanishKey } from './word-forms.ts';

const NONE: readonly string[] = Object.freeze([]);

/** The marked keys (listKey) of every word of our lists. */
const MARKED = new Set<string>();

/**
 * The key a word of our lists is kept under: its spanishKey, marked when that drops a final
 * -a or -o, so a typed word without one ("fabric") never finds it (`lookUp`).
 */
function listKey(word: string): string {
  const key = spanishKey(word);
  if (!dropsVowel(word)) return key;
  MARKED.add(`${key}-`);
  return `${key}-`;
}

/**
 * What a list keyed by listKey holds for a typed word: a word without a final -a or -o only
 * what its key holds; one with it, when some list has it so ("fábrica"), only what its marked
 * key holds, else its key's ("doctora" finds "doctor"; "fábrica" is no "fabric").
 */
function lookUp(map: Map<string, string[]>, word: string): readonly string[] {
  const key = spanishKey(word);
  const marked = `${key}-`;
  if (dropsVowel(word) && MARKED.has(marked)) return map.get(marked) ?? NONE;
  return map.get(key) ?? NONE;
}

const SYNONYMS_BY_KEY = new Map<string, string[]>();
const SAME_BY_KEY = new Map<string, string[]>();
const OWN_BY_KEY = new Map<string, string[]>();
const EVERYDAY_BY_KEY = new Map<string, string[]>();
const RELATED_BY_KEY = new Map<string, string[]>();
const FIGURATIVE = new Set<string>();
const PHRASES_BY_WORD = new Map<string, string[][]>();
/** A phrase typed (its words' keys, no stopwords, joined by spaces) → the single word it reads as. */
const TYPED_PHRASES = new Map<string, string>();
let LONGEST_PHRASE = 1;
const addSynonyms = (into: Map<string, string[]>, word: string, others: readonly string[]) => {
  const key = listKey(fold(word));
  into.set(key, [...(into.get(key) ?? []), ...others.map((o) => fold(o))]);
};
for (const [word, others] of Object.entries(SYNONYMS)) addSynonyms(SYNONYMS_BY_KEY, word, others);
for (const { words, means, related = [], figurative = false } of EVERYDAY_WORDS) {
  const single = means.filter((m) => tokenize(m).length === 1);
  const phrases = means.map((m) => tokenize(m)).filter((m) => m.length > 1);
  const first = fold(words[0]!);
  for (const word of words) {
    const typed = queryWords(word);
    if (typed.length > 1) {
      TYPED_PHRASES.set(typed.map(spanishKey).join(' '), first);
      LONGEST_PHRASE = Math.max(LONGEST_PHRASE, typed.length);
      continue;
    }
    if (single.length > 0) addSynonyms(EVERYDAY_BY_KEY, word, single);
    // The entry names the thing by one of its own words ("movie"): the others are that word in
    // another language or number ("películas", "cine").
    const own = single.filter((m) => m !== fold(word) && words.some((w) => fold(w) === m));
    if (own.length > 0) addSynonyms(OWN_BY_KEY, word, own);
    if (related.length > 0) {
      addSynonyms(RELATED_BY_KEY, word, related);
      const same = words.filter((w) => w !== word && queryWords(w).length === 1);
      addSynonyms(SAME_BY_KEY, word, same);
    }
    // As typed only: "hands" is figurative, "hand" in "hand sewer" is not.
    if (figurative) FIGURATIVE.add(fold(word));
    // A short form ("it", "ai") is matched as typed, not by key: "its" is no short form.
    for (const folded of tokenize(word))
      if (phrases.length > 0)
        PHRASES_BY_WORD.set(folded, [...(PHRASES_BY_WORD.get(folded) ?? []), ...phrases]);
  }
}

// A word and its plural share a key: their entries' words once.
for (const map of [OWN_BY_KEY, SAME_BY_KEY])
  for (const [key, words] of map) map.set(key, [...new Set(words)]);

/**
 * A query's words (text.ts queryWords) with the phrases of everyday-words.ts read as their
 * entry's first word: "help old people" → help, elderly; "personas mayores" → elderly. The
 * longest phrase wins; words of no phrase stay as they are.
 */
export function readQuery(text: string): string[] {
  const words = queryWords(text);
  if (words.length < 2) return words;
  const keys = words.map(spanishKey);
  const phraseAt = (i: number, n: number) => TYPED_PHRASES.get(keys.slice(i, i + n).join(' '));
  const read: string[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(LONGEST_PHRASE, words.length - i);
    while (n >= 2 && phraseAt(i, n) === undefined) n--;
    read.push(n >= 2 ? phraseAt(i, n)! : words[i]!);
    i += Math.max(1, n);
  }
  return read;
}

/** Other words a query word may stand for (folded); empty when none. */
export function synonymsOf(word: string): readonly string[] {
  return lookUp(SYNONYMS_BY_KEY, word);
}

/** What an everyday word or short form stands for (everyday-words.ts), folded; empty when none. */
export function everydayWordsOf(word: string): readonly string[] {
  return lookUp(EVERYDAY_BY_KEY, word);
}

/** The work an everyday word usually stands for (everyday-words.ts `related`), folded; empty when none. */
export function relatedWordsOf(word: string): readonly string[] {
  return lookUp(RELATED_BY_KEY, word);
}

/**
 * The other single words of the everyday entries with `related` work that hold a word: the same
 * thing in another language or number ("barcos": boat, ship, barco), folded; empty when none.
 */
export function sameWordsOf(word: string): readonly string[] {
  return lookUp(SAME_BY_KEY, word);
}

/**
 * The word an everyday entry names its thing by, where the entry lists it among its own words
 * and `word` is another of them ("películas", "cine": movie; "barcos": ship), folded; empty
 * when none.
 */
export function ownWordsOf(word: string): readonly string[] {
  return lookUp(OWN_BY_KEY, word);
}

/** A word that, as typed, matches no title word (everyday-words.ts `figurative`: "hands"). */
export function isFigurative(word: string): boolean {
  return FIGURATIVE.has(word);
}

/** The short forms of everyday-words.ts ("it", "ai", "pt"), folded: words that are no prefix of longer ones. */
export function isKnownShortForm(word: string): boolean {
  return PHRASES_BY_WORD.has(word);
}

/** Phrases a query word stands for, as folded words ("it" → information technology); empty when none. */
export function phrasesOf(word: string): readonly (readonly string[])[] {
  return PHRASES_BY_WORD.get(word) ?? [];
}

const plain = (text: string) => fold(text.replace(/\([^)]*\)/g, ' ')).trim();

/** Glossary entries as folded English phrase → Spanish words (plus the entry's synonyms). */
const GLOSSARY = Object.values(GLOSSARY_ES as Record<string, GlossaryEntry>)
  .map((entry) => ({
    en: ` ${tokenize(plain(entry.en)).map(spanishKey).join(' ')} `,
    es: [plain(entry.es), ...(entry.synonyms ?? []).map((s) => fold(s))].join(' '),
  }))
  .filter((entry) => entry.en.trim().length > 0);

/**
 * Spanish glossary terms for the English glossary terms found in a text ("Registered Nursing/
 * Registered Nurse" → "enfermero registrado …"), so a Spanish query finds English-only documents.
 */
export function glossaryTerms(english: string): string {
  const words = ` ${tokenize(english).map(spanishKey).join(' ')} `;
  return GLOSSARY.filter((entry) => words.includes(entry.en))
    .map((entry) => entry.es)
    .join(' ');
}
