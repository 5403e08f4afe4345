/**
 * How a hit's other names (O*NET alternate and short titles) weigh in its ranking
 * (search-ranking.ts): a whole other name typed ("RN", "cop") earns a bonus, a name that says a
 * verb with its object ("Help Desk Analyst") keeps the verb needed, and many names saying the
 * words ("Design Architect", "Building Architect") order the hits found by names only.
 */
import { WHOLE_ALIAS, KEY, TYPO, TYPO_STEP, TITLE } from './search-weights.ts';
import { ingKeys } from './spanish.ts';
import { tokenize } from './text.ts';
import { shortestWithEvery } from './alias-book.ts';
import {
  aliasBookOf,
  keyOf,
  keysOf,
  nameKey,
  type Postings,
  type SearchData,
  type SearchDoc,
} from './search-data.ts';
import { tokensOf, type WordMatch, type WordTokens } from './word-matches.ts';

/**
 * Documents with the whole query as another name ("RN", "cop"), with their bonus; for a
 * one-word query with a typo, also those with a whole other name that the typo stands for
 * ("docter" → "Doctor"), weighed as the typo match is.
 */
export function wholeAliases(
  data: SearchData,
  query: string,
  words: string[],
  found: WordTokens,
  lang: 'en' | 'es' | undefined,
): Map<number, number> {
  const bonus = new Map<number, number>();
  // The query as typed ("Staff RN"), or its words without stopwords ("I want to be a nurse").
  for (const name of new Set([nameKey(query), words.join(' ')]))
    for (const id of data.aliasNames.get(name) ?? []) bonus.set(id, WHOLE_ALIAS);
  // In another gender or number ("doctora" is "Doctor", "teachers" "Teacher"), weighed as such
  // a word is; only when no other name is the query as typed ("art teacher" is "Art Teacher",
  // not "Arts Teacher"). In Spanish, only for a word no title has in that form: the (English)
  // other name is then a coincidence ("maestra" is "Maestros de primaria", not the music
  // directors' "Maestro").
  const keyed = keysOf(data, words);
  const spanishTitle = lang === 'es' && words.length === 1 && inSomeTitle(data, keyed);
  if (bonus.size === 0 && !spanishTitle)
    for (const id of data.aliasKeyNames.get(keyed) ?? []) bonus.set(id, WHOLE_ALIAS * KEY);
  if (words.length !== 1 || data.postings.has(words[0]!)) return bonus;
  const loose = tokensOf(data, words[0]!, found).loose;
  const closest = Math.max(0, ...loose.values()) - TYPO_STEP / 2;
  for (const [token, factor] of loose) {
    // Only the closest corrections: "plumer" is the other name "Plumber", not "Flumer".
    if (factor < closest) continue;
    for (const id of data.aliasNames.get(token) ?? []) {
      const typo = (WHOLE_ALIAS * factor) / TYPO;
      if ((bonus.get(id) ?? 0) < typo) bonus.set(id, typo);
    }
  }
  return bonus;
}

/** Whether some document has a title word with this Spanish key (spanishKey). */
function inSomeTitle(data: SearchData, key: string): boolean {
  for (const weight of data.keys.get(key)?.values() ?? []) if (weight >= TITLE) return true;
  return false;
}

/**
 * Whether one title or other name of a document says the query: has every word as typed or in
 * another form (not as the start of a longer word, a synonym or the work it stands for):
 * "Help Desk Analyst" has "help desk", while "Fixing Machine Operator" and "Car Hop" are no name
 * with "fix cars".
 */
export function namesSaying(
  data: SearchData,
  words: string[],
  found: WordTokens,
): (doc: SearchDoc) => boolean {
  const matches = words.map((word) => {
    const m = tokensOf(data, word, found);
    const tokens = [...m.exact.keys()].filter((t) => !m.started.has(t) && !m.meant.has(t));
    const keys = [...m.keys.keys()].filter((k) => !m.related.has(k) && !m.meant.has(k));
    return { tokens: new Set(tokens), keys: new Set(keys) };
  });
  const flags = (token: string, key: string, ing: readonly string[] = ingKeys(token)) =>
    matches.map(
      ({ tokens, keys }) =>
        tokens.has(token) || keys.has(key) || (ing.length > 0 && ing.some((k) => keys.has(k))),
    );
  return (doc) => {
    for (const title of [doc.title.en, doc.title.es ?? '']) {
      const rows = tokenize(title).map((token) => flags(token, keyOf(data, token)));
      if (matches.every((_, i) => rows.some((row) => row[i]))) return true;
    }
    const book = aliasBookOf(data, doc);
    return book !== undefined && shortestWithEvery(book, flags) !== undefined;
  };
}

/**
 * For a document found by its other names, the least share of them that has a query word that
 * counts (weight 1): 0 to 1. Many names saying the words ("Architect", "Building Architect",
 * "Design Architect" for "design buildings") is the work itself; one ("Green Building Design
 * Consultant") a side of other work.
 */
export function nameShare(
  data: SearchData,
  words: readonly string[],
  weights: readonly number[],
  found: WordTokens,
  id: number,
): number {
  let least = 1;
  words.forEach((word, i) => {
    if (weights[i] !== 1) return;
    least = Math.min(least, sharesOf(data, tokensOf(data, word, found)).get(id) ?? 0);
  });
  return least;
}

/**
 * Document → the largest share of its other names that has one of a query word's words or keys,
 * worked out once per word and query (a prefix can stand for hundreds of words) and kept on
 * the word's match.
 */
function sharesOf(data: SearchData, match: WordMatch): Postings {
  if (match.shares) return match.shares;
  const shares: Postings = new Map();
  for (const map of [match.exact, match.keys])
    for (const token of map.keys())
      for (const [id, share] of data.aliasShares.get(token) ?? [])
        if ((shares.get(id) ?? 0) < share) shares.set(id, share);
  return (match.shares = shares);
}
