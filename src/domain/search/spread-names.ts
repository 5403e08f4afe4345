/**
 * A query of several words found in a document's other names only, each word in a different
 * name ("Nail Cutter" and "Slitter Technician" for "nail tech"), is no name of that work; where
 * another hit has one title or other name with every word ("Nail Technician" of "Manicurists and
 * Pedicurists"), such documents are dropped (search-ranking.ts).
 */
import { ALIAS, TEXT } from './search-weights.ts';
import { tokenize } from './text.ts';
import { keyOf, type Postings, type SearchData } from './search-data.ts';
import { namesSaying } from './name-ranking.ts';
import { tokensOf, type WordTokens } from './word-matches.ts';

/** Drops from `best` the hits whose words (`words`, two or more) are spread over other names. */
export function dropSpreadNames(
  data: SearchData,
  words: string[],
  found: WordTokens,
  postingsFor: (word: string) => { exact: Postings },
  best: Map<number, unknown>,
): void {
  if (words.length < 2) return;
  const postings = words.map((word) => postingsFor(word).exact);
  // Documents with every word in other names and none in their title or other text.
  const byNames = [...best.keys()].filter(
    (id) =>
      postings.every((p) => (p.get(id) ?? 0) > TEXT && (p.get(id) ?? 0) <= ALIAS) &&
      !titleHasAny(data, id, words, found),
  );
  if (byNames.length === 0) return;
  // "Fashion Designer" is one name with "design clothes", as its people say the verb.
  const says = namesSaying(data, words, found, true, true);
  const spread = byNames.filter((id) => !says(data.docs[id]!));
  if (spread.length === 0) return;
  const apart = new Set(spread);
  // Only where some hit has one name with every word.
  if ([...best.keys()].some((id) => !apart.has(id) && says(data.docs[id]!)))
    for (const id of spread) best.delete(id);
}

/** Whether the document's title has one of the words, in any form it finds. */
function titleHasAny(data: SearchData, id: number, words: string[], found: WordTokens): boolean {
  const has = titleHas(data, id, found);
  return words.some(has);
}

/**
 * Whether the document's title (in either language) has every word, in any form it finds, the
 * work it stands for too ("kids": "Preschool Teachers"): found by its title, not by one name.
 */
export function titleHasEvery(
  data: SearchData,
  id: number,
  words: readonly string[],
  found: WordTokens,
): boolean {
  return words.every(titleHas(data, id, found));
}

function titleHas(data: SearchData, id: number, found: WordTokens): (word: string) => boolean {
  const doc = data.docs[id]!;
  const tokens = [doc.title.en, doc.title.es ?? ''].flatMap((title) => tokenize(title));
  return (word) => {
    const m = tokensOf(data, word, found);
    return tokens.some((t) => m.exact.has(t) || m.keys.has(keyOf(data, t)));
  };
}
