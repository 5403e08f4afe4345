/**
 * Where a Spanish title names its people. A Spanish title puts the people first and what they
 * work on after a preposition ("Mecánicos de maquinaria industrial"), and joins two or more
 * kinds of people with "y" or commas before it ("Técnicos y mecánicos automotrices",
 * "Estilistas, peluqueros y cosmetólogos"). Each of those is where the title starts for the
 * "title starts with the query" bonus: in English the people come last, so only the Spanish
 * title needs this. Works on titles as written; returns folded words. Pure.
 */
import { tokenize } from './text.ts';

/** Words that end the names of the people: what follows says on what, where or for whom. */
const PREPOSITIONS = new Set(['de', 'del', 'en', 'para', 'con', 'sin', 'a', 'al', 'por', 'contra']);

/** Words that join the names of the people. */
const JOINERS = new Set(['y', 'e', 'o', 'u']);

/**
 * The names of the people a Spanish title starts with, as folded words each: "Técnicos y
 * mecánicos automotrices" → [técnicos], [mecánicos, automotrices]; "Cargadores de tanques,
 * camiones y barcos" → [cargadores] (the trucks and boats are what they load); "Maquinistas
 * (mecánicos de torno y fresa)" → [maquinistas].
 */
export function spanishTitleHeads(title: string): string[][] {
  const head = title.split(/[(]/)[0]!;
  const heads: string[][] = [];
  for (const part of head.split(',')) {
    let words: string[] = [];
    let ended = false;
    for (const word of tokenize(part)) {
      if (PREPOSITIONS.has(word)) {
        ended = true;
        break;
      }
      if (JOINERS.has(word)) {
        if (words.length > 0) heads.push(words);
        words = [];
      } else words.push(word);
    }
    if (words.length > 0) heads.push(words);
    if (ended) break;
  }
  return heads;
}
