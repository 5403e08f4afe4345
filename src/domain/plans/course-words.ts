/**
 * The words a course can be found by (course-match.ts): its titles in English and Spanish read
 * as sequences of folded words, numerals written one way ("II" and "2nd" are "2"), "U.S." as
 * "us", and every short name of COURSE_ABBREVIATIONS the title spells out ("AP U.S. History" is
 * also "apush") or long form of one it uses ("PE 9" is also "physical education"); two
 * neighbouring words also as one ("Pre-Calculus" as "precalculus"). Codes and subject, CTE and
 * dual-credit words are kept apart: they count for less than a title. Pure.
 */
import type { TSubject } from '../../contracts/program.ts';
import { fold } from '../search/text.ts';
import { COURSE_ABBREVIATIONS } from './course-abbreviations.ts';

/** Roman numerals as course titles use them (Spanish I … Spanish IV, Art X). */
const ROMAN: Readonly<Record<string, string>> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
};

/** What a typed word may also mean as a numeral: "ii" → "2"; none for other words. */
export const numeralOf = (word: string): string | undefined => ROMAN[word];

/**
 * Folded words of a text: letters and digits, "U.S." as one word, an ordinal ("10th") as its
 * number, a word of letters and digits split between them ("alg2", "MTH201").
 */
export function courseWords(text: string): string[] {
  return fold(text)
    .replace(/\bu\.\s?s\b\.?/g, 'us')
    .split(/[^a-z0-9]+/)
    .flatMap((token) => {
      const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(token);
      if (ordinal) return [ordinal[1]!];
      return token.match(/[a-z]+|\d+/g) ?? [];
    });
}

/** A title's own words with roman numerals as digits. */
const titleWords = (text: string) => courseWords(text).map((w) => ROMAN[w] ?? w);

const PHRASES = Object.entries(COURSE_ABBREVIATIONS).flatMap(([key, phrases]) =>
  phrases.map((phrase) => ({ key, words: courseWords(phrase) })),
);

/** Words a long form may have or leave out: "ciencias de la computación" is "ciencias computación". */
const JOINING = new Set(['and', 'of', 'the', 'y', 'e', 'de', 'del', 'la', 'el', 'los', 'las']);

/**
 * Where a run of words starts in a sequence, joining words between its words skipped; the start
 * and the end (after the run's last word), or undefined when it is not there.
 */
function findRun(sequence: readonly string[], run: readonly string[]) {
  for (let start = 0; start < sequence.length; start++) {
    let at = start;
    let i = 0;
    while (i < run.length && at < sequence.length) {
      if (sequence[at] === run[i]) {
        i++;
        at++;
      } else if (i > 0 && JOINING.has(sequence[at]!) && !JOINING.has(run[i]!)) at++;
      else break;
    }
    if (i === run.length) return { start, end: at };
  }
  return undefined;
}

/** Most readings of one title (each short name swapped for its long one or back). */
const MOST_READINGS = 24;

/**
 * A title and its readings with short names swapped in and out: "AP U.S. History" is also
 * "advanced placement us history", "ap united states history", "apush".
 */
export function titleReadings(text: string): string[][] {
  const readings = [titleWords(text)];
  const seen = new Set([readings[0]!.join(' ')]);
  const add = (next: string[]) => {
    const id = next.join(' ');
    if (!seen.has(id) && readings.length < MOST_READINGS) {
      seen.add(id);
      readings.push(next);
    }
  };
  for (let i = 0; i < readings.length && readings.length < MOST_READINGS; i++) {
    const reading = readings[i]!;
    for (const { key, words } of PHRASES) {
      const long = findRun(reading, words);
      if (long) add([...reading.slice(0, long.start), key, ...reading.slice(long.end)]);
      // Long forms for the short names the title itself writes only: a short name read in
      // ("English" as "ela") is not spelt out again ("english language arts").
      const shortAt = i === 0 ? reading.indexOf(key) : -1;
      if (shortAt >= 0)
        add([...reading.slice(0, shortAt), ...words, ...reading.slice(shortAt + 1)]);
    }
  }
  return readings;
}

/** Words each subject of the catalog is called by, in English and Spanish. */
const SUBJECT_WORDS: Readonly<Record<TSubject, string>> = {
  english: 'english ela ingles',
  mathematics: 'math mathematics matematicas',
  science: 'science ciencias',
  social_studies: 'social studies estudios sociales',
  cte: 'cte career technical education',
  world_language: 'world language foreign language idiomas lenguas',
  fine_arts: 'fine arts art bellas artes',
  other: '',
};

const CTE_WORDS = 'cte career technical education';
const DUAL_CREDIT_WORDS = 'dual credit dc dual enrollment concurrent enrollment credito dual';

/** A course as the matcher reads it: a secondary or college course of the catalog fits. */
export interface MatchableCourse {
  title: { en: string; es?: string };
  /** The state's course code (secondary). */
  stateCode?: string;
  /** The five-digit SCED code (secondary). */
  scedCode?: string;
  /** The college code's parts (postsecondary): "ENGL" and "101". */
  prefix?: string;
  number?: string;
  subject?: TSubject;
  kind?: 'academic' | 'cte';
  /** A credit agreement covers it (the plan options' creditAgreements). */
  dualCredit?: boolean;
}

/** The words of one source of a course, and how much a match on them counts. */
export interface WordField {
  kind: 'title' | 'code' | 'tag';
  /** The title's readings, for how much of it a query covers (titles only). */
  readings: readonly (readonly string[])[];
  /** Every word it can be found by: readings, neighbouring words joined. */
  words: ReadonlySet<string>;
}

export interface CourseWords {
  fields: WordField[];
  /** Codes with their punctuation and spaces taken out, folded ("mth201", "02056"). */
  codes: string[];
}

function titleField(text: string): WordField {
  const readings = titleReadings(text);
  const words = new Set<string>();
  for (const reading of readings) {
    reading.forEach((word, i) => {
      words.add(word);
      const next = reading[i + 1];
      if (next && /^[a-z]/.test(word) && /^[a-z]/.test(next)) words.add(word + next);
    });
  }
  return { kind: 'title', readings, words };
}

/** Everything a course can be found by. */
export function wordsOfCourse(course: MatchableCourse): CourseWords {
  const titles = [course.title.en, course.title.es].filter((t): t is string => !!t);
  const codeTexts = [
    course.stateCode,
    course.scedCode,
    course.prefix !== undefined && course.number !== undefined
      ? `${course.prefix} ${course.number}`
      : undefined,
  ].filter((c): c is string => !!c);
  const tags = [
    course.subject ? SUBJECT_WORDS[course.subject] : '',
    course.kind === 'cte' ? CTE_WORDS : '',
    course.dualCredit ? DUAL_CREDIT_WORDS : '',
  ].join(' ');
  const codeWords = codeTexts.flatMap(courseWords);
  return {
    fields: [
      ...titles.map(titleField),
      { kind: 'code', readings: [], words: new Set(codeWords) },
      { kind: 'tag', readings: [], words: new Set(courseWords(tags)) },
    ],
    codes: codeTexts.map((c) => fold(c).replace(/[^a-z0-9]/g, '')),
  };
}
