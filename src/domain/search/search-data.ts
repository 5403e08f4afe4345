/**
 * What a search index holds (search-types.ts), built once from its documents and then only read: the postings of
 * every word and of every Spanish key (spanishKey), the sorted vocabulary, codes, other names,
 * folded titles and interest lists. The functions that answer queries (search-ranking.ts,
 * word-matches.ts, interest-ranking.ts, also-called.ts) take it as a plain structure; the only
 * things that change after the build are two caches (word keys, laid-out other names).
 */
import { agentForms, glossaryTerms, ingKeys, isKnownShortForm, spanishKey } from './spanish.ts';
import { aliasBook, type AliasBook } from './alias-book.ts';
import type { AliasName, Postings, SearchData, SearchDoc, TitlePair } from './search-types.ts';
import { spanishTitleHeads } from './spanish-titles.ts';
import { compoundModifiers } from './compound-words.ts';
import { Vocabulary } from './vocabulary.ts';
import { TITLE, TEXT, ALIAS, ING, SHORT_FORM, INTEREST_MIN } from './search-weights.ts';
import { RIASEC, type RiasecLetter } from '../occupation/riasec.ts';
import { fold, queryWords, tokenize } from './text.ts';

export type {
  SearchDoc,
  SearchHit,
  Postings,
  AliasName,
  TitlePair,
  SearchData,
} from './search-types.ts';

/** Where a title starts to say what it leaves out: "…, Except Special Education". */
const EXCEPT = /\bexcept\b/i;

/** The words of a name, in order, as one key: "Staff RN" and "staff-rn" are the same name. */
export const nameKey = (text: string) => tokenize(text).join(' ');

