/**
 * What one query word finds in a search index (search-data.ts): the indexed words and Spanish
 * keys it stands for, with factors (itself, longer words it starts, the same word in another
 * gender or number, the trade of an -ing word, synonyms and everyday words), and, for a word the
 * index does not know, the words one or two typos away. Worked out once per word and query.
 */
import {
  agentForms,
  everydayWordsOf,
  ingKeys,
  isFigurative,
  masculineForms,
  numberForms,
  ownWordsOf,
  relatedWordsOf,
  spanishKey,
  synonymsOf,
} from './spanish.ts';
import {
  PREFIX,
  KEY,
  NUMBER,
  SYNONYM,
  EVERYDAY,
  MAX_PREFIX_EXPANSION,
  ING,
  TYPO,
  TYPO_STEP,
  AGENT,
  RELATED,
  NOUN_AGENT,
  ALIAS,
  TEXT,
  NAMED_ONLY,
} from './search-weights.ts';
import { agentNouns } from './agent-nouns.ts';
import { doerForms } from './action-words.ts';
import { isShortForm, keyOf, type Postings, type SearchData } from './search-data.ts';

/**
 * What one query word finds, with factors: indexed words (`exact`: itself, longer words it
 * starts, synonyms), Spanish gender- and number-free keys (`keys`), and, only when the word is no
 * indexed word itself in any gender or number and has no synonym, words one or two typos away
 * (`loose`).
 */
export interface WordMatch {
  exact: Map<string, number>;
  keys: Map<string, number>;
  loose: Map<string, number>;
  /** Keys of the everyday synonyms of the typo matches ("docter" → doctor → physician). */
  looseKeys: Map<string, number>;
  /** The words and keys in `exact` and `keys` only as synonyms or everyday words. */
  meant: Set<string>;
  /** The keys in `keys` only as the work an everyday word stands for (`related`: "outdoors" → forest). */
  related: Set<string>;
  /**
   * The word stands for work (everyday-words.ts `related`: "money" → financial): as a word of
   * other names only ("Money Examiner", "Nail Kegger") it weighs less than that work in a title.
   */
  standsFor: boolean;
  /** The indexed words in `exact` only as longer words the word starts ("help": "helpers"). */
  started: Set<string>;
  /** The keys in `keys` as the people who do what an -ing word names ("sewing": "sewer"). */
  doers: Set<string>;
  /**
   * The keys in `keys` only as who does what a verb of doing says ("cut": "cutter";
   * action-words.ts `doerForms`): a name with one says the work, not the verb as typed.
   */
  verbDoers: Set<string>;
  /**
   * A figurative word as typed (itself, in another gender or number, the base of an -ing word),
   * for documents that are no work (search-data.ts `workTypes`) only: a field of study says "Plant Sciences" or
   * "Drawing" in the sense the student means, an occupation's title in another one.
   */
  asTyped: { exact: Map<string, number>; keys: Map<string, number> } | undefined;
  /**
   * Cache: document → the largest share of its other names that has one of the words or keys
   * above (name-ranking.ts nameShare), worked out when first needed.
   */
  shares: Postings | undefined;
}

/** Query word → what it finds; kept for one query. */
export type WordTokens = Map<string, WordMatch>;

/** What a query word finds, from `cache` when this query already worked it out. */
export function tokensOf(data: SearchData, word: string, cache: WordTokens): WordMatch {
  let match = cache.get(word);
  if (!match) cache.set(word, (match = tokensFor(data, word)));
  return match;
}

