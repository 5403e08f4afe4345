/**
 * What a query says beyond the words that name work: the schooling it asks for ("no college",
 * "stay in school long"; schooling-words.ts) and what it does not want ("sports but not
 * playing"; negation.ts). The words that remain are ranked as any query (search-ranking.ts);
 * schooling keeps the work entered at those levels (documents with no levels, such as
 * clusters, are kept when they have the words), and the hits that have an unwanted word come
 * after the others.
 */
import { MAX_INTEREST } from './search-weights.ts';
import { isFiller, isGeneric } from './text.ts';
import { readQuery } from './spanish.ts';
import { readSchooling } from './schooling-words.ts';
import { readNegation } from './negation.ts';
import { rankedHits } from './search-ranking.ts';
import { postingsOf, tokensOf, type WordTokens } from './word-matches.ts';
import type { SearchData, SearchDoc, SearchHit } from './search-data.ts';

/** The hits for a query, best first, and the text its words were ranked by. */
export function queryHits(
  data: SearchData,
  query: string,
  accept: (doc: SearchDoc) => boolean,
  found: WordTokens,
  lang: 'en' | 'es' | undefined,
): { hits: SearchHit[]; text: string } {
  const { levels, text: rest } = readSchooling(query);
  const { text, unwanted } = readNegation(rest);
  let hits: SearchHit[];
  if (!levels) hits = rankedHits(data, text, accept, found, lang);
  else {
    const entered = (doc: SearchDoc) => doc.levels?.some((level) => levels.has(level)) ?? false;
    const says = readQuery(text).some((word) => !isFiller(word) && !isGeneric(word));
    hits = says
      ? rankedHits(data, text, (doc) => accept(doc) && (!doc.levels || entered(doc)), found, lang)
      : mostCommon(data, (doc) => accept(doc) && entered(doc));
  }
  if (unwanted.length === 0) return { hits, text };
  const saying = new Set<SearchDoc>();
  for (const word of unwanted)
    for (const id of postingsOf(data, tokensOf(data, word, found), 'as typed').exact.keys())
      saying.add(data.docs[id]!);
  return {
    hits: [...hits.filter((hit) => !saying.has(hit.doc)), ...hits.filter((h) => saying.has(h.doc))],
    text,
  };
}

/** Schooling alone ("no college"): the most common work that fits, as many as interests give. */
function mostCommon(data: SearchData, keep: (doc: SearchDoc) => boolean): SearchHit[] {
  return data.docs
    .filter(keep)
    .sort((a, b) => (b.prior ?? 0) - (a.prior ?? 0))
    .slice(0, MAX_INTEREST)
    .map((doc) => ({ doc, score: doc.prior ?? 0 }));
}
