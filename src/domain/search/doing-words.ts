/**
 * Words beside those that say what work, which say how or where it is done: verbs of doing
 * ("help animals", "build houses", "arreglar carros"; action-words.ts) and words of where
 * ("work with animals outside", "animales afuera"; interest-words.ts). Unless some
 * document has them with the words that say what ("help desk"), they need not match: the
 * ranking (search-ranking.ts) weighs them a little where they match, and orders the hits that
 * fit the areas of the words of where better first among equals.
 */
import { ALIAS, VERB_MIN } from './search-weights.ts';
import { interestAreas, isPlaceWord } from './interest-words.ts';
import { isActionWord } from './action-words.ts';
import { isFiller, isGeneric } from './text.ts';
import type { Postings, SearchData, SearchDoc } from './search-data.ts';
import { postingsOf, tokensOf, type WordMatch, type WordTokens } from './word-matches.ts';
import { namesSaying } from './name-ranking.ts';
import type { RiasecScores } from '../occupation/riasec.ts';

type Matches = { exact: Postings; loose: Postings };

/** A word of where the work is done ("outside", "office"), of an interest area. */
const isAreaWord = (word: string) => isPlaceWord(word) && interestAreas([word]) !== undefined;

/**
 * For a query that is no interest query (`areas` undefined): the words that need not match,
 * each with its matches where it counts, and the interest areas of the words of where among
 * them (undefined when there is none).
 */
export function doingWords(
  data: SearchData,
  words: readonly string[],
  areas: RiasecScores | undefined,
  accept: (doc: SearchDoc) => boolean,
  found: WordTokens,
  matchesOf: (word: string) => Matches,
): { verbs: Map<string, Matches>; areas: RiasecScores | undefined } {
  const verbs = new Map<string, Matches>();
  const doing = (word: string) => isActionWord(word) || isAreaWord(word);
  const said = words.filter((word) => !isFiller(word) && !isGeneric(word) && !doing(word));
  if (areas || said.length === 0) return { verbs, areas: undefined };
  for (const verb of words.filter(doing)) {
    const typed = [verb, ...said].map(
      (word) => postingsOf(data, tokensOf(data, word, found), 'as typed').exact,
    );
    const saysAll = namesSaying(data, [verb, ...said], found);
    const together = [...typed[0]!.keys()].some(
      (id) =>
        typed.every((docs) => docs.has(id)) && accept(data.docs[id]!) && saysAll(data.docs[id]!),
    );
    if (together) continue;
    // Only a document that has the other words can rank: look at its names only then.
    const withThing = namesSaying(data, [verb, ...said], found, true);
    const things = said.map(matchesOf);
    const inOneName = (id: number) =>
      things.every(({ exact, loose }) => exact.has(id) || loose.has(id)) &&
      withThing(data.docs[id]!);
    verbs.set(verb, titled(data, tokensOf(data, verb, found), inOneName));
  }
  const areaWords = [...verbs.keys()].filter(isAreaWord);
  return { verbs, areas: areaWords.length > 0 ? interestAreas(areaWords) : undefined };
}

/**
 * How well a document fits interest areas (O*NET Occupational Interests, 1 to 7), weighed as
 * the query weighs them, from 0 to 1; 0 for a document with no interest scores.
 */
export function areaFit(doc: SearchDoc, areas: RiasecScores): number {
  if (!doc.interests) return 0;
  let sum = 0;
  let total = 0;
  for (const [letter, weight] of Object.entries(areas) as [keyof RiasecScores, number][]) {
    sum += (doc.interests[letter] ?? 0) * weight;
    total += weight;
  }
  return total > 0 ? sum / total / 7 : 0;
}

/**
 * A verb's matches where a title says it or the work it stands for, or another name says the
 * verb itself: not the work it stands for in another name only ("build computers" is no
 * "Construction Trainer" other name of training specialists). A verb found in another name
 * only counts where that name also says what it is done to (`inOneName`): "Machine Repair
 * Person" and "CNC Machinist (Computer …)" are no name that fixes computers.
 */
function titled(data: SearchData, match: WordMatch, inOneName: (doc: number) => boolean): Matches {
  // Who does what the verb says ("cutter") counts only beside the thing, in one name ("Hair
  // Cutter"): the "Helpers--…" titles help other trades, not animals.
  const keys = new Map([...match.keys].filter(([key]) => !match.verbDoers.has(key)));
  const { exact, loose } = postingsOf(data, { ...match, keys, shares: undefined }, true);
  const kept: Postings = new Map();
  for (const [doc, score] of exact)
    if (score >= VERB_MIN && (score > ALIAS || inOneName(doc))) kept.set(doc, score);
  for (const key of match.verbDoers)
    for (const [doc, weight] of data.keys.get(key) ?? []) {
      const score = weight * (match.keys.get(key) ?? 0);
      if (score >= VERB_MIN && score > (kept.get(doc) ?? 0) && inOneName(doc)) kept.set(doc, score);
    }
  return { exact: kept, loose };
}
