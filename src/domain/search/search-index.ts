/**
 * An in-memory search index over a few thousand documents (clusters, pathways, occupations,
 * programs, courses, credentials, CIP programs). Every word of the query must match a word of
 * the document exactly, as a prefix ("nurs"), in another gender or number ("maestra" finds
 * "Maestros"), as an everyday synonym ("profesor" finds "Maestros") or within one or two typos
 * ("sofware"); titles weigh more than other text. A document whose words all match for real
 * always ranks above one that needs a typo match. English-only documents are also found by the
 * glossary's Spanish terms, and occupations by their other names (O*NET alternate and short
 * titles), which results can show as "also called …". Codes are found by exact code or code
 * prefix. Pure and synchronous.
 */
import { glossaryTerms, spanishKey, synonymsOf } from './spanish.ts';
import { aliasBook, shortestWithEvery, type AliasBook } from './alias-book.ts';
import { asCodeQuery, editDistance, fold, queryWords, tokenize, trigrams } from './text.ts';

export interface SearchDoc {
  type: string;
  id: string;
  /** Codes this document is found by (e.g. "15-1252.00", "15-1252", "51.3801"). */
  codes: string[];
  /** Title in each language; Spanish is optional. */
  title: { en: string; es?: string | undefined };
  /** Other searchable text, weighed less than the title. */
  text?: string;
  /** Other names people use (O*NET alternate and short titles), weighed almost as the title. */
  aliases?: readonly string[] | undefined;
  /** A short second line for results. */
  subtitle?: { en: string; es?: string | undefined } | undefined;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

type Postings = Map<number, number>;

/**
 * What one query word finds, with factors: indexed words (`exact`: itself, longer words it
 * starts, synonyms), Spanish gender- and number-free keys (`keys`), and, only when the word is no
 * indexed word itself, words one or two typos away (`loose`).
 */
interface WordMatch {
  exact: Map<string, number>;
  keys: Map<string, number>;
  loose: Map<string, number>;
}

/** One other name of a document: as written, its words, and its words as one key. */
interface AliasName {
  alias: string;
  key: string;
  tokens: string[];
}

/** Query word → what it finds; kept for one query. */
type WordTokens = Map<string, WordMatch>;

/** The words of a name, in order, as one key: "Staff RN" and "staff-rn" are the same name. */
const nameKey = (text: string) => tokenize(text).join(' ');

const TITLE = 1;
const TEXT = 0.4;
const ALIAS = 0.9;
/** Added when the query is a whole other name of the document ("RN", "cop"). */
const WHOLE_ALIAS = 0.3;
const PREFIX = 0.85;
/** Same word in another gender or number. */
const KEY = 0.95;
/** An everyday synonym of the word. */
const SYNONYM = 0.8;
const MAX_PREFIX_EXPANSION = 300;

export class SearchIndex {
  readonly #docs: SearchDoc[];
  readonly #postings = new Map<string, Postings>();
  /** Spanish gender- and number-free keys (spanishKey) → documents. */
  readonly #keys = new Map<string, Postings>();
  readonly #words: string[];
  readonly #grams = new Map<string, number[]>();
  /** Scratch counts of shared trigrams per vocabulary word, all zero between queries. */
  #gramCounts: Uint8Array | undefined;
  readonly #codes: { code: string; doc: number }[];
  readonly #aliasNames = new Map<string, number[]>();
  /** Each document's other names as read; laid out as an AliasBook when first needed. */
  readonly #aliasList = new Map<SearchDoc, AliasName[]>();
  readonly #aliasBooks = new Map<SearchDoc, AliasBook>();
  /** Each indexed word's Spanish key (spanishKey), worked out once. */
  readonly #wordKeys = new Map<string, string>();
  /** Each document's titles folded once, for the "title starts with the query" bonus. */
  readonly #foldedTitles: string[][] = [];

