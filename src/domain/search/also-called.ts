/**
 * "Also called …": for a query, the other name (O*NET alternate or short title) each hit was
 * found by, when the title shown does not already explain the match.
 */
import { ingKeys, readQuery } from './spanish.ts';
import { shortestHaving } from './alias-book.ts';
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
  return (doc, lang = 'en') => {
    const book = aliasBookOf(data, doc);
    if (!book || words.length === 0) return undefined;
    const wanted = (found ??= words.map((w) => tokensOf(data, w, cache)));
    const n = wanted.length;
    // The title the person sees (Spanish where there is one) already explains the match.
    const title = tokenize(lang === 'es' ? (doc.title.es ?? doc.title.en) : doc.title.en);
    const titleCells = cellsOf(
      wanted,
      title,
      title.map((token) => keyOf(data, token)),
      title.map(ingKeys),
    );
    const titleHas = (tier: number) =>
      wanted.every((_, i) => title.some((_, at) => (titleCells[at * n + i]! & tier) !== 0));
    if (titleHas(DIRECT)) return undefined;
    if (wholeNamed.has(doc)) {
      const named =
        book.names.find((name) => name.key === key) ??
        book.names.find((name) => keysOf(data, name.key.split(' ')) === keyed);
      if (named) return named.alias;
    }
    const cells = cellsOf(wanted, book.words, book.keys, book.ings);
    const named = (tier: number) =>
      shortestHaving(book, n, (place, i) => (cells[place * n + i]! & tier) !== 0);
    // An other name with the words as typed explains more than a title that has them only
    // through a synonym ("cop": "Cop" beside "Police"; "EMT"). A title that has them through a
    // synonym ("camionero": "Conductores de camiones") explains better than an other name
    // that has them only as a prefix, a typo or the same synonym ("Truck Hop").
    const asTyped = named(WHOLE);
    if (asTyped !== undefined || titleHas(MATCHES)) return asTyped;
    const typed = named(DIRECT);
    if (typed !== undefined || lang === 'en' || isCatchAll(doc)) return typed ?? named(MATCHES);
    // In Spanish, an (English) other name that has none of the words as typed, only their
    // translations ("enfermera practicante" → "Nurse Practitioner"), explains nothing to the
    // reader: one is shown only when it has at least one word as typed ("kinder" in
    // "Pre-Kindergarten Teacher"). Not so under a catch-all title ("Otros trabajadores de
    // cuidado y servicios personales" for "tatuajes"): the other name is then the only thing
    // that says which work the data files there ("Tattoo Artist").
    const saysOne = (place: number) =>
      wanted.some((_, i) => (cells[place * n + i]! & DIRECT) !== 0);
    return shortestHaving(book, n + 1, (place, i) =>
      i < n ? (cells[place * n + i]! & MATCHES) !== 0 : saysOne(place),
    );
  };
}

/**
 * An O*NET catch-all title ("Personal Care and Service Workers, All Other"): it names a group
 * of work, not the work found, so only the other name found says what that work is.
 */
const isCatchAll = (doc: SearchDoc) => doc.title.en.endsWith(', All Other');

/**
 * How a name's word has a query word, as flags, best last: MATCHES in any way (as typed, in
 * another form, as the start of a longer word, through a typo or a synonym: "cop" in
 * "Copper", "camionero" → "truck"); DIRECT not only through a synonym; WHOLE as typed or in
 * another form ("cops", "enfermeras", "nursing"), not through a synonym. Each flag implies the
 * one before.
 */
const MATCHES = 1;
const DIRECT = 2;
const WHOLE = 4;

/** For each word (with its key and -ing keys) and query word, its flags: words × query words. */
function cellsOf(
  wanted: readonly WordMatch[],
  tokens: readonly string[],
  keys: readonly string[],
  ings: readonly (readonly string[])[],
): Uint8Array {
  const cells = new Uint8Array(tokens.length * wanted.length);
  tokens.forEach((token, at) => {
    const tokenKey = keys[at]!;
    const tokenIngs = ings[at]!;
    wanted.forEach((m, i) => {
      const keyed =
        m.keys.has(tokenKey) || (tokenIngs.length > 0 && tokenIngs.some((k) => m.keys.has(k)));
      const matches =
        keyed || m.exact.has(token) || m.loose.has(token) || m.looseKeys.has(tokenKey);
      if (!matches) return;
      const meant = m.meant.has(token) || m.meant.has(tokenKey);
      cells[at * wanted.length + i] = meant
        ? MATCHES
        : keyed || m.exact.get(token) === 1
          ? MATCHES | DIRECT | WHOLE
          : MATCHES | DIRECT;
    });
  });
  return cells;
}
