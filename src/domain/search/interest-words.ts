/**
 * Interest words: what students type when they know what they like but not which job ("help
 * people", "build things", "work outside", "creative", "ayudar a la gente"). Each of the six
 * Holland (RIASEC) interest areas has its own words, written by us in English and Spanish from
 * what each area means (O*NET's Occupational Interests describe the areas; no list is copied).
 * A query made only of these words (with stopwords, filler words such as "work" and the neutral
 * words below) asks for the occupations whose interest scores fit the areas; any other word makes
 * it an ordinary query. Matched folded, in any gender or number and as an -ing word ("helping").
 */
import type { RiasecLetter, RiasecScores } from '../occupation/riasec.ts';
import { ingKeys, spanishKey } from './spanish.ts';
import { isFiller, queryWords } from './text.ts';

export interface InterestWords {
  /** Words and phrases that mean the area fully. */
  words: readonly string[];
  /** Words that lean towards the area but say less on their own ("people"): half weight. */
  leaning?: readonly string[];
}

export const INTEREST_WORDS: Readonly<Record<RiasecLetter, InterestWords>> = {
  // Realistic: hands-on work with tools, machines, materials, plants or animals, often outdoors.
  R: {
    words: [
      'build',
      'construct',
      'fix',
      'repair',
      'tools',
      'machines',
      'hands',
      'outdoors',
      'outdoor',
      'outside',
      'nature',
      'construir',
      'reparar',
      'arreglar',
      'herramientas',
      'maquinas',
      'manos',
      'aire libre',
      'afuera',
      'naturaleza',
    ],
  },
  // Investigative: ideas, finding things out, science and mathematics.
  I: {
    words: [
      'science',
      'sciences',
      'scientific',
      'math',
      'maths',
      'mathematics',
      'research',
      'investigate',
      'experiment',
      'experiments',
      'analyze',
      'analyse',
      'solve problems',
      'puzzles',
      'discover',
      'ciencia',
      'ciencias',
      'cientifico',
      'matematicas',
      'investigar',
      'investigacion',
      'experimentos',
      'analizar',
      'resolver problemas',
      'descubrir',
    ],
  },
  // Artistic: making, designing and performing; self-expression.
  A: {
    words: [
      'creative',
      'creativity',
      'art',
      'arts',
      'artistic',
      'draw',
      'paint',
      'music',
      'write',
      'design',
      'imagination',
      'creativo',
      'creatividad',
      'arte',
      'artes',
      'artistico',
      'dibujar',
      'pintar',
      'musica',
      'escribir',
      'disenar',
      'imaginacion',
    ],
  },
  // Social: helping, teaching, caring for and serving people.
  S: {
    words: [
      'help',
      'teach',
      'care',
      'serve',
      'volunteer',
      'community',
      'talk',
      'listen',
      'ayudar',
      'ensenar',
      'cuidar',
      'servir',
      'voluntario',
      'comunidad',
      'hablar',
      'escuchar',
    ],
    leaning: ['people', 'gente', 'personas'],
  },
  // Enterprising: leading, persuading, selling, starting and running things.
  E: {
    words: [
      'business',
      'lead',
      'leader',
      'leadership',
      'manage',
      'boss',
      'sell',
      'persuade',
      'convince',
      'entrepreneur',
      'negotiate',
      'talk',
      'negocio',
      'negocios',
      'liderar',
      'lider',
      'liderazgo',
      'dirigir',
      'jefe',
      'vender',
      'convencer',
      'persuadir',
      'emprender',
      'emprendedor',
      'negociar',
      'hablar',
    ],
  },
  // Conventional: order, data and details, clear procedures. ("Numbers" names the work with
  // them, accounting and mathematics: everyday-likes.ts.)
  C: {
    words: [
      'organize',
      'organise',
      'organized',
      'details',
      'data',
      // Records kept, not recorded ("recording" is sound recording: everyday-likes.ts).
      'record keeping',
      'recordkeeping',
      'office',
      'spreadsheets',
      'organizar',
      'organizado',
      'detalles',
      'datos',
      'registros',
      'oficina',
    ],
  },
};