export function buildSearchData(docs: readonly SearchDoc[]): SearchData {
  const postings = new Map<string, Postings>();
  const keys = new Map<string, Postings>();
  const aliasNames = new Map<string, number[]>();
  const aliasKeyNames = new Map<string, number[]>();
  const aliasList = new Map<SearchDoc, AliasName[]>();
  const aliasShares = new Map<string, Postings>();
  const plainWords = new Set<string>();
  const foldedTitles: TitlePair[] = [];
  const titleKeys: TitlePair[] = [];
  const esTitleHeads: string[][] = [];
  const titleWords: { en: number; es: number | undefined }[] = [];
  const titleHeads = new Set<string>();
  const thingWords = new Map<string, Set<number>>();
  const nameWords: string[][][] = [];
  const titleParts: number[] = [];
  const shortForms = new Set<string>();
  const byArea = new Map<RiasecLetter, number[]>();
  const interestTypes = new Set<string>();
  const wordKeys = new Map<string, string>();
  // Keys are worked out against the postings as they grow, as the finished index does.
  const keying = { postings, wordKeys };
  const codes: { code: string; doc: number }[] = [];
  const capitals = new Set<string>();
  const ordinary = new Set<string>();
  docs.forEach((doc, id) => {
    foldedTitles.push({
      en: fold(doc.title.en),
      es: doc.title.es ? fold(doc.title.es) : undefined,
    });
    const titleKey = (text: string) =>
      queryWords(text)
        .map((w) => keyOf(keying, w))
        .join(' ');
    const words = queryWords(doc.title.en);
    const except = words.indexOf('except');
    titleWords.push({
      en: Math.max(1, except > 0 ? except : words.length),
      es: doc.title.es ? Math.max(1, queryWords(doc.title.es).length) : undefined,
    });
    titleKeys.push({
      en: titleKey(doc.title.en),
      es: doc.title.es ? titleKey(doc.title.es) : undefined,
    });
    esTitleHeads.push(spanishTitleHeads(doc.title.es ?? '').map((head) => keysOf(keying, head)));
    const add = (text: string, weight: number, words = tokenize(text)) => {
      for (const word of words) {
        addPosting(postings, word, id, weight);
        if (weight !== ALIAS) plainWords.add(word);
        addPosting(keys, keyOf(keying, word), id, weight);
        for (const key of ingKeys(word)) addPosting(keys, key, id, weight * ING);
        for (const agent of agentForms(word)) addPosting(keys, spanishKey(agent), id, weight * ING);
      }
    };
    // What a title leaves out ("Sales Representatives of Services, Except Advertising, Insurance,
    // Financial Services, and Travel") is no work of the document: weighed as other text.
    const [named, ...excepted] = doc.title.en.split(EXCEPT);
    for (const part of named!.split(',')) {
      const last = tokenize(part).at(-1);
      if (last) titleHeads.add(keyOf(keying, last));
    }
    add(named!, TITLE);
    if (excepted.length > 0) add(excepted.join(' '), TEXT);
    if (doc.title.es) add(doc.title.es, TITLE);
    for (const name of [doc.title.en, doc.title.es ?? '', ...(doc.aliases ?? [])])
      noteCase(name, capitals, ordinary);
    if (doc.text) add(doc.text, TEXT);
    if (!doc.title.es) add(glossaryTerms(doc.title.en), TEXT);
    const names: AliasName[] = [];
    for (const alias of doc.aliases ?? []) {
      const tokens = tokenize(alias);
      add(alias, ALIAS, tokens);
      const key = tokens.join(' ');
      names.push({ alias, key, tokens });
      for (const [map, name] of [
        [aliasNames, key],
        [aliasKeyNames, keysOf(keying, tokens)],
      ] as const) {
        const list = map.get(name);
        if (!list) map.set(name, [id]);
        else if (list.at(-1) !== id) list.push(id);
      }
    }
    if (names.length > 0) aliasList.set(doc, names);
    const nameTokens = [...named!.split(',').map(tokenize), ...names.map((n) => n.tokens)];
    nameWords.push(nameTokens);
    titleParts.push(named!.split(',').length);
    noteThings(
      nameTokens,
      (word) => keyOf(keying, word),
      (key) => addTo(thingWords, key, id),
    );
    const holding = new Map<string, number>();
    for (const { tokens } of names)
      for (const word of new Set([...tokens, ...tokens.map((t) => keyOf(keying, t))]))
        holding.set(word, (holding.get(word) ?? 0) + 1);
    for (const [key, count] of holding) addPosting(aliasShares, key, id, count / names.length);
    for (const code of doc.codes) codes.push({ code: code.toLowerCase(), doc: id });
  });
  for (const word of capitals) if (!ordinary.has(word)) shortForms.add(word);
  for (const key of thingWords.keys()) if (!titleHeads.has(key)) thingWords.delete(key);
  for (const doc of docs) if (doc.interests) interestTypes.add(doc.type);
  const workTypes = new Set(interestTypes);
  for (const doc of docs) if (doc.aliases?.length) workTypes.add(doc.type);
  const modifiers = compoundModifiers(
    nameWords.map((names, id) => (workTypes.has(docs[id]!.type) ? names : [])),
    (w) => keyOf(keying, w),
    titleParts,
  );
  for (const letter of RIASEC) {
    const fits = (id: number) => docs[id]!.interests?.[letter] ?? 0;
    byArea.set(
      letter,
      docs
        .map((_, id) => id)
        .filter((id) => fits(id) >= INTEREST_MIN)
        .sort((a, b) => fits(b) - fits(a) || (docs[b]!.prior ?? 0) - (docs[a]!.prior ?? 0)),
    );
  }
  return {
    docs,
    postings,
    keys,
    vocabulary: new Vocabulary(postings.keys()),
    codes: codes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    aliasNames,
    aliasKeyNames,
    aliasList,
    aliasShares,
    aliasBooks: new Map(),
    plainWords,
    wordKeys,
    foldedTitles,
    titleKeys,
    esTitleHeads,
    titleWords,
    titleHeads,
    modifiers,
    thingWords,
    shortForms,
    byArea,
    interestTypes,
    workTypes,
  };
}

/** Calls `thing` with the key of each word the names have only before another word, never last. */
function noteThings(
  names: readonly (readonly string[])[],
  keyOf: (word: string) => string,
  thing: (key: string) => void,
): void {
  const before = new Set<string>();
  const last = new Set<string>();
  for (const tokens of names)
    tokens.forEach((token, i) => (i === tokens.length - 1 ? last : before).add(keyOf(token)));
  for (const key of before) if (!last.has(key)) thing(key);
}

