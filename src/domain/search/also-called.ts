/**
 * "Also called …": for a query, the other name (O*NET alternate or short title) each hit was
 * found by, when the title shown does not already explain the match.
 */
import { ingKeys, readQuery } from './spanish.ts';
import { shortestWithEvery } from './alias-book.ts';
import { tokenize } from './text.ts';
import {
  aliasBookOf,
  keyOf,
  keysOf,
  nameKey,
  type SearchData,
  type SearchDoc,
} from './search-data.ts';
import { tokensOf, type WordMatch, type WordTokens } from './word-matches.ts';

/**
 * For a query, the other name each hit was found by: none when the title has every word; else
 * the alias that is the whole query, or the shortest alias that has every word. `cache` holds
 * what the query's words find when the search already worked it out.
 */
export function alsoCalledFor(
  data: SearchData,
  query: string,
  cache: WordTokens,
): (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined {
  const words = readQuery(query);
  const key = nameKey(query);
  const keyed = keysOf(data, words);
  const asNamed = data.aliasNames.get(key) ?? data.aliasKeyNames.get(keyed) ?? [];
  const wholeNamed = new Set(asNamed.map((id) => data.docs[id]));
  let found: WordMatch[] | undefined;
  const matches = (m: WordMatch, token: string, tokenKey: string) =>
    m.exact.has(token) ||
    m.loose.has(token) ||
    m.keys.has(tokenKey) ||
    m.looseKeys.has(tokenKey) ||
    ingKeys(token).some((key) => m.keys.has(key));
  // How a name's word has a query word, best first: as typed or in another form ("cops",
  // "enfermeras", "nursing"), as the start of a longer word or through a typo ("cop" in
  // "Copper"), or only through a synonym ("camionero" → "truck").
  const whole = (m: WordMatch, token: string, tokenKey: string) =>
    !m.meant.has(token) &&
    !m.meant.has(tokenKey) &&
    (m.exact.get(token) === 1 ||
      m.keys.has(tokenKey) ||
      ingKeys(token).some((key) => m.keys.has(key)));
  const direct = (m: WordMatch, token: string, tokenKey: string) =>
    matches(m, token, tokenKey) && !m.meant.has(token) && !m.meant.has(tokenKey);
  return (doc, lang = 'en') => {
    const book = aliasBookOf(data, doc);
    if (!book || words.length === 0) return undefined;
    const wanted = (found ??= words.map((w) => tokensOf(data, w, cache)));
    // The title the person sees (Spanish where there is one) already explains the match.
    const title = tokenize(lang === 'es' ? (doc.title.es ?? doc.title.en) : doc.title.en);
    const keys = title.map((token) => keyOf(data, token));
    const titleHas = (tier: typeof matches) =>
      wanted.every((m) => title.some((token, i) => tier(m, token, keys[i]!)));
    if (titleHas(direct)) return undefined;
    if (wholeNamed.has(doc)) {
      const named =
        book.names.find((name) => name.key === key) ??
        book.names.find((name) => keysOf(data, name.key.split(' ')) === keyed);
      if (named) return named.alias;
    }
    const named = (tier: typeof matches) =>
      shortestWithEvery(book, (token, tokenKey) => wanted.map((m) => tier(m, token, tokenKey)));
    // An other name with the words as typed explains more than a title that has them only
    // through a synonym ("cop": "Cop" beside "Police"; "EMT"). A title that has them through a
    // synonym ("camionero": "Conductores de camiones") explains better than an other name
    // that has them only as a prefix, a typo or the same synonym ("Truck Hop").
    const asTyped = named(whole);
    if (asTyped !== undefined || titleHas(matches)) return asTyped;
    const typed = named(direct);
    if (typed !== undefined || lang === 'en') return typed ?? named(matches);
    // In Spanish, an (English) other name that has none of the words as typed, only their
    // translations ("enfermera practicante" → "Nurse Practitioner"), explains nothing to the
    // reader: one is shown only when it has at least one word as typed ("kinder" in
    // "Pre-Kindergarten Teacher").
    return shortestWithEvery(book, (token, tokenKey) => [
      ...wanted.map((m) => matches(m, token, tokenKey)),
      wanted.some((m) => direct(m, token, tokenKey)),
    ]);
  };
}
