/**
 * The other names of one search document (O*NET alternate and short titles), laid out so that
 * "which is the shortest name with every word of the query" checks each distinct word of the
 * names once, not every word of every name: a shown occupation can have hundreds of names.
 * Pure.
 */
import { ingKeys } from './spanish.ts';

/**
 * A document's other names, shortest first, and the distinct words of all of them (with their
 * Spanish keys and which names hold each), so a query checks each distinct word once.
 */
export interface AliasBook {
  names: { alias: string; key: string }[];
  words: string[];
  keys: string[];
  /** For each word, the keys of the base words of an -ing word (ingKeys); mostly empty. */
  ings: (readonly string[])[];
  /** For each word, the places in `names` of the names that hold it, ascending. */
  namesOf: number[][];
}

/** The other names shortest first (a stable sort keeps the given order among equals), indexed by word. */
export function aliasBook(
  given: readonly { alias: string; key: string; tokens: readonly string[] }[],
  keyOf: (word: string) => string,
): AliasBook {
  const names = [...given].sort((a, b) => a.alias.length - b.alias.length);
  const book: AliasBook = { names: [], words: [], keys: [], ings: [], namesOf: [] };
  const places = new Map<string, number>();
  names.forEach(({ alias, key, tokens }, n) => {
    book.names.push({ alias, key });
    for (const token of tokens) {
      let place = places.get(token);
      if (place === undefined) {
        places.set(token, (place = book.words.length));
        book.words.push(token);
        book.keys.push(keyOf(token));
        book.ings.push(ingKeys(token));
        book.namesOf.push([]);
      }
      const list = book.namesOf[place]!;
      if (list.at(-1) !== n) list.push(n);
    }
  });
  return book;
}

/**
 * The shortest name that has every query word, given which query words a name's word matches
 * (`matchesOf(word, spanishKey, ingKeys)`, one flag per query word, in order), or undefined.
 */
export function shortestWithEvery(
  book: AliasBook,
  matchesOf: (word: string, key: string, ings: readonly string[]) => readonly boolean[],
): string | undefined {
  const rows = book.words.map((word, place) =>
    matchesOf(word, book.keys[place]!, book.ings[place]!),
  );
  return shortestHaving(book, rows[0]?.length ?? 0, (place, i) => rows[place]![i]!);
}

/**
 * The shortest name that has each of `count` query words, given whether the name's word at
 * `place` (in `words`) has query word `i`, or undefined: for a caller that works out what each
 * word matches once and asks several questions of it.
 */
export function shortestHaving(
  book: AliasBook,
  count: number,
  has: (place: number, i: number) => boolean,
): string | undefined {
  if (count === 0 || book.words.length === 0) return undefined;
  // How many query words, in order, each name has: a word's matches raise the names at the
  // previous count, so a name reaches the full count only with every word.
  const reached = new Uint16Array(book.names.length);
  for (let i = 0; i < count; i++) {
    let any = false;
    for (let place = 0; place < book.words.length; place++) {
      if (!has(place, i)) continue;
      for (const n of book.namesOf[place]!) {
        if (reached[n] === i) {
          reached[n] = i + 1;
          any = true;
        }
      }
    }
    if (!any) return undefined;
  }
  const first = reached.indexOf(count);
  return first < 0 ? undefined : book.names[first]!.alias;
}
