/**
 * Verbs of doing something to something ("help animals", "build houses", "fix phones",
 * "arreglar carros", "play video games"): beside a word that says what, they say how the person
 * wants to work with it, not which work. Such a query is an ordinary one in which the verb need
 * not match (search-ranking.ts), so "help" does not ask for the "Helpers--…" titles. Most are
 * interest words too (interest-words.ts); "play" and "jugar" are not: "play video games" asks for
 * the work with video games, not for an interest area. Matched folded, in any gender or number
 * and as an -ing word ("helping").
 */
import { ingKeys, spanishKey } from './spanish.ts';

const ACTIONS = [
  'help',
  'build',
  'construct',
  'fix',
  'repair',
  'serve',
  'care',
  'play',
  // "make video games", "crear videojuegos": the makers of the thing (everyday-words.ts).
  'make',
  'create',
  'crear',
  'ayudar',
  'construir',
  'reparar',
  'arreglar',
  'servir',
  'cuidar',
  'jugar',
  // "cortar pelo", "cut hair": the hair says which work; "Cortadores", "Cutters" cut metal,
  // meat and stone.
  'cut',
  'cortar',
  // "paint houses", "hacer muebles": the thing says which painters or makers ("House Painter",
  // "Furniture Maker"); "Paint Supervisor" and "Brew House Supervisor" are no name of it.
  'paint',
  'pintar',
  'hacer',
  'fabricar',
  // "poner techos", "instalar paneles", "producir música": the thing says which work.
  'poner',
  'instalar',
  'producir',
  // "bake cakes", "hornear pasteles": the cakes say which bakers ("Cake Baker").
  'bake',
  'hornear',
];

/**
 * The English verb of a Spanish verb of doing, whose doer O*NET's English other names say
 * ("hacer muebles": "Furniture Maker").
 */
const ENGLISH_VERBS = new Map([
  ['hacer', 'make'],
  ['construir', 'build'],
  ['fabricar', 'make'],
  ['reparar', 'repair'],
  ['arreglar', 'repair'],
  ['pintar', 'paint'],
  ['cortar', 'cut'],
  ['hornear', 'bake'],
]);

const ACTION_KEYS = new Set(ACTIONS.map(spanishKey));

/** A verb of doing (ACTIONS), in any form it is read in ("helping", "ayudar"). */
export function isActionWord(word: string): boolean {
  return [spanishKey(word), ...ingKeys(word)].some((key) => ACTION_KEYS.has(key));
}

/**
 * Who does what a verb of doing, as typed, says: "cut" → "cutter", "make" → "maker", "build" →
 * "builder", "cortar" → "cortador" and "cutter" (ENGLISH_VERBS), "cuidar" → "cuidador" and
 * "carer". An other name that puts the doer
 * after the thing ("Hair Cutter", "Furniture Maker") names the work the query asks for, as
 * "welding" names welders. Empty for any other word; forms that are no word match nothing.
 */
export function doerForms(word: string): readonly string[] {
  if (!ACTION_KEYS.has(spanishKey(word))) return [];
  const spanish = /^(.+)([aei])r$/.exec(word);
  if (spanish) {
    const english = ENGLISH_VERBS.get(word);
    return [`${spanish[1]}${spanish[2]}dor`, ...(english ? doerForms(english) : [])];
  }
  if (word.endsWith('e')) return [`${word}r`];
  // A final consonant after one vowel doubles: "cut" → "cutter".
  if (/(^|[^aeiou])[aeiou][bdgmnpt]$/.test(word)) return [`${word}${word.at(-1)}er`];
  return [`${word}er`];
}
