/**
 * Words a document of work has, in its English title and other names, only as the first part of
 * a compound noun of the thing they name: "Video Game Designers" and "Video Game Maker" make
 * games, of the video kind; "video" there says less of the work than in "Film and Video Editors"
 * or "Video Producer", whose people work on video itself. A word is such a modifier where the
 * next word of its name (or part of the title between commas) is another word of the thing: no
 * joining word ("and", "of") and no people word (a word some part of a title or other name of
 * work ends on: "Fire Inspectors and Investigators" inspect fire). Worked out once per document
 * when the index is built; a query reads them with a map look-up per hit and word.
 */
import { isStopword } from './text.ts';

/** Key of a modifier word → the keys of the words it comes before ("vide" → {"game"}). */
export type Modifiers = ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * For each document of work, the names (title parts and other names, as words; none for other
 * documents) → the key of each word it has only before another word of the thing it names, with
 * the keys of those next words; undefined when none.
 */
export function compoundModifiers(
  names: readonly (readonly (readonly string[])[])[],
  keyOf: (word: string) => string,
  titleParts: readonly number[],
): Modifiers[] {
  const people = new Set<string>();
  for (const doc of names)
    for (const tokens of doc) if (tokens.length > 0) people.add(keyOf(tokens.at(-1)!));
  return names.map((doc, id) => {
    let modifiers: Map<string, Set<string>> | undefined;
    const elsewhere = new Set<string>();
    for (const tokens of doc)
      tokens.forEach((token, i) => {
        if (isStopword(token) || /^\d+$/.test(token)) return;
        const key = keyOf(token);
        const next = tokens[i + 1];
        if (next === undefined || isStopword(next) || people.has(keyOf(next))) elsewhere.add(key);
        else {
          modifiers ??= new Map();
          const after = modifiers.get(key);
          if (after) after.add(keyOf(next));
          else modifiers.set(key, new Set([keyOf(next)]));
        }
      });
    for (const key of elsewhere) modifiers?.delete(key);
    // Only a word of the title: a modifier in a few other names ("Sewing Machine Operator") is
    // no compound of the work the title names.
    const titled = new Set(doc.slice(0, titleParts[id]).flat().map(keyOf));
    for (const key of modifiers?.keys() ?? []) if (!titled.has(key)) modifiers!.delete(key);
    return modifiers?.size ? modifiers : undefined;
  });
}

/**
 * Whether a query word (as its key) is, in the document's names, only the modifier of a compound
 * noun whose next word the query does not say (`queryKeys`): "video" of "Video Game Designers"
 * for "make videos", not for "video games".
 */
export function onlyModifier(
  modifiers: Modifiers,
  key: string,
  queryKeys: readonly string[],
): boolean {
  const next = modifiers?.get(key);
  return next !== undefined && !queryKeys.some((k) => next.has(k));
}