  constructor(docs: SearchDoc[]) {
    this.#docs = docs;
    const codes: { code: string; doc: number }[] = [];
    docs.forEach((doc, id) => {
      this.#foldedTitles.push([doc.title.en, doc.title.es ?? ''].filter(Boolean).map(fold));
      const add = (text: string, weight: number, words = tokenize(text)) => {
        for (const word of words) {
          addPosting(this.#postings, word, id, weight);
          addPosting(this.#keys, this.#keyOf(word), id, weight);
        }
      };
      add(doc.title.en, TITLE);
      if (doc.title.es) add(doc.title.es, TITLE);
      if (doc.text) add(doc.text, TEXT);
      if (!doc.title.es) add(glossaryTerms(doc.title.en), TEXT);
      const names: AliasName[] = [];
      for (const alias of doc.aliases ?? []) {
        const tokens = tokenize(alias);
        add(alias, ALIAS, tokens);
        const key = tokens.join(' ');
        names.push({ alias, key, tokens });
        const list = this.#aliasNames.get(key);
        if (!list) this.#aliasNames.set(key, [id]);
        else if (list.at(-1) !== id) list.push(id);
      }
      if (names.length > 0) this.#aliasList.set(doc, names);
      for (const code of doc.codes) codes.push({ code: code.toLowerCase(), doc: id });
    });
    this.#words = [...this.#postings.keys()].sort();
    this.#words.forEach((word, index) => {
      if (word.length < 4) return;
      for (const gram of new Set(trigrams(word))) {
        const list = this.#grams.get(gram);
        if (list) list.push(index);
        else this.#grams.set(gram, [index]);
      }
    });
    this.#codes = codes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  /** A document's other names laid out for queries, once (most documents are never shown). */
  #aliasBookOf(doc: SearchDoc): AliasBook | undefined {
    let book = this.#aliasBooks.get(doc);
    if (!book) {
      const names = this.#aliasList.get(doc);
      if (!names) return undefined;
      this.#aliasBooks.set(doc, (book = aliasBook(names, (w) => this.#keyOf(w))));
    }
    return book;
  }

  /** A word's Spanish key, remembered for the words of the index. */
  #keyOf(word: string): string {
    let key = this.#wordKeys.get(word);
    if (key === undefined) {
      key = spanishKey(word);
      if (this.#postings.has(word)) this.#wordKeys.set(word, key);
    }
    return key;
  }

  get size(): number {
    return this.#docs.length;
  }

  search(query: string, accept: (doc: SearchDoc) => boolean = () => true): SearchHit[] {
    return this.find(query, accept).hits;
  }

