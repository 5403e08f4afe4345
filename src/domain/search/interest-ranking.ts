/**
 * Interest queries ("help people", "trabajar al aire libre"): how the hits that lack the words
 * in a title rank, and which occupations fit the query's interest areas best (O*NET
 * Occupational Interests, 1 to 7).
 */
import { spanishKey } from './spanish.ts';
import { INTEREST_MIN, MAX_INTEREST, NAMED_FIT } from './search-weights.ts';
import { RIASEC, type RiasecScores } from '../occupation/riasec.ts';
import { tokenize } from './text.ts';
import { aliasBookOf, keyOf, type SearchData } from './search-data.ts';
import { someNameWith } from './alias-book.ts';
import { tokensOf, type WordTokens } from './word-matches.ts';

/**
 * A hit being ranked: how many query words it matched (fewer only when no document has them
 * all), the share of them it matched without a typo, and its score.
 */
export interface Ranked {
  score: number;
  real: number;
  matched: number;
  /**
   * For an interest query, set on hits ranked by how well they fit its areas (those without
   * every word in a title), which follow all others.
   */
  fit?: number;
  /** The prior a hit found by a few of its many other names does not count (name-shares.ts). */
  side?: number;
}

/**
 * For an interest query, how the hits that do not have every word in a title rank (`fit` set
 * on them in `best`, so they follow every hit whose title has them), and the documents that
 * fit the areas best, each with its fit: its scores in the areas, weighed as the query weighs
 * them, and NAMED_FIT more for a hit with every word in another name or its text. `all` are
 * the query's words that count with its verbs of doing, which `words` may leave out.
 */
export function byInterest(
  data: SearchData,
  areas: RiasecScores,
  words: string[],
  found: WordTokens,
  best: Map<number, Ranked>,
  all: string[] = words,
): Map<number, number> {
  const letters = RIASEC.filter((letter) => (areas[letter] ?? 0) > 0);
  const total = letters.reduce((sum, letter) => sum + areas[letter]!, 0);
  const fitOf = (id: number) => {
    const scores = data.docs[id]!.interests;
    if (!scores) return 0;
    return letters.reduce((sum, l) => sum + (scores[l] ?? 0) * areas[l]!, 0) / total;
  };
  // A title has a word as typed, in another number or gender, as a synonym or as the trade of
  // an -ing word; not as the start of a longer word ("art" is not "Artillery"), nor as the base
  // of a title's -ing word ("draw" is not "Drawing Machine"), nor only as the work the word
  // usually stands for ("outdoors": "Forest and Conservation Workers" rank by fit, as named).
  const wanted = words.map((word) => {
    const { keys, related } = tokensOf(data, word, found);
    return { has: (key: string) => keys.has(key) && !related.has(key) };
  });
  const inTitle = (id: number) => {
    const { en, es } = data.docs[id]!.title;
    return [en, es].some((title) => {
      if (!title) return false;
      const tokens = tokenize(title);
      const keys = tokens.map((token) => keyOf(data, token));
      // "Sciences" is "science" too, though its Spanish key reads it as a Spanish -ces plural.
      const plurals = tokens.flatMap((t) => (t.endsWith('s') ? [spanishKey(t.slice(0, -1))] : []));
      return wanted.every(
        (meant) => keys.some((key) => meant.has(key)) || plurals.some((key) => meant.has(key)),
      );
    });
  };
  // One other name with every word of a query of several (`all`, verbs too: "teach math":
  // "Math Teacher") names the work as a title would: such a hit keeps its place among those,
  // ahead of mere fits.
  const oneName = all.length > 1 ? namedAll(data, all, found) : () => false;
  const meaningful = best.size > 0 ? Math.max(...[...best.values()].map((h) => h.matched)) : 0;
  for (const [id, hit] of best) {
    // Types with no interest scores (clusters, programs) keep their order.
    if (!data.interestTypes.has(data.docs[id]!.type) || inTitle(id) || oneName(id)) continue;
    hit.fit = fitOf(id) + (hit.matched >= meaningful && hit.real === 1 ? NAMED_FIT : 0);
  }
  const fits = new Map<number, number>();
  if (letters.length === 1) {
    for (const id of data.byArea.get(letters[0]!)!) {
      if (fits.size >= MAX_INTEREST) break;
      fits.set(id, fitOf(id));
    }
    return fits;
  }
  const candidates = new Set(letters.flatMap((letter) => data.byArea.get(letter)!));
  const ranked = [...candidates]
    .map((id) => ({ id, fit: fitOf(id), prior: data.docs[id]!.prior ?? 0 }))
    .filter((c) => c.fit >= INTEREST_MIN)
    .sort((a, b) => b.fit - a.fit || b.prior - a.prior)
    .slice(0, MAX_INTEREST);
  for (const { id, fit } of ranked) fits.set(id, fit);
  return fits;
}

/**
 * Whether one other name of a document has every word as typed or in another form (not as the
 * start of a longer word other than its doer, nor only as the work it stands for); a teacher's
 * name counts.
 */
function namedAll(data: SearchData, words: string[], found: WordTokens): (id: number) => boolean {
  const wanted = words.map((word) => {
    const m = tokensOf(data, word, found);
    return {
      // A verb's doer counts though the verb starts it ("teach": "Teacher").
      tokens: [...m.exact.keys()].filter(
        (t) => !m.started.has(t) || (/^e?rs?$/.test(t.slice(word.length)) && t.startsWith(word)),
      ),
      keys: [...m.keys.keys()].filter((k) => !m.related.has(k)),
    };
  });
  return (id) => {
    const book = aliasBookOf(data, data.docs[id]!);
    return book !== undefined && someNameWith(book, wanted);
  };
}