/**
 * Words of where the work is done, among the interest words: beside words that say what work
 * ("animals outside"), they say where, and need not match (doing-words.ts).
 */
const PLACES = ['outdoors', 'outdoor', 'outside', 'afuera', 'office', 'oficina'];

/**
 * Words that carry no area but belong in an interest query ("build things", "ayudar a los
 * demás", "I love to draw"). Alone they ask for nothing.
 */
const NEUTRAL = [
  'things',
  'stuff',
  'others',
  'something',
  'love',
  'enjoy',
  'good',
  'great',
  'really',
  'lot',
  'do',
  'doing',
  'cosas',
  'demas',
  'otros',
  'otras',
  'algo',
  'gusta',
  'encanta',
  'hacer',
  'mucho',
  'bueno',
  'buena',
  'all',
  'day',
  'todo',
  'dia',
];

const LEANING = 0.5;

/** The keys of a phrase's words, without stopwords, as a query's words are read. */
const keysOf = (phrase: string) => queryWords(phrase).map(spanishKey);

/** Key of a phrase's words → the areas it means, with weights. */
const PHRASES = new Map<string, Map<RiasecLetter, number>>();
let LONGEST = 1;
for (const [letter, { words, leaning = [] }] of Object.entries(INTEREST_WORDS) as [
  RiasecLetter,
  InterestWords,
][]) {
  for (const [list, weight] of [
    [words, 1],
    [leaning, LEANING],
  ] as const) {
    for (const phrase of list) {
      const keys = keysOf(phrase);
      LONGEST = Math.max(LONGEST, keys.length);
      const key = keys.join(' ');
      const areas = PHRASES.get(key) ?? new Map<RiasecLetter, number>();
      areas.set(letter, Math.max(areas.get(letter) ?? 0, weight));
      PHRASES.set(key, areas);
    }
  }
}
const NEUTRAL_KEYS = new Set(NEUTRAL.map(spanishKey));

/** The keys a query word may be read as: itself in another number or gender, or its base word. */
const readingsOf = (word: string) => [spanishKey(word), ...ingKeys(word)];

const PLACE_KEYS = new Set(PLACES.map(spanishKey));

/** A word of where the work is done ("outside", "oficina"), in any form it is read in. */
export const isPlaceWord = (word: string): boolean =>
  readingsOf(word).some((key) => PLACE_KEYS.has(key));

/**
 * The interest areas a query asks for, each with its weight, when every word of it (stopwords
 * already gone) is an interest word, a neutral word or a filler word and at least one is an
 * interest word; otherwise undefined.
 */
export function interestAreas(words: readonly string[]): RiasecScores | undefined {
  const areas: RiasecScores = {};
  let found = false;
  for (let i = 0; i < words.length;) {
    let step = 0;
    // The longest phrase starting here, by each word's readings ("aire libre", "helping").
    for (let n = Math.min(LONGEST, words.length - i); n >= 1 && step === 0; n--) {
      for (const key of phraseKeys(words.slice(i, i + n))) {
        const meant = PHRASES.get(key);
        if (!meant) continue;
        for (const [letter, weight] of meant) areas[letter] = (areas[letter] ?? 0) + weight;
        found = true;
        step = n;
        break;
      }
    }
    if (step === 0) {
      const word = words[i]!;
      if (!isFiller(word) && !readingsOf(word).some((key) => NEUTRAL_KEYS.has(key)))
        return undefined;
      step = 1;
    }
    i += step;
  }
  return found ? areas : undefined;
}

/** Every way of reading a run of words as one phrase key (few: a word has one to three readings). */
function phraseKeys(words: readonly string[]): string[] {
  let keys = [''];
  for (const word of words) {
    const readings = [...new Set(readingsOf(word))];
    keys = keys.flatMap((prefix) =>
      readings.map((reading) => (prefix ? `${prefix} ${reading}` : reading)),
    );
  }
  return keys;
}