const addTo = (map: Map<string, Set<number>>, key: string, id: number) => {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
};

/** A word's Spanish key, remembered for the words of the index. */
export function keyOf(data: Pick<SearchData, 'postings' | 'wordKeys'>, word: string): string {
  let key = data.wordKeys.get(word);
  if (key === undefined) {
    key = spanishKey(word);
    if (data.postings.has(word)) data.wordKeys.set(word, key);
  }
  return key;
}

/** Words as their Spanish keys, as one key: "doctoras de familia" → "doctor famili". */
export function keysOf(
  data: Pick<SearchData, 'postings' | 'wordKeys'>,
  words: readonly string[],
): string {
  return words.map((word) => keyOf(data, word)).join(' ');
}

/**
 * How much of the title that has the query's words (their keys, `keys`) the query says, from 0
 * to 1: the title in the language asked for when it has every key, else the other one when it
 * does ("mecanic" is in the Spanish "Maquinistas (mecánicos de torno y fresa)" of "Machinists":
 * four words, not one), else the English title (the words matched through synonyms or other
 * names). Its words said are the `n` words that count, or more where more of its words are what
 * they mean (`meant`, keys): "hair" says all of "Hairdressers, Hairstylists, and
 * Cosmetologists", as of "Barbers".
 */
export function titleShare(
  data: SearchData,
  id: number,
  keys: readonly string[],
  meant: ReadonlySet<string>,
  n: number,
  lang: 'en' | 'es' | undefined,
): number {
  const counts = data.titleWords[id]!;
  const titles = data.titleKeys[id]!;
  let which: 'en' | 'es' = 'en';
  for (const side of lang === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const)) {
    const title = titles[side];
    if (title !== undefined && keys.every((key) => hasWord(title, key))) {
      which = side;
      break;
    }
  }
  const length = counts[which] ?? counts.en;
  let said = 0;
  if (meant.size > 0)
    for (const key of (titles[which] ?? titles.en).split(' ')) if (meant.has(key)) said++;
  return Math.min(1, Math.max(n, said) / length);
}

/**
 * Whether the English title of document `id` has, for each query word, one of its keys (itself
 * in any form, a synonym or what an everyday word means).
 */
export function englishTitleHas(
  data: SearchData,
  id: number,
  keysPerWord: readonly (readonly string[])[],
): boolean {
  const title = data.titleKeys[id]!.en;
  return keysPerWord.every((keys) => keys.some((key) => hasWord(title, key)));
}

/** Whether words joined by spaces have `word` as one of them (no string is built). */
function hasWord(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || words[at - 1] === ' ') && (end === words.length || words[end] === ' '))
      return true;
  }
  return false;
}

/** A short form ("ai", "emt"): known from everyday-words.ts or written only in capitals here. */
export function isShortForm(data: SearchData, word: string): boolean {
  return word.length <= SHORT_FORM && (isKnownShortForm(word) || data.shortForms.has(word));
}

/** A document's other names laid out for queries, once (most documents are never shown). */
export function aliasBookOf(data: SearchData, doc: SearchDoc): AliasBook | undefined {
  let book = data.aliasBooks.get(doc);
  if (!book) {
    const names = data.aliasList.get(doc);
    if (!names) return undefined;
    data.aliasBooks.set(doc, (book = aliasBook(names, (w) => keyOf(data, w))));
  }
  return book;
}

function addPosting(index: Map<string, Postings>, key: string, doc: number, weight: number): void {
  let posting = index.get(key);
  if (!posting) index.set(key, (posting = new Map()));
  if ((posting.get(doc) ?? 0) < weight) posting.set(doc, weight);
}

/**
 * Sorts the words of a title or other name: short words in capitals ("EMT", "RNs") into
 * `capitals`, every other word into `ordinary`, both folded.
 */
function noteCase(name: string, capitals: Set<string>, ordinary: Set<string>): void {
  for (const raw of name.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length === 0) continue;
    if (/^[A-Z]{2,4}s?$/.test(raw) && raw.length <= SHORT_FORM + 1)
      capitals.add(fold(raw.endsWith('s') ? raw.slice(0, -1) : raw));
    else ordinary.add(fold(raw));
  }
}
