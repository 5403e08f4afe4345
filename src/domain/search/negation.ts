/**
 * What a query says the student does not want: "sports but not playing", "animals, no
 * dogs", "nada de oficina". The words from a negation to the end of the query (or to the next
 * "but", "and", "pero", "y") are taken out of the query; search-ranking.ts puts the hits that
 * have them as typed after the others, so what remains still finds them. Pure.
 */
import { tokenize, plainQuery } from './text.ts';

/** Words that start what the student does not want ("don't" is read as "don", "t"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'dont', 'don', 'nada', 'nunca', 'sin']);
/** Words that end it: "not playing but coaching" wants coaching. */
const ENDS = new Set(['but', 'and', 'pero', 'y', 'sino']);
/** What is left of a negation's words: the "t" of "don't", and words of wanting. */
const EMPTY = new Set([
  't',
  'want',
  'wanna',
  'gonna',
  'to',
  'be',
  'a',
  'an',
  'the',
  'de',
  'querer',
  'quiero',
  'ser',
]);

export interface NegatedQuery {
  /** The query without its negated words and the words that start and end them. */
  text: string;
  /** The words said not to be wanted (folded). */
  unwanted: string[];
}

/**
 * The query split into what is wanted and what is not. A query with no negation, or with
 * nothing left once its negated words are out ("not", "no dogs"), is read as typed.
 */
export function readNegation(query: string): NegatedQuery {
  const tokens = tokenize(plainQuery(query));
  const wanted: string[] = [];
  const unwanted: string[] = [];
  let negated = false;
  for (const token of tokens) {
    if (NEGATIONS.has(token)) negated = true;
    else if (ENDS.has(token)) negated = false;
    else if (!negated) wanted.push(token);
    else if (!EMPTY.has(token)) unwanted.push(token);
  }
  if (unwanted.length === 0 || wanted.length === 0) return { text: query, unwanted: [] };
  return { text: wanted.join(' '), unwanted };
}
