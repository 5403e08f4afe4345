/**
 * Spanish for search: gender and number folded into one key (maestro, maestra, maestros,
 * maestras → "maestr"; profesores, profesora → "profesor"), the everyday words families type for
 * job titles (profesor → maestro, doctor → médico, peluquero → estilista), and the glossary's
 * Spanish terms for the English ones in documents written only in English (CIP titles,
 * credentials). Works on folded words (lower case, no accents: see text.ts). Pure.
 */
import { GLOSSARY_ES, type GlossaryEntry } from '../glossary/glossary-es.ts';
import { EVERYDAY_WORDS } from './everyday-words.ts';
import { SYNONYMS } from './spanish-synonyms.ts';
import { fold, queryWords, tokenize } from './text.ts';

const NONE: readonly string[] = Object.freeze([]);

/**
 * The gender- and number-free key of a folded word: plural -es after l, r, n, d, z, j and plural
 * -s after a vowel go, -triz becomes -tor, then a final -a or -o goes ("jueces" → "juez",
 * "doctoras" → "doctor", "técnicos" → "tecnic", "actrices" → "actor"). English plurals fold
 * too: -ies becomes -y ("secretaries" → "secretary") and -s after a consonant goes
 * ("engineers" → "engineer", "mechanics" → "mechanic"; not -ss: "business"), as does -es after
 * ch, sh, x and ss ("coaches" → "coach", "taxes" → "tax"). Short words are their own key. Both
 * the index and the query go through here, so a key only has to be the same for the forms of
 * one word.
 */
export function spanishKey(word: string): string {
  if (word.length < 4) return word;
  const w = singular(word);
  return w.length >= 4 && /[ao]$/.test(w) ? w.slice(0, -1) : w;
}

/** A word of four letters or more without its plural (spanishKey, before the gender vowel goes). */
function singular(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ces')) w = `${w.slice(0, -3)}z`;
  else if (/[lrndzj]es$/.test(w)) w = w.slice(0, -2);
  else if (/[aeiou]s$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiousy]s$/.test(w)) w = w.slice(0, -1);
  // English -es after ch, sh, x and ss ("coaches", "dishes", "taxes", "businesses"): the
  // singular's key. A Spanish -che, -she or -xe keeps one key too ("coche" and "coches").
  if (/(ch|sh|x|ss)e$/.test(w)) w = w.slice(0, -1);
  // The feminine of -tor in -triz: "actriz", "actrices" → "actor".
  if (w.length >= 6 && w.endsWith('triz')) w = `${w.slice(0, -4)}tor`;
  return w;
}

/**
 * Whether a folded word's key drops a final -a or -o ("fábrica", "bomberos" do; "fabric",
 * "doctor" do not). A word that keeps its ending is no form of one that drops it: "fabric" is
 * an English word of its own, not "fábrica" without its -a, while "doctora" is a form of
 * "doctor" and "bombera" of "bombero".
 */
function dropsVowel(word: string): boolean {
  if (word.length < 4) return false;
  const w = singular(word);
  return w.length >= 4 && /[ao]$/.test(w);
}

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

/**
 * The same folded word in the other number, as a word may be written: "barcos" → "barco",
 * "barco" → "barcos", "boats" → "boat", "coach" → "coaches", "secretary" → "secretaries",
 * "movies" → "movie" (an -ies plural of a word in -ie too), "juez" → "jueces".
 * Only forms with the word's own key (spanishKey), so never another gender ("maestra" is no
 * form of "maestros"); forms that are no word of the index simply match nothing.
 */
export function numberForms(word: string): readonly string[] {
  if (word.length < 4) return NONE;
  const forms: string[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('ces')) forms.push(`${word.slice(0, -3)}z`);
  else if (word.endsWith('es')) forms.push(word.slice(0, -1), word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  else if (word.endsWith('y')) forms.push(`${word}s`, `${word.slice(0, -1)}ies`);
  else if (word.endsWith('z')) forms.push(`${word.slice(0, -1)}ces`);
  else if (/[aeiou]$/.test(word)) forms.push(`${word}s`);
  else forms.push(`${word}s`, `${word}es`);
  const key = spanishKey(word);
  const same = forms.filter((form) => spanishKey(form) === key);
  // "movies" → "movie": keyed as "movy", the word in -ie has a key of its own, and no gender.
  return word.endsWith('ies') ? [...same, word.slice(0, -1)] : same;
}

/**
 * The masculine in -o of a folded Spanish feminine in -a or -as ("maestra" → "maestro",
 * "enfermeras" → "enfermeros"), as our titles name people (masculine plural); empty for other
 * words. Without a dictionary: forms that are no word ("casos" for "casas") only matter where
 * the index has them. Not the bare stem ("doctora" → "doctor"): as a typo's stand-in it is
 * close to too many English words ("polisia" → "polisi" is one letter from "polish").
 */
export function masculineForms(word: string): readonly string[] {
  if (word.length < 5) return NONE;
  if (word.endsWith('as')) return [`${word.slice(0, -2)}os`];
  if (word.endsWith('a')) return [`${word.slice(0, -1)}o`];
  return NONE;
}

/**
 * The English base words an -ing word may come from, as keys: "nursing" → "nurs", "nurse";
 * "welding" → "weld", "welde"; "programming" → "programm", "programme", "program". Without a
 * dictionary the stem with and without a final -e are both given; only words that exist in the
 * index ever match. Empty for other words and for stems without a vowel ("string", "spring").
 */
export function ingKeys(word: string): readonly string[] {
  const bases = ingBases(word);
  // Most words are no -ing word: no new empty list for each (search asks for every name's words).
  return bases.length === 0 ? NONE : bases.map(spanishKey);
}

/** The possible base words of an English -ing word, unkeyed; empty for other words. */
function ingBases(word: string): readonly string[] {
  if (word.length < 6 || !word.endsWith('ing')) return NONE;
  const stem = word.slice(0, -3);
  if (!/[aeiouy]/.test(stem)) return NONE;
  const bases = [stem, `${stem}e`];
  if (/([^aeiouy])\1$/.test(stem) && !/(ll|ss)$/.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
}

/**
 * The person who does what an English -ing word names, as written and as keys: "welding" →
 * "welder", "painting" → "painter", "programming" → "programmer", "driving" → "driver", and
 * with -or: "acting" → "actor", "editing" → "editor", "operating" → "operator", "tutoring" →
 * "tutor". A job search for the activity means the trade ("welding" is the work of welders). As
 * with ingKeys, forms that are no word ("nurser", "weldor") simply match nothing.
 */
export function agentForms(word: string): readonly string[] {
  // The stem and the stem with -e only: a doubled consonant stays doubled in the people
  // ("programming", "running": "programmer", "runner"; no "programer" to stand in the way of the
  // typo "programer" being read as "programmer").
  const bases = ingBases(word).slice(0, 2);
  if (bases.length === 0) return NONE;
  const people = bases.map((base) => (base.endsWith('e') ? `${base}r` : `${base}er`));
  // "-or" on the stem as typed ("act" + "or"; "tutor" + "ing" keeps the whole word).
  const stem = bases[0]!;
  people.push(stem.endsWith('or') ? stem : `${stem}or`);
  // A final consonant after one vowel doubles before -er, as students may not have typed it:
  // "programing" → "programmer", "shoping" → "shopper".
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(stem)) people.push(`${stem}${stem.at(-1)}er`);
  return [...new Set(people)];
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