function tokensFor(data: SearchData, word: string): WordMatch {
  const exact = new Map<string, number>();
  const keys = new Map<string, number>();
  const loose = new Map<string, number>();
  const doers = new Set<string>();
  const better = (map: Map<string, number>, key: string, factor: number) => {
    if ((map.get(key) ?? 0) < factor) map.set(key, factor);
  };
  // A figurative word ("hands") finds only what it stands for.
  const literal = !isFigurative(word);
  if (literal) {
    if (data.postings.has(word)) exact.set(word, 1);
    for (const form of numberForms(word)) if (data.postings.has(form)) better(exact, form, NUMBER);
    better(keys, spanishKey(word), KEY);
    for (const key of ingKeys(word)) better(keys, key, KEY * ING);
    for (const agent of agentForms(word)) {
      better(keys, spanishKey(agent), AGENT);
      doers.add(spanishKey(agent));
    }
    for (const agent of agentNouns(word)) better(keys, spanishKey(agent), NOUN_AGENT);
  }
  // Who does what a verb says ("make": "Furniture Maker"), though the verb as typed is
  // figurative ("make" is no "Makeup").
  const verbDoers = new Set<string>();
  for (const doer of doerForms(word)) {
    const key = spanishKey(doer);
    if (!keys.has(key)) verbDoers.add(key);
    better(keys, key, AGENT);
    doers.add(key);
  }
  const meant = new Set<string>();
  const related = new Set<string>();
  const standsFor = relatedWordsOf(word).length > 0;
  for (const key of relatedWordsOf(word).map(spanishKey)) if (!keys.has(key)) related.add(key);
  for (const [synonyms, factor] of [
    [synonymsOf(word), SYNONYM],
    [everydayWordsOf(word), EVERYDAY],
    [relatedWordsOf(word), RELATED],
  ] as const) {
    for (const synonym of synonyms) {
      const key = spanishKey(synonym);
      if (!exact.has(synonym)) meant.add(synonym);
      if (!keys.has(key)) meant.add(key);
      better(exact, synonym, factor);
      better(keys, key, factor);
    }
  }
  // "películas": no other name says it, and O*NET's English names say "Movie Star" as "movies"
  // finds it, the word itself. ("boat" is in names: "ship" stays what it means.)
  const unnamed = !data.aliasShares.has(word) && !data.aliasShares.has(keyOf(data, word));
  for (const own of unnamed ? ownWordsOf(word) : []) {
    better(exact, own, NUMBER);
    better(keys, spanishKey(own), NUMBER);
  }
  const started = new Set<string>();
  if (literal && word.length >= 2 && !isShortForm(data, word)) {
    // A whole word of the index as typed ("cop") is not the start of other names' longer
    // words ("Copilot", "Copper"): they would drag in unrelated English names.
    const whole = data.postings.has(word);
    for (const longer of data.vocabulary.startingWith(word, MAX_PREFIX_EXPANSION))
      if (longer !== word && (!whole || data.plainWords.has(longer))) {
        if (!exact.has(longer)) started.add(longer);
        better(exact, longer, PREFIX);
      }
  }
  const looseKeys = new Map<string, number>();
  // A word that is an indexed word in another gender or number ("mesero": "Meseros"), or one
  // with synonyms, is no typo: correcting it would only drag in unrelated words ("yesero").
  const known =
    !literal || data.postings.has(word) || data.keys.has(spanishKey(word)) || meant.size > 0;
  if (word.length >= 4 && !known) typos(data, word, exact, loose, looseKeys);
  const asTyped = literal
    ? undefined
    : {
        exact: new Map(data.postings.has(word) ? [[word, 1]] : []),
        keys: new Map([
          [spanishKey(word), KEY],
          ...ingKeys(word).map((k) => [k, KEY * ING] as const),
        ]),
      };
  return {
    exact,
    keys,
    loose,
    looseKeys,
    meant,
    related,
    standsFor,
    started,
    doers,
    verbDoers,
    asTyped,
    shares: undefined,
  };
}

/**
 * Indexed words one or two typos from `word` (two from 8 letters on) into `loose`, unless
 * `exact` has them. A plural counts as its singular ("mecanic" is one typo from "mechanics",
 * "docters" from "doctor"). The
 * closest words weigh most; a different first letter counts as one more typo (people seldom
 * miss the first letter: "plumer" is "plumber" before "flumer"); among equally close words,
 * the more common ones weigh a little more ("enginer" is "engineer" before "engine"). The
 * everyday synonyms of what the typo stands for count too ("docter" → doctor → physician), and
 * the people who do the work it names ("pyschology" → psychology → psychologists).
 * A Spanish feminine is also corrected as its masculine, as titles say ("maetra" → maestros),
 * and an f written for ph, or ph for f, as one typo ("fotographer" → photographer).
 */
