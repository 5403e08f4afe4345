/**
 * The other names of one search document (O*NET alternate and short titles), laid out so that
 * "which is the shortest name with every word of the query" checks each distinct word of the
 * names once, not every word of every name: a shown occupation can have hundreds of names.
 * Pure.
 */
import { ingKeys, spanishKey } from './spanish.ts';

/**
 * The last word of a name that teaches the work rather than doing it ("Computer Repair
 * Instructor", "Welding Teacher"): such a name says what the person teaches, not what they do.
 */
const TEACHING_KEYS = new Set(
  ['instructor', 'teacher', 'professor', 'lecturer', 'tutor', 'trainer', 'educator'].map(
    spanishKey,
  ),
);

/** Whether a name's last word, as a key, names someone who teaches the work (TEACHING_KEYS). */
export function isTeachingKey(key: string | undefined): boolean {
  return key !== undefined && TEACHING_KEYS.has(key);
}

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
  /** Each word → its place in `words`. */
  placeOf: Map<string, number>;
  /** Each word's key, and the keys of the base words of an -ing word → their places in `words`. */
  placesOfKey: Map<string, number[]>;
  /** The places in `names` of the names of someone who teaches the work (TEACHING_KEYS). */
  teaching: Set<number>;
}

/** The other names shortest first (a stable sort keeps the given order among equals), indexed by word. */
export function aliasBook(
  given: readonly { alias: string; key: string; tokens: readonly string[] }[],
  keyOf: (word: string) => string,
): AliasBook {
  const names = [...given].sort((a, b) => a.alias.length - b.alias.length);
  const places = new Map<string, number>();
  const placesOfKey = new Map<string, number[]>();
  const book: AliasBook = {
    names: [],
    words: [],
    keys: [],
    ings: [],
    namesOf: [],
    placeOf: places,
    placesOfKey,
    teaching: new Set(),
  };
  names.forEach(({ alias, key, tokens }, n) => {
    book.names.push({ alias, key });
    const last = tokens.at(-1);
    if (last !== undefined && TEACHING_KEYS.has(keyOf(last))) book.teaching.add(n);
    for (const token of tokens) {
      let place = places.get(token);
      if (place === undefined) {
        places.set(token, (place = book.words.length));
        book.words.push(token);
        book.keys.push(keyOf(token));
        book.ings.push(ingKeys(token));
        book.namesOf.push([]);
        for (const key of new Set([book.keys[place]!, ...book.ings[place]!])) {
          const list = placesOfKey.get(key);
          if (list) list.push(place);
          else placesOfKey.set(key, [place]);
        }
      }
      const list = book.namesOf[place]!;
      if (list.at(-1) !== n) list.push(n);
    }
  });
  return book;
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

/**
 * Whether one name has every query word, given for each the words it stands for (`tokens`) and
 * the keys (`keys`, which a word's key or the key of its -ing base word may be): looked up,
 * not read word by word, so a document with hundreds of names answers at once. With `doers`,
 * only names of people who do the work count, not of those who teach it (`teaching`); with
 * `within`, only those names (places in `names`).
 */
export function someNameWith(
  book: AliasBook,
  wanted: readonly { tokens: Iterable<string>; keys: Iterable<string> }[],
  doers = false,
  within?: ReadonlySet<number>,
): boolean {
  let names: ReadonlySet<number> | undefined = within;
  for (const { tokens, keys } of wanted) {
    const here = new Set<number>();
    const add = (place: number) => {
      for (const n of book.namesOf[place]!)
        if ((!names || names.has(n)) && !(doers && book.teaching.has(n))) here.add(n);
    };
    for (const token of tokens) {
      const place = book.placeOf.get(token);
      if (place !== undefined) add(place);
    }
    for (const key of keys) for (const place of book.placesOfKey.get(key) ?? []) add(place);
    if (here.size === 0) return false;
    names = here;
  }
  return names !== undefined;
}
