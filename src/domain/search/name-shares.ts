/**
 * How many of a document's other names (O*NET alternate titles) say a query word, for a document
 * found by its other names only (search-ranking.ts): many names saying it is the work itself,
 * a few among many a side of other work ("Vet Dentist" is 1 of 75 names of Veterinarians, who
 * come after the dentists' own family for "dentist").
 */
import { FEW_NAMES, LONE_NAMES, TITLE, TYPO_STEP } from './search-weights.ts';
import type { Postings, SearchData } from './search-data.ts';
import { tokensOf, type WordMatch, type WordTokens } from './word-matches.ts';

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
 * For a document found by its other names, whether a query word that counts is, as itself, what
 * it means or the word its typo stands for (not the start of a longer word), held by a few of
 * them only: one, or FEW_NAMES of them, among at least LONE_NAMES. "zoo": "Zoo Director" is one
 * of 81 names of General and Operations Managers; "dentist": "Vet Dentist" and "Equine Dentist"
 * two of 75 of Veterinarians; "barber": two "Barber and Beauty … Sales Representative" of 119 of
 * the wholesale sales representatives: a side of the work, not the work itself. "Zoologist"
 * only starts with "zoo" and weighs as a prefix already.
 */
export function fewNames(
  data: SearchData,
  words: readonly string[],
  weights: readonly number[],
  found: WordTokens,
  id: number,
): boolean {
  const names = data.aliasList.get(data.docs[id]!)?.length ?? 0;
  if (names < LONE_NAMES) return false;
  const few = Math.max(1, Math.floor(names * FEW_NAMES));
  return words.some((word, i) => {
    if (weights[i] !== 1) return false;
    const holding = Math.round(
      (wholeSharesOf(data, tokensOf(data, word, found)).get(id) ?? 0) * names,
    );
    return holding >= 1 && holding <= few;
  });
}

const wholeShares = new WeakMap<WordMatch, Postings>();

/**
 * As sharesOf, for the words and keys that are the word itself in any form or what it means
 * ("movies": film, so "Film Spooler" is one of 2,750 names of Production Workers, All Other): not
 * the start of a longer one ("zoologist" for "zoo"), nor the work it stands for ("elderly": the
 * "Geriatric …" names say the work in words of their own).
 */
function wholeSharesOf(data: SearchData, match: WordMatch): Postings {
  let shares = wholeShares.get(match);
  if (shares) return shares;
  shares = new Map();
  for (const token of [...match.exact.keys(), ...match.keys.keys()]) {
    if (match.started.has(token) || match.related.has(token)) continue;
    for (const [id, share] of data.aliasShares.get(token) ?? [])
      if ((shares.get(id) ?? 0) < share) shares.set(id, share);
  }
  typoShares(data, match, shares);
  wholeShares.set(match, shares);
  return shares;
}

/**
 * Document → the largest share of its other names that has one of a query word's words or keys,
 * worked out once per word and query (a prefix can stand for hundreds of words) and kept on
 * the word's match.
 */
function sharesOf(data: SearchData, match: WordMatch): Postings {
  if (match.shares) return match.shares;
  const shares: Postings = new Map();
  for (const token of [...match.exact.keys(), ...match.keys.keys()])
    for (const [id, share] of data.aliasShares.get(token) ?? [])
      if ((shares.get(id) ?? 0) < share) shares.set(id, share);
  typoShares(data, match, shares);
  return (match.shares = shares);
}

/**
 * For a typo, into `shares`: the share of a document's other names that say the word it most
 * likely stands for ("vetrinarian": "Veterinarian Supplies Sales Representative", 1 of 77), for
 * documents whose title does not say it (a title with the typo's word is no name's side).
 */
function typoShares(data: SearchData, match: WordMatch, shares: Postings): void {
  const meant = closest(match);
  if (meant.length === 0) return;
  const titled = (id: number) =>
    meant.some(
      (t) =>
        (data.postings.get(t)?.get(id) ?? 0) >= TITLE || (data.keys.get(t)?.get(id) ?? 0) >= TITLE,
    );
  for (const token of meant)
    for (const [id, share] of data.aliasShares.get(token) ?? [])
      if ((shares.get(id) ?? 0) < share && !titled(id)) shares.set(id, share);
}

/**
 * For a typo, the words and keys it most likely stands for ("vetrinarian": "veterinarian", not
 * "veterinary"): the names of a document that say them count as names saying the word.
 */
export function closest(match: WordMatch): string[] {
  const best = Math.max(0, ...match.loose.values(), ...match.looseKeys.values()) - TYPO_STEP / 2;
  return [
    ...[...match.loose].filter(([, f]) => f >= best).map(([token]) => token),
    ...[...match.looseKeys].filter(([, f]) => f >= best).map(([key]) => key),
  ];
}
