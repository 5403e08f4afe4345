/**
 * Section headings of a paper transcript other than a year's: a term of the year ("Semester 1",
 * "S1", "Sem 2", "Q3", "Fall 2024", "S1 2024-25", "Term 2 2024-25", "Primer semestre", "4to
 * trimestre", "Otoño 2024"), and the
 * school whose own courses follow ("Courses at Riverside High School", "Cursos en Riverside High
 * School", or the school's name alone, "Riverside High School"). Either ends a "Transfer credit"
 * section (transcript-paper.ts): the courses under it are the transcript's own again. Lines of one
 * field only (a year's heading that ends in its term, transcript-paper-lines.ts, hands its last
 * words here); a course line is never taken for one.
 */
import { parseSchoolYear } from './transcript-fields.ts';
import { bareTermNumber, termInSchoolYear, termWithYear } from '../domain/requirements/terms.ts';

/** Terms a heading may name alone, within the year of the heading above (never summer: see summerHeading). */
const WITHIN_YEAR = new Set(['fall', 's1', 'q1', 't1', 'q2', 'winter', 't2', 'spring', 's2']);
const LATER_TERMS = new Set(['q3', 't3', 'q4']);

/** Spanish term words as the English ones terms.ts reads. */
const SPANISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bsemestre\b/g, 'semester'],
  [/\bprimer(?:o)?\b|\b1\s*(?:er|ro|º|°)/g, 'first'],
  [/\bsegundo\b|\b2\s*(?:do|º|°)/g, 'second'],
  [/\btercer(?:o)?\b|\b3\s*(?:er|ro|º|°)/g, 'third'],
  [/\bcuarto\b|\b4\s*(?:to|º|°)/g, 'fourth'],
  [/\btrimestre\b/g, 'trimester'],
  [/\boto[nñ]o\b/g, 'fall'],
  [/\bprimavera\b/g, 'spring'],
  [/\binvierno\b/g, 'winter'],
];

export interface TermHeading {
  kind: 'term';
  term: string;
  /** A calendar year written with the term ("Fall 2024"). */
  calendarYear?: number;
  /** A school year written with the term ("S1 2024-25"), as its ending year. */
  schoolYear?: number;
  /**
   * The number of a term written as T and a number alone ("T1" to "T4"), or as the Spanish
   * "trimestre" (a period of three months there, a quarter in some schools): a trimester, unless
   * the year's headings are 1 to 4, quarters (transcript-paper-quarters.ts).
   */
  number?: number;
  /**
   * The number of a term written with a word that does not say its length ("Term 2", "1st
   * Term"): the year's highest such number is how many terms it has (transcript-paper-quarters.ts).
   */
  counted?: number;
  text: string;
}

/** The number of a term written "T1", "T 2", "T-3", "t4": its kind unsaid. */
export function tNumber(text: string): number | undefined {
  const found = /^t[\s._-]*0?([1-4])$/i.exec(text.trim());
  return found ? Number(found[1]) : undefined;
}

/**
 * The number of a term written "Term 2", "Trm 2", "1st Term", "Term Two": its kind unsaid, and
 * never a number alone (a line "2" is no heading) nor "T2" (`tNumber`).
 */
export function countedTermNumber(text: string): number | undefined {
  return /[a-z]{2}/i.test(text) && tNumber(text) === undefined ? bareTermNumber(text) : undefined;
}

