/**
 * What students type about how long they want to stay in school: "no college", "right out of
 * high school", "stay in school long", "sin universidad". Read as the schooling levels at which
 * the work is entered (SearchDoc `levels`: BLS's typical education needed for entry, else the
 * O*NET job zone; program/exit-points.ts occupationLevels). Phrases are ours, matched on the
 * query's folded words in order, stopwords included ("stay in school"). Pure.
 */
import type { OccupationLevel } from '../program/exit-points.ts';
import { plainQuery, tokenize } from './text.ts';

const NO_COLLEGE: readonly OccupationLevel[] = ['high-school'];
const SHORT: readonly OccupationLevel[] = ['certificate', 'associate'];
const LONG: readonly OccupationLevel[] = ['graduate'];

const PHRASES: readonly (readonly [string, readonly OccupationLevel[]])[] = [
  ...[
    'no college',
    'not college',
    'without college',
    'skip college',
    'no degree',
    'without a degree',
    'no school',
    'out of high school',
    'after high school',
    'high school diploma',
    'just high school',
    'only high school',
    'sin universidad',
    'sin titulo',
    'sin carrera',
    'sin estudios',
    'despues de la preparatoria',
    'solo preparatoria',
  ].map((p) => [p, NO_COLLEGE] as const),
  ...[
    'trade school',
    'community college',
    'two year degree',
    'two year college',
    'short training',
    'escuela tecnica',
    'carrera tecnica',
    'colegio comunitario',
  ].map((p) => [p, SHORT] as const),
  ...[
    'stay in school long',
    'stay in school',
    'lots of school',
    'a lot of school',
    'years of school',
    'more school',
    'grad school',
    'graduate school',
    'med school',
    'medical school',
    'law school',
    'phd',
    'doctorate',
    'masters degree',
    'mucha escuela',
    'estudiar mucho',
    'muchos anos de estudio',
    'doctorado',
    'maestria',
    'posgrado',
  ].map((p) => [p, LONG] as const),
];

const BY_PHRASE = new Map(PHRASES.map(([phrase, levels]) => [tokenize(phrase).join(' '), levels]));
const LONGEST = Math.max(...PHRASES.map(([phrase]) => tokenize(phrase).length));

export interface SchoolingQuery {
  /** The levels asked for; undefined when the query says nothing about schooling. */
  levels: ReadonlySet<OccupationLevel> | undefined;
  /** The query without the words that said it. */
  text: string;
}

/** The schooling a query asks for, and the rest of it; the longest phrase wins. */
export function readSchooling(query: string): SchoolingQuery {
  const tokens = tokenize(plainQuery(query));
  const rest: string[] = [];
  const levels = new Set<OccupationLevel>();
  for (let i = 0; i < tokens.length;) {
    let n = Math.min(LONGEST, tokens.length - i);
    while (n >= 1 && !BY_PHRASE.has(tokens.slice(i, i + n).join(' '))) n--;
    if (n === 0) rest.push(tokens[i++]!);
    else {
      for (const level of BY_PHRASE.get(tokens.slice(i, i + n).join(' '))!) levels.add(level);
      i += n;
    }
  }
  return levels.size === 0 ? { levels: undefined, text: query } : { levels, text: rest.join(' ') };
}
