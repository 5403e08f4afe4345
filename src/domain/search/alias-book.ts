/**
 * The other names of one search document (O*NET alternate and short titles), laid out so that
 * "which is the shortest name with every word of the query" checks each distinct word of the
 * names once, not every word of every name: a shown occupation can have hundreds of names.
 * Pure.
 */

/**
 * A document's other names, shortest first, and the distinct words of all of them (with their
 * Spanish keys and which names hold each), so a query checks each distinct word once.
 */
export interface AliasBook {
  names: { alias: string; key: string }[];
  words: string[];
  keys: string[];
  /** For each word, the places in `names` of the names that hold it, ascending. */
  namesOf: number[][];
}

/** The other names shortest first (a stable sort keeps the given order among equals), indexed by word. */
export function aliasBook(
  given: readonly { alias: string; key: string; tokens: readonly string[] }[],
  keyOf: (word: string) => string,
): AliasBook {
  const names = [...given].sort((a, b) => a.alias.length - b.alias.length);
  const book: AliasBook = { names: [], words: [], keys: [], namesOf: [] };
  const places = new Map<string, number>();
  names.forEach(({ alias, key, tokens }, n) => {
    book.names.push({ alias, key });
    for (const token of tokens) {
      let place = places.get(token);
      if (place === undefined) {
        places.set(token, (place = book.words.length));
        book.words.push(token);
        book.keys.push(keyOf(token));
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
 * (`matchesOf(word, spanishKey)`, one flag per query word, in order), or undefined.
 */
export function shortestWithEvery(
  book: AliasBook,
  matchesOf: (word: string, key: string) => readonly boolean[],
): string | undefined {
  const rows = book.words.map((word, place) => matchesOf(word, book.keys[place]!));
  const count = rows[0]?.length ?? 0;
  if (count === 0) return undefined;
  // How many query words, in order, each name has: a word's matches raise the names at the
  // previous count, so a name reaches the full count only with every word.
  const reached = new Uint16Array(book.names.length);
  for (let i = 0; i < count; i++) {
    let any = false;
    rows.forEach((row, place) => {
      if (!row[i]) return;
      for (const n of book.namesOf[place]!) {
        if (reached[n] === i) {
          reached[n] = i + 1;
          any = true;
        }
      }
    });
    if (!any) return undefined;
  }
  const first = reached.indexOf(count);
  return first < 0 ? undefined : book.names[first]!.alias;
}
