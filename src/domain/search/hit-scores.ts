/**
 * How a query's hits are scored from each word's matches (search-ranking.ts): the weighed sum
 * of every word's best score per document and, when no document has every word, the documents
 * with the most of them.
 */
import { FILLER_RARITY, PRIOR } from './search-weights.ts';
import type { Postings, SearchData, SearchDoc } from './search-data.ts';
import type { Ranked } from './interest-ranking.ts';

/**
 * Per document: the weighed sum of its best score for each query word, how many words it
 * matched, and the weight of those matched for real.
 */
export function scoreAll(
  perWord: { exact: Postings; loose: Postings }[],
  weights: number[],
): Map<number, { score: number; count: number; real: number }> {
  const scored = new Map<number, { score: number; count: number; real: number }>();
  for (const [i, { exact, loose }] of perWord.entries()) {
    const weight = weights[i]!;
    for (const [matches, isReal] of [
      [exact, true],
      [loose, false],
    ] as const) {
      for (const [doc, score] of matches) {
        const s = scored.get(doc);
        if (s) {
          s.score += score * weight;
          s.count += 1;
          if (isReal) s.real += weight;
        } else scored.set(doc, { score: score * weight, count: 1, real: isReal ? weight : 0 });
      }
    }
  }
  return scored;
}

/**
 * When no document has every word ("work with animals" once "with" is gone, "jobs outdoors"):
 * the documents with the most of them, each word weighed by how rare it is, so "animals"
 * counts for more than "work", which half the titles have; words that only say the person
 * wants work ("jobs", "trabajar") count for little.
 */
export function partial(
  data: SearchData,
  words: string[],
  perWord: { exact: Postings; loose: Postings }[],
  soft: (word: string) => boolean,
  accept: (doc: SearchDoc) => boolean,
  keep: (id: number, hit: Ranked) => void,
): void {
  const total = data.docs.length;
  const scored = new Map<number, { score: number; count: number; real: number }>();
  perWord.forEach(({ exact, loose }, i) => {
    const docs = exact.size + loose.size;
    if (docs === 0) return;
    const rarity = soft(words[i]!) ? FILLER_RARITY : Math.log(1 + total / docs);
    for (const [matches, isReal] of [
      [exact, true],
      [loose, false],
    ] as const) {
      for (const [doc, score] of matches) {
        const s = scored.get(doc) ?? { score: 0, count: 0, real: 0 };
        s.score += score * rarity;
        s.count += 1;
        if (isReal) s.real += 1;
        scored.set(doc, s);
      }
    }
  });
  for (const [id, { score, count, real }] of scored) {
    if (!accept(data.docs[id]!)) continue;
    const prior = PRIOR * (data.docs[id]!.prior ?? 0);
    keep(id, {
      score: score / perWord.length + prior,
      real: real / perWord.length,
      matched: count,
    });
  }
}
