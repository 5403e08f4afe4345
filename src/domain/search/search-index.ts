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
 *
 * The index data is built once (search-data.ts) and read by pure functions: what a query says
 * of schooling and what it does not want (query-hits.ts), what a query word finds
 * (word-matches.ts), the ranking (search-ranking.ts), interest queries (interest-ranking.ts) and
 * the "also called" labels (also-called.ts).
 */
import { lowerBound } from './vocabulary.ts';
import { asCodeQuery } from './text.ts';
import { buildSearchData, type SearchData, type SearchDoc, type SearchHit } from './search-data.ts';
import { queryHits } from './query-hits.ts';
import { alsoCalledFor } from './also-called.ts';
import type { WordTokens } from './word-matches.ts';

export type { SearchDoc, SearchHit } from './search-data.ts';

export class SearchIndex {
  readonly #data: SearchData;

  constructor(docs: SearchDoc[]) {
    this.#data = buildSearchData(docs);
  }

  get size(): number {
    return this.#data.docs.length;
  }

  search(
    query: string,
    accept: (doc: SearchDoc) => boolean = () => true,
    lang?: 'en' | 'es',
  ): SearchHit[] {
    return this.find(query, accept, lang).hits;
  }

  /**
   * The hits, and the other name each was found by (see `alsoCalled`), from one reading of the
   * query. With `lang`, a title starting with the query counts only in the title shown in that
   * language; without, in either.
   */
  find(
    query: string,
    accept: (doc: SearchDoc) => boolean = () => true,
    lang?: 'en' | 'es',
  ): { hits: SearchHit[]; alsoCalled: (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined } {
    const code = asCodeQuery(query);
    if (code !== undefined) {
      // Found by code: no other name to show.
      const byCode = this.#byCode(code.toLowerCase(), accept);
      if (byCode.length > 0) return { hits: byCode, alsoCalled: () => undefined };
    }
    const found: WordTokens = new Map();
    const { hits, text } = queryHits(this.#data, query, accept, found, lang);
    return { hits, alsoCalled: alsoCalledFor(this.#data, text, found) };
  }

  /**
   * For a query, the other name each hit was found by, to show as "also called …": none when
   * the title has every word; else the alias that is the whole query, or the shortest alias that
   * has every word.
   */
  alsoCalled(query: string): (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined {
    return alsoCalledFor(this.#data, query, new Map());
  }

  #byCode(code: string, accept: (doc: SearchDoc) => boolean): SearchHit[] {
    const hits = new Map<SearchDoc, number>();
    for (
      let i = lowerBound(this.#data.codes, code, (c) => c.code);
      i < this.#data.codes.length && this.#data.codes[i]!.code.startsWith(code);
      i++
    ) {
      const doc = this.#data.docs[this.#data.codes[i]!.doc]!;
      const score = this.#data.codes[i]!.code === code ? 2 : 1;
      if (accept(doc) && (hits.get(doc) ?? 0) < score) hits.set(doc, score);
    }
    return [...hits]
      .map(([doc, score]) => ({ doc, score }))
      .sort(
        (a, b) => b.score - a.score || (a.doc.codes[0] ?? '').localeCompare(b.doc.codes[0] ?? ''),
      );
  }
}
