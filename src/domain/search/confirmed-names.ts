/**
 * A title that has a query word only through the work it usually stands for (everyday-words.ts
 * `related`: "boat" → sailors, marine) is confirmed by the document's other names that say the
 * word itself: "Sailors and Marine Oilers" ("Boat Hand", "Boat Deckhand") are the work with
 * boats; "Atmospheric, Earth, Marine, and Space Sciences Teachers" have no name that says
 * "boat". Confirmed, such a title ranks with those that have what the word means ("Captains,
 * Mates, and Pilots of Water Vessels"), above one that has that only as what is loaded ("Tank
 * Car, Truck, and Ship Loaders"). Only for a word that also means something (`means`, a
 * synonym): to weigh the work it stands for against that.
 */
import { CONFIRM_SHARE } from './search-weights.ts';
import { everydayWordsOf, numberForms, sameWordsOf, spanishKey, synonymsOf } from './spanish.ts';
import { keyOf, type SearchData } from './search-data.ts';
import { tokensOf, type WordTokens } from './word-matches.ts';

/**
 * For a query's words that count (weight 1): document → from 0 to 1, how well its other names
 * confirm the words its title has only as the work they stand for; full where CONFIRM_SHARE of
 * its names say such a word as typed or in the other number. Undefined when no word can need
 * it (most queries), so the ranking asks nothing per document.
 */
export function confirmedByNames(
  data: SearchData,
  words: readonly string[],
  weights: readonly number[],
  found: WordTokens,
): ((id: number) => number) | undefined {
  const needing = words.flatMap((word, i) => {
    // Only beside what the word means: where it means nothing else ("boss": managers,
    // supervisors), the entry's work is ranked as the ranking has it, not by its slang names.
    if (weights[i] !== 1 || everydayWordsOf(word).length + synonymsOf(word).length === 0) return [];
    const related = tokensOf(data, word, found).related;
    if (related.size === 0) return [];
    // The word as typed, in the other number, or as its entry says it in the other language
    // ("barcos": the "Boat Hand" of O*NET's English names).
    const typed = [word, ...numberForms(word), ...sameWordsOf(word)];
    return [
      {
        related: [...related],
        typed: [...new Set([...typed, ...typed.map((w) => keyOf(data, w))])],
      },
    ];
  });
  if (needing.length === 0) return undefined;
  return (id) => {
    const titles = [data.titleKeys[id]!.en, data.titleKeys[id]!.es ?? ''].map((t) => ` ${t} `);
    const titleHas = (keys: readonly string[]) =>
      keys.some((key) => titles.some((title) => title.includes(` ${key} `)));
    let least: number | undefined;
    for (const { related, typed } of needing) {
      if (!titleHas(related) || titleHas(typed)) continue;
      let share = 0;
      for (const key of typed) share = Math.max(share, data.aliasShares.get(key)?.get(id) ?? 0);
      least = Math.min(least ?? 1, share / CONFIRM_SHARE, 1);
    }
    return least ?? 0;
  };
}

/**
 * Whether a title names first, alone, the people of the work a word stands for (`related`,
 * keys): "Sailors and Marine Oilers" for "boat"; not "Marine Engineers and Naval Architects",
 * whose "marine" says which engineers. A confirmed such title (`confirmedByNames`) starts with
 * what a one-word query means, as "Ship Engineers" does (search-ranking.ts).
 */
export function startsWithWork(
  data: SearchData,
  id: number,
  related: ReadonlySet<string>,
): boolean {
  const { en, es } = data.foldedTitles[id]!;
  return [en, es].some((title) => {
    const first = title?.split(/,| and | y /)[0]?.trim();
    return first !== undefined && !first.includes(' ') && related.has(spanishKey(first));
  });
}
