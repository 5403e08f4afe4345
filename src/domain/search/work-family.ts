/**
 * The family of the work asked for (search-ranking.ts): where some hits have the query's words
 * in their title, the hits found by other names only that O*NET lists among those hits' related
 * occupations (`SearchDoc.related`) are near that work, and come before those found by a name
 * of other work. "photographer": Camera Operators ("Motion Picture Photographer"), related to
 * Photographers, before Office Machine Operators ("Micro Photographer"); "dentist":
 * Prosthodontists before Veterinarians ("Vet Dentist").
 */
import { FAMILY, TITLE } from './search-weights.ts';
import type { Postings, SearchData } from './search-data.ts';
import type { Ranked } from './interest-ranking.ts';
import { tokensOf, type WordMatch, type WordTokens } from './word-matches.ts';
import { closest } from './name-shares.ts';

/**
 * Adds FAMILY to the score of each hit in `best` whose title lacks one of `words` and that a
 * hit whose title has them all (`titled`, as the ranking scored them, or as typed, in another
 * form, what it means or, for a typo, the word it stands for) lists as related.
 */
export function rankFamily(
  data: SearchData,
  best: Map<number, Ranked>,
  titled: ReadonlySet<number>,
  words: readonly string[],
  found: WordTokens,
): void {
  if (words.length === 0) return;
  const saying = words.map((word) => titlesSaying(data, tokensOf(data, word, found)));
  const meaning = words.map((word) => titlesMeaning(data, tokensOf(data, word, found)));
  const family = new Set<string>();
  const others: [string, Ranked][] = [];
  for (const [id, hit] of best) {
    const doc = data.docs[id]!;
    if (titled.has(id) || saying.every((docs) => docs.has(id))) {
      for (const code of doc.related ?? []) family.add(code);
      // A title that says the words only through what they mean, less than a name says them
      // ("chef": "Cooks, Restaurant", "Cocineros"), is the work asked for: it gets as much as its
      // relatives found by a few names ("Pastry Chef" of Bakers), so their priors order them.
      if (!titled.has(id) && hit.fit === undefined && meaning.every((docs) => docs.has(id)))
        hit.score += FAMILY;
    } else if (hit.fit === undefined) others.push([doc.id, hit]);
  }
  // A few names of work of the family are no side of other work: its prior counts.
  for (const [code, hit] of others) if (family.has(code)) hit.score += FAMILY + (hit.side ?? 0);
}

/**
 * The documents whose title (in either language) has the word as typed, as a longer word it
 * starts, in another form, as what it means or, for a typo, as the word it stands for.
 */
function titlesSaying(data: SearchData, m: WordMatch): Set<number> {
  const docs = new Set<number>();
  const add = (postings: Postings | undefined) => {
    for (const [id, weight] of postings ?? []) if (weight >= TITLE) docs.add(id);
  };
  for (const token of [...m.exact.keys(), ...closest(m)]) add(data.postings.get(token));
  for (const key of [...m.keys.keys(), ...closest(m)]) add(data.keys.get(key));
  return docs;
}

/** The documents whose title (in either language) has the word in any form or as what it means. */
function titlesMeaning(data: SearchData, m: WordMatch): Set<number> {
  const docs = new Set<number>();
  for (const key of m.keys.keys())
    for (const [id, weight] of data.keys.get(key) ?? []) if (weight >= TITLE) docs.add(id);
  return docs;
}