function typos(
  data: SearchData,
  word: string,
  exact: Map<string, number>,
  loose: Map<string, number>,
  looseKeys: Map<string, number>,
): void {
  const found: { token: string; factor: number; df: number }[] = [];
  let mostDocs = 1;
  const candidates = new Map<string, number>();
  const add = (token: string, cost: number) =>
    candidates.set(token, Math.min(cost, candidates.get(token) ?? cost));
  for (const typed of [word, ...masculineForms(word)])
    for (const { token, cost } of data.vocabulary.typosOf(typed, (t) => exact.has(t)))
      add(token, cost);
  // The other spelling of the sound is one typo, wherever it is ("fotographer" → photographer),
  // looked for only when no word is one plain typo away (as most typos are: no second search).
  const closest = Math.min(Infinity, ...candidates.values());
  for (const other of closest > 0 ? soundAlikes(word) : []) {
    if (data.postings.has(other)) add(other, 0);
    for (const { token, cost } of data.vocabulary.typosOf(other, (t) => exact.has(t)))
      add(token, Math.max(0, cost));
  }
  for (const [token, cost] of candidates) {
    const df = data.postings.get(token)!.size;
    if (df > mostDocs) mostDocs = df;
    found.push({ token, factor: TYPO - TYPO_STEP * cost, df });
  }
  for (const { token, factor, df } of found) {
    const weighed = factor * (0.92 + 0.08 * (Math.log(1 + df) / Math.log(1 + mostDocs)));
    if ((loose.get(token) ?? 0) < weighed) loose.set(token, weighed);
    const better = (key: string, factor: number) => {
      if ((looseKeys.get(key) ?? 0) < weighed * factor) looseKeys.set(key, weighed * factor);
    };
    for (const synonym of [...synonymsOf(token), ...everydayWordsOf(token)])
      better(spanishKey(synonym), SYNONYM);
    // The people of the word corrected: "pyschology" → psychologists, "programing" → programmers.
    for (const agent of agentForms(token)) better(spanishKey(agent), AGENT);
    for (const agent of agentNouns(token)) better(spanishKey(agent), NOUN_AGENT);
  }
}

/**
 * doc → best score for one query word: `exact` holds real matches (the word, a longer word it
 * starts, the same word in another gender or number, a synonym), `loose` typo matches of
 * documents with no real match. With `whole`, neither longer words it only starts nor typos;
 * `'as typed'` also leaves out synonyms and the work it stands for: only the word itself, in
 * another form.
 */
export function postingsOf(
  data: SearchData,
  match: WordMatch,
  whole: boolean | 'as typed' = false,
): { exact: Postings; loose: Postings } {
  const typed = whole === 'as typed';
  const thingsOf = (word: string, among: ReadonlySet<string>, keyed = true) =>
    among.has(word) ? data.thingWords.get(keyed ? keyOf(data, word) : word) : undefined;
  const exact: Postings = new Map();
  const merge = (
    into: Postings,
    postings: Postings | undefined,
    factor: number,
    keep = (_doc: number) => true,
    things?: ReadonlySet<number>,
  ) => {
    for (const [doc, weight] of postings ?? []) {
      if (!keep(doc)) continue;
      const named = match.standsFor && weight <= ALIAS && weight > TEXT;
      // The people a word starts or an -ing word names, where a name has them only as a
      // thing ("sew": not the "Sewer" of "Sewer Pipe Cleaners"), are a mention at most.
      const heard = things?.has(doc) ? Math.min(weight, TEXT) : weight;
      const score = heard * factor * (named ? NAMED_ONLY : 1);
      if ((into.get(doc) ?? 0) < score) into.set(doc, score);
    }
  };
  for (const [token, factor] of match.exact)
    if (!whole || !(match.started.has(token) || (typed && match.meant.has(token))))
      merge(exact, data.postings.get(token), factor, undefined, thingsOf(token, match.started));
  // Who does what a verb says counts only beside its thing (doing-words.ts), not alone
  // ("build things" is no "Tire Builders").
  for (const [key, factor] of match.keys)
    if (match.verbDoers.has(key)) continue;
    else if (!typed || !(match.meant.has(key) || match.related.has(key)))
      merge(exact, data.keys.get(key), factor, undefined, thingsOf(key, match.doers, false));
  if (match.asTyped) {
    const unscored = (doc: number) => !data.workTypes.has(data.docs[doc]!.type);
    for (const [token, factor] of match.asTyped.exact)
      merge(exact, data.postings.get(token), factor, unscored);
    for (const [key, factor] of match.asTyped.keys)
      merge(exact, data.keys.get(key), factor, unscored);
  }
  const loose: Postings = new Map();
  if (whole) return { exact, loose };
  const mergeLoose = (postings: Postings | undefined, factor: number) => {
    for (const [doc, weight] of postings ?? []) {
      if (exact.has(doc)) continue;
      if ((loose.get(doc) ?? 0) < weight * factor) loose.set(doc, weight * factor);
    }
  };
  for (const [token, factor] of match.loose) mergeLoose(data.postings.get(token), factor);
  for (const [key, factor] of match.looseKeys) mergeLoose(data.keys.get(key), factor);
  return { exact, loose };
}

/**
 * The word with f written ph, and with ph written f, as the same sound is spelled in English
 * and in Spanish ("fotographer" → "photographer", "photografer" → "photographer", "photografo"
 * → "fotografo"); none when it has neither.
 */
function soundAlikes(word: string): string[] {
  const forms: string[] = [];
  if (word.includes('f')) forms.push(word.replaceAll('f', 'ph'));
  if (word.includes('ph')) forms.push(word.replaceAll('ph', 'f'));
  return forms;
}