/** A heading that is a term of the school year, with or without its year. */
export function termHeading(text: string): TermHeading | undefined {
  let words = text
    .toLowerCase()
    .replace(/[()[\]:,—–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const trimestre = /\btrimestre\b/.test(words);
  for (const [spanish, english] of SPANISH) words = words.replace(spanish, english);
  const number = tNumber(words) ?? (trimestre ? spanishTrimestre(words) : undefined);
  if (number !== undefined) return { kind: 'term', term: `t${number}`, number, text };
  // "Term 2", "Term 2 2024-25": counted by the year's highest number, its year written or not.
  const dated = /^(.*?)\s*\b(\d{4})\s*[-/ ]\s*(\d{2}|\d{4})$/.exec(words);
  const counted = countedTermNumber(dated ? dated[1]! : words);
  if (counted !== undefined) {
    const schoolYear = dated ? parseSchoolYear(`${dated[2]}-${dated[3]}`) : undefined;
    if (dated && schoolYear === undefined) return undefined;
    return {
      kind: 'term',
      term: `term ${counted}`,
      counted,
      ...(schoolYear !== undefined ? { schoolYear } : {}),
      text,
    };
  }
  const { term, calendarYear, schoolYear } = termWithYear(words);
  if (!WITHIN_YEAR.has(term) && !LATER_TERMS.has(term)) return undefined;
  return {
    kind: 'term',
    term,
    ...(calendarYear !== undefined ? { calendarYear } : {}),
    ...(schoolYear !== undefined ? { schoolYear } : {}),
    text,
  };
}

/** The number of a Spanish "trimestre" heading (read as English), 1 to 4. */
function spanishTrimestre(words: string): number | undefined {
  const quarter = termWithYear(words.replace(/\btrimester\b/, 'quarter'));
  if (quarter.calendarYear !== undefined || quarter.schoolYear !== undefined) return undefined;
  const found = /^q([1-4])$/.exec(quarter.term);
  return found ? Number(found[1]) : undefined;
}

/**
 * The school year a term heading puts its courses in: the one it writes; else the year of the
 * heading above when the calendar year it writes falls in it (or it writes none); else, for a
 * season, the school year the season falls in (fall 2024 is in 2024-25, spring 2025 too).
 * Undefined when it cannot be told ("Q3 2025" under no year).
 */
export function termSchoolYear(
  heading: TermHeading,
  current: number | undefined,
): number | undefined {
  if (heading.schoolYear !== undefined) return heading.schoolYear;
  const calendar = heading.calendarYear;
  if (calendar === undefined) return current;
  if (current !== undefined && termInSchoolYear(heading.term, calendar, current)) return current;
  if (heading.term === 'fall') return calendar + 1;
  if (heading.term === 'spring') return calendar;
  return undefined;
}

/** "Courses at …", "Coursework completed at …", "Cursos en …", "Materias cursadas en …". */
const COURSES_AT =
  /^(?:(?:courses?|coursework|classes|credits?)(?:\s+(?:taken|completed|earned))?\s+(?:at|in)|(?:cursos?|materias|clases|cr[ée]ditos)(?:\s+(?:tomad[oa]s|cursad[oa]s|obtenidos))?\s+(?:en|de))\s+(\S.*)$/i;
/**
 * Words a Spanish school's name begins with, as transcripts print them: read, never written (the
 * glossary's avoided words are about what we write; test/glossary-es.test.ts skips lines so marked).
 */
const SPANISH_SCHOOL_WORDS = 'escuela|colegio|preparatoria|secundaria|liceo|academia'; // glossary-es: read, not written
/** A school's name alone: words that end in a school word, or begin with a Spanish one. */
const SCHOOL_NAME = new RegExp(
  `^(?:[\\p{L}.'’&-]+\\s+){0,5}(?:high\\s+school|middle\\s+school|school|academy|h\\.?s\\.?|prep(?:aratory)?|secondary)(?:\\s*\\([^()]*\\))?$|^(?:${SPANISH_SCHOOL_WORDS})\\s+[\\p{L}.'’&\\s-]{2,60}$`,
  'iu',
);

/** A heading naming the school whose courses follow; undefined for any other line. */
export function placeHeading(text: string): { kind: 'place'; name: string } | undefined {
  const at = COURSES_AT.exec(text.trim());
  if (at) return { kind: 'place', name: at[1]!.replace(/[:.]+$/, '').trim() };
  const name = text.trim();
  // "Summer School" is a summer section's name, never a school's (summerHeading).
  return SCHOOL_NAME.test(name) && !/\b(?:summer|verano)\b/i.test(name)
    ? { kind: 'place', name }
    : undefined;
}