  /** The hits, and the other name each was found by (see `alsoCalled`), from one reading of the query. */
  find(
    query: string,
    accept: (doc: SearchDoc) => boolean = () => true,
  ): { hits: SearchHit[]; alsoCalled: (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined } {
    const code = asCodeQuery(query);
    if (code !== undefined) {
      // Found by code: no other name to show.
      const byCode = this.#byCode(code.toLowerCase(), accept);
      if (byCode.length > 0) return { hits: byCode, alsoCalled: () => undefined };
    }
    const found: WordTokens = new Map();
    return { hits: this.#search(query, accept, found), alsoCalled: this.#alsoCalled(query, found) };
  }

  /**
   * For a query, the other name each hit was found by, to show as "also called …": none when
   * the title has every word; else the alias that is the whole query, or the shortest alias that
   * has every word.
   */
  alsoCalled(query: string): (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined {
    return this.#alsoCalled(query, new Map());
  }

  #search(query: string, accept: (doc: SearchDoc) => boolean, found: WordTokens): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const scores = new Map<number, number>();
    const counts = new Map<number, number>();
    const real = new Map<number, number>();
    for (const word of words) {
      const { exact, loose } = this.#matches(this.#tokensOf(word, found));
      for (const [matches, isReal] of [
        [exact, true],
        [loose, false],
      ] as const) {
        for (const [doc, score] of matches) {
          scores.set(doc, (scores.get(doc) ?? 0) + score);
          counts.set(doc, (counts.get(doc) ?? 0) + 1);
          if (isReal) real.set(doc, (real.get(doc) ?? 0) + 1);
        }
      }
    }
    const folded = fold(query.trim());
    const wholeAlias = new Set(this.#aliasNames.get(nameKey(query)) ?? []);
    const hits: (SearchHit & { real: number })[] = [];
    for (const [id, score] of scores) {
      if (counts.get(id) !== words.length) continue;
      const doc = this.#docs[id]!;
      if (!accept(doc)) continue;
      const starts = this.#foldedTitles[id]!.some((title) => title.startsWith(folded));
      const bonus = (starts ? 0.25 : 0) + (wholeAlias.has(id) ? WHOLE_ALIAS : 0);
      hits.push({ doc, score: score / words.length + bonus, real: real.get(id) ?? 0 });
    }
    return hits
      .sort(
        (a, b) =>
          b.real - a.real || b.score - a.score || a.doc.title.en.length - b.doc.title.en.length,
      )
      .map(({ doc, score }) => ({ doc, score }));
  }

  #alsoCalled(
    query: string,
    cache: WordTokens,
  ): (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined {
    const words = queryWords(query);
    const key = nameKey(query);
    const whole = new Set((this.#aliasNames.get(key) ?? []).map((id) => this.#docs[id]));
    let found: WordMatch[] | undefined;
    const matches = (m: WordMatch, token: string, tokenKey: string) =>
      m.exact.has(token) || m.loose.has(token) || m.keys.has(tokenKey);
    return (doc, lang = 'en') => {
      const book = this.#aliasBookOf(doc);
      if (!book || words.length === 0) return undefined;
      const wanted = (found ??= words.map((w) => this.#tokensOf(w, cache)));
      // The title the person sees (Spanish where there is one) already explains the match.
      const title = tokenize(lang === 'es' ? (doc.title.es ?? doc.title.en) : doc.title.en);
      const keys = title.map((token) => this.#keyOf(token));
      if (wanted.every((m) => title.some((token, i) => matches(m, token, keys[i]!))))
        return undefined;
      if (whole.has(doc)) {
        const named = book.names.find((name) => name.key === key);
        if (named) return named.alias;
      }
      return shortestWithEvery(book, (token, key) => wanted.map((m) => matches(m, token, key)));
    };
  }

  /**
   * doc → best score for one query word: `exact` holds real matches (the word, a longer word it
   * starts, the same word in another gender or number, a synonym), `loose` typo matches of
   * documents with no real match.
   */
  #matches(match: WordMatch): { exact: Postings; loose: Postings } {
    const exact: Postings = new Map();
    const merge = (into: Postings, postings: Postings | undefined, factor: number) => {
      for (const [doc, weight] of postings ?? []) {
        const score = weight * factor;
        if ((into.get(doc) ?? 0) < score) into.set(doc, score);
      }
    };
    for (const [token, factor] of match.exact) merge(exact, this.#postings.get(token), factor);
    for (const [key, factor] of match.keys) merge(exact, this.#keys.get(key), factor);
    const loose: Postings = new Map();
    for (const [token, factor] of match.loose) {
      for (const [doc, weight] of this.#postings.get(token) ?? []) {
        if (exact.has(doc)) continue;
        if ((loose.get(doc) ?? 0) < weight * factor) loose.set(doc, weight * factor);
      }
    }
    return { exact, loose };
  }

  #tokensOf(word: string, cache: WordTokens): WordMatch {
    let match = cache.get(word);
    if (!match) cache.set(word, (match = this.#tokensFor(word)));
    return match;
  }

  #tokensFor(word: string): WordMatch {
    const exact = new Map<string, number>();
    const keys = new Map<string, number>();
    const loose = new Map<string, number>();
    const better = (map: Map<string, number>, key: string, factor: number) => {
      if ((map.get(key) ?? 0) < factor) map.set(key, factor);
    };
    if (this.#postings.has(word)) exact.set(word, 1);
    better(keys, spanishKey(word), KEY);
    for (const synonym of synonymsOf(word)) {
      better(exact, synonym, SYNONYM);
      better(keys, spanishKey(synonym), SYNONYM);
    }
    if (word.length >= 2) {
      let i = lowerBound(this.#words, word);
      for (
        let n = 0;
        i < this.#words.length && n < MAX_PREFIX_EXPANSION && this.#words[i]!.startsWith(word);
        i++, n++
      ) {
        if (this.#words[i] !== word) better(exact, this.#words[i]!, PREFIX);
      }
    }
    if (word.length >= 4 && !this.#postings.has(word)) {
      // q-gram filter: one edit changes at most three trigrams, so a word within `max` edits
      // shares at least (trigrams - 3 × max) of them; only those get the edit-distance check.
      const max = word.length >= 8 ? 2 : 1;
      const grams = [...new Set(trigrams(word))];
      const needed = Math.max(1, grams.length - 3 * max);
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
      for (const index of touched) {
        const count = shared[index]!;
        shared[index] = 0;
        if (count < needed) continue;
        const token = this.#words[index]!;
        if (exact.has(token) || Math.abs(token.length - word.length) > max) continue;
        const distance = editDistance(word, token, max);
        if (distance <= max) loose.set(token, 0.75 - 0.15 * (distance - 1));
      }
    }
    return { exact, keys, loose };
  }

  #byCode(code: string, accept: (doc: SearchDoc) => boolean): SearchHit[] {
    const hits = new Map<SearchDoc, number>();
    for (
      let i = lowerBoundBy(this.#codes, code);
      i < this.#codes.length && this.#codes[i]!.code.startsWith(code);
      i++
    ) {
      const doc = this.#docs[this.#codes[i]!.doc]!;
      const score = this.#codes[i]!.code === code ? 2 : 1;
      if (accept(doc) && (hits.get(doc) ?? 0) < score) hits.set(doc, score);
    }
    return [...hits]
      .map(([doc, score]) => ({ doc, score }))
      .sort(
        (a, b) => b.score - a.score || (a.doc.codes[0] ?? '').localeCompare(b.doc.codes[0] ?? ''),
      );
  }
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBoundBy(sorted: { code: string }[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.code < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addPosting(index: Map<string, Postings>, key: string, doc: number, weight: number): void {
  let posting = index.get(key);
  if (!posting) index.set(key, (posting = new Map()));
  if ((posting.get(doc) ?? 0) < weight) posting.set(doc, weight);
}
