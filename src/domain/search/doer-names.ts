/**
 * Other names that say who does what a verb of doing says beside the thing it is done to
 * ("Furniture Maker" for "make furniture", "Boat Builder" for "build boats", "House Painter" for
 * "paint houses"): such a name names the work the query asks for, as a title would
 * (search-ranking.ts, name-ranking.ts).
 */
import { someNameWith } from './alias-book.ts';
import { numberForms, sameWordsOf, spanishKey } from './spanish.ts';
import { aliasBookOf, type SearchData, type SearchDoc } from './search-data.ts';
import { tokensOf, type WordMatch, type WordTokens } from './word-matches.ts';
import { fold } from './text.ts';

/**
 * Whether one other name of a document says who does what a verb of doing says (`verbDoers`:
 * "Maker") with every other word (as namesSaying reads them, synonyms too; with `asTyped`, only
 * as typed, in the other number or as its everyday entry says it in the other language:
 * "muebles" is "Furniture", but "boats" no brickmasons' "Vessel Builder"); not a teacher's name.
 */
export function doerNamed(
  data: SearchData,
  verb: WordMatch,
  others: readonly string[],
  found: WordTokens,
  asTyped = false,
): (doc: SearchDoc) => boolean {
  if (verb.verbDoers.size === 0 || others.length === 0) return () => false;
  const wanted = [
    { tokens: [], keys: verb.verbDoers },
    ...others.map((word) => {
      if (asTyped) {
        const forms = [word, ...numberForms(word), ...sameWordsOf(word)];
        return { tokens: forms, keys: forms.map(spanishKey) };
      }
      const m = tokensOf(data, word, found);
      return {
        tokens: [...m.exact.keys()].filter((t) => !m.started.has(t)),
        keys: [...m.keys.keys()].filter((k) => !m.related.has(k)),
      };
    }),
  ];
  return (doc) => {
    const book = aliasBookOf(data, doc);
    if (book === undefined) return false;
    if (!asTyped) return someNameWith(book, wanted, true);
    // As typed, the doer ends the name: "Wood Boat Builder Supervisor" supervises the builders.
    // A hyphenated compound names one thing: "Fish-Cake Maker" makes no cakes ("hacer pasteles").
    const things = new Set(wanted.slice(1).flatMap(({ tokens }) => tokens));
    const ending = new Set<number>();
    for (const key of verb.verbDoers)
      for (const place of book.placesOfKey.get(key) ?? [])
        for (const n of book.namesOf[place]!)
          if (
            book.keys[book.placeOf.get(book.names[n]!.key.split(' ').at(-1)!)!] === key &&
            !inCompound(book.names[n]!.alias, things)
          )
            ending.add(n);
    return ending.size > 0 && someNameWith(book, wanted, true, ending);
  };
}

/** Whether a name has one of `words` only as a part of a hyphenated compound ("Fish-Cake"). */
function inCompound(alias: string, words: ReadonlySet<string>): boolean {
  return fold(alias)
    .split(/[^a-z0-9-]+/)
    .some((word) => word.includes('-') && word.split('-').some((part) => words.has(part)));
}

/**
 * Whether one other name of a document says the doer of one of the query's verbs of doing
 * (`verbs`) with every word that says what (`said`) as typed: looked up once per hit.
 */
export function doerNamedByVerbs(
  data: SearchData,
  verbs: readonly string[],
  said: readonly string[],
  found: WordTokens,
): (doc: SearchDoc) => boolean {
  const each = verbs.map((verb) => doerNamed(data, tokensOf(data, verb, found), said, found, true));
  const known = new Map<SearchDoc, boolean>();
  return (doc) => {
    let named = known.get(doc);
    if (named === undefined) known.set(doc, (named = each.some((f) => f(doc))));
    return named;
  };
}
