/**
 * The words a search index holds, sorted, with their trigrams: for finding the longer words a
 * prefix stands for, and the words a typo may stand for (search-index.ts).
 */
import { editDistance, trigrams } from './text.ts';

/** An English plural's singular, for typo matching: "mechanics" → "mechanic"; not "business". */
export function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The first place in `sorted` (by `key`) whose key is not below `value`. */
export function lowerBound<T>(sorted: readonly T[], value: string, key: (item: T) => string) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const itself = (word: string) => word;

export class Vocabulary {
  readonly #words: string[];
  readonly #grams = new Map<string, number[]>();
  /** Scratch counts of shared trigrams per word, all zero between queries. */
  #gramCounts: Uint8Array | undefined;

  constructor(words: Iterable<string>) {
    this.#words = [...words].sort();
    this.#words.forEach((word, index) => {
      if (word.length < 4) return;
      for (const gram of new Set(trigrams(word))) {
        const list = this.#grams.get(gram);
        if (list) list.push(index);
        else this.#grams.set(gram, [index]);
      }
    });
  }

  /** The words that start with `prefix` (itself included when it is one), at most `max`. */
  startingWith(prefix: string, max: number): string[] {
    const found: string[] = [];
    const words = this.#words;
    for (
      let i = lowerBound(words, prefix, itself);
      i < words.length && found.length < max && words[i]!.startsWith(prefix);
      i++
    )
      found.push(words[i]!);
    return found;
  }

  /**
   * The words within one edit (two from eight letters) of `word`, or of its singular against
   * theirs, except those `skip` leaves out: each with its cost, the edits beyond the first plus
   * one for a different first letter.
   */
  typosOf(word: string, skip: (token: string) => boolean): { token: string; cost: number }[] {
    // q-gram filter: one edit changes at most three trigrams, so a word within `max` edits
    // shares at least (trigrams - 3 × max) of them; only those get the edit-distance check.
    // A plural query ("docters") gets one trigram more of slack: its -s is compared without.
    const max = word.length >= 8 ? 2 : 1;
    const grams = [...new Set(trigrams(word))];
    const needed = Math.max(1, grams.length - 3 * max - (singular(word) !== word ? 1 : 0));
    // Counted in one array over the vocabulary (reset after), not a map: common trigrams list
    // thousands of words.
    const shared = (this.#gramCounts ??= new Uint8Array(this.#words.length));
    const touched: number[] = [];
    for (const gram of grams) {
      for (const index of this.#grams.get(gram) ?? []) {
        if (shared[index] === 0) touched.push(index);
        if (shared[index]! < 255) shared[index]! += 1;
      }
    }
    const oneWord = singular(word);
    const found: { token: string; cost: number }[] = [];
    for (const index of touched) {
      const count = shared[index]!;
      shared[index] = 0;
      if (count < needed) continue;
      const token = this.#words[index]!;
      if (skip(token)) continue;
      let distance = max + 1;
      if (Math.abs(token.length - word.length) <= max) distance = editDistance(word, token, max);
      const single = singular(token);
      if (distance > 1 && single !== token && Math.abs(single.length - word.length) <= max)
        distance = Math.min(distance, editDistance(word, single, max));
      if (distance > 1 && oneWord !== word && Math.abs(single.length - oneWord.length) <= max)
        distance = Math.min(distance, editDistance(oneWord, single, max));
      if (distance > max) continue;
      found.push({ token, cost: distance - 1 + (token[0] === word[0] ? 0 : 1) });
    }
    return found;
  }
}
