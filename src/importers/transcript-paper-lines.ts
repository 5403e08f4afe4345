/**
 * The lines of a high-school transcript typed from paper that are not courses: section headings
 * that give the year, the grade or both ("Grade 9 — 2022-2023", "9th Grade 2022–23", "Freshman
 * Year (2022-2023)", "School Year 2022-2023", "SY 2022-23", "Año escolar 2022-2023", "Ciclo
 * escolar 2022-2023", "Sophomore Year", "Grado 10";
 * transcript-paper-grades.ts), term and school headings ("Semester 2", "Fall 2024", "Courses at
 * Riverside High School"; transcript-paper-sections.ts), lines that name the student or school
 * ("Student ID: 1001", "School: rhs"), totals lines ("Total Credits 7"), and credits written as
 * fractions.
 */
import { parseSchoolYear } from './transcript-fields.ts';
import { isCollegeTranscript } from './transcript-college-fields.ts';
import { headingGrade } from './transcript-paper-grades.ts';
import { placeHeading, termHeading, type TermHeading } from './transcript-paper-sections.ts';
import type { TabularFile, TabularRow } from './tabular.ts';
import { numeralOf } from '../domain/plans/course-words.ts';

/**
 * A school year written in a heading: 2022-2023, 2022 – 23, 2022/23, or 22-23 written close (so
 * the "10 - 2023" of "Grade 10 - 2023-2024" is not taken for one).
 */
const YEAR_IN_HEADING = [
  /(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)/,
  /(?<![\d\s–—-])(\d{2})[-–/](\d{2})(?!\d)/,
];
/** A totals line: "Total Credits", "Cumulative GPA", "Term GPA 3.5", "Credits Earned: 7". */
const SUMMARY =
  /^(?:(?:term|year|annual|semester|quarter|qtr|trimester|cumulative|cum\.?|weighted|unweighted)\s+)?(?:totals?|gpa|credits?\s+earned|cumulative)\b/i;
/** A GPA line that names its term first: "Semester 1 GPA: 3.20", "1st Qtr GPA 3.1", "Q2 GPA". */
const TERM_GPA = /^(?:\S+\s+){1,2}(?:gpa|grade\s+point\s+average)\b/i;
/** Credits of a term named first: "Q2 Credits Earned 0.5", "Semester 1 Total 3.5". */
const TERM_CREDITS =
  /^(?:[qst][1-4]|(?:1st|2nd|3rd|4th)\s+\p{L}+|(?:semester|sem|quarter|qtr|trimester|term)\s*\d)\s+(?:credits?\s+(?:earned|attempted)|totals?)\b/iu;
const GRADE_WORDS =
  /\b(?:grade\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s*grade|freshman|sophomore|junior|senior|school\s+year|year|sy|a[ñn]o(?:\s+(?:escolar|lectivo))?|(?:ciclo|curso)\s+escolar)\b/i;

/** Totals in Spanish: "Promedio acumulado: 3.1", "Total de créditos 7", "Créditos obtenidos: 7". */
const SUMMARY_ES =
  /^(?:promedio|total(?:es)?\s+de\s+cr[ée]ditos|cr[ée]ditos\s+(?:obtenidos|acumulados|totales))\b/i;
/** A page's number, printed on each page: "Page 2 of 3", "Página 2 de 3", "Pg. 2". */
const PAGE = /^(?:page|p[áa]gina|pg\.?|p\.)\s*\d+(?:\s*(?:of|de|\/)\s*\d+)?$/i;
/** "Student ID: 40817" written after other text on its line. */
const STUDENT_ID_LABEL = /\bstudent\s*(?:id|number|no\.?|#)\s*[:#]?\s*([A-Za-z0-9][\w.:-]*)\s*$/i;

/** A line about transfer credit. */
const TRANSFER_NOTE = /\btransfer(?:red|s)?\b/i;

export type PaperLine =
  | {
      kind: 'year';
      /** Undefined when no year is written, or (`badYear`) when the years do not follow each other. */
      schoolYear: number | undefined;
      badYear: boolean;
      /** The grade the heading names, if it names one. */
      grade: number | undefined;
      /** A summer heading's term, for the courses under it without a term of their own. */
      term?: 'summer';
      /** A term heading written after the year's on its line ("2024-2025 Grade 11 Term 1"). */
      then?: TermHeading;
      text: string;
    }
  | TermHeading
  | { kind: 'place'; name: string }
  | { kind: 'student' | 'school'; value: string }
  | { kind: 'summary' }
  /** A line that is no course nor any heading read; `heading` when it looks like a year's. */
  | { kind: 'other'; text: string; heading?: true };

/** The one field a line holds, when all its others are empty. */
export function loneField(row: TabularRow): string | undefined {
  const filled = row.fields.map((f) => f.trim()).filter((f) => f !== '');
  return filled.length === 1 ? filled[0] : undefined;
}

/**
 * What a line of one filled field (or a "Label: value" pair over two fields) is: a year heading
 * (a school year, a grade, or both), the student or
 * school it names, a totals line, or something else.
 */
export function paperLine(row: TabularRow): PaperLine | undefined {
  const filled = row.fields.map((f) => f.trim()).filter((f) => f !== '');
  const joined = filled.join(' ').replace(/\s*:\s*/, ': ');
  if (filled.length === 0 || filled.length > 3) return undefined;
  // A heading a printed page spreads over three columns ("2024-2025   Grade 11   Term 1"): only
  // a year's heading that names its grade, which no course line is.
  if (filled.length === 3) {
    const line = paperLine({ line: row.line, fields: [filled.join(' ')] });
    const heading = line?.kind === 'year' && line.grade !== undefined && !line.badYear;
    return heading && line.schoolYear !== undefined ? line : undefined;
  }
  // "Student: Rivera, Daniela    Student ID: 40817": the id where the line writes it.
  const labelled = STUDENT_ID_LABEL.exec(joined);
  if (labelled && labelled.index > 0) return { kind: 'student', value: labelled[1]! };
  const pair =
    /^(student(?:\s*(?:id|number|no\.?|#))?|school(?:\s*(?:id|code))?)\s*:\s*(.+)$/i.exec(
      filled.length === 2 && !filled[0]!.endsWith(':') ? `${filled[0]}: ${filled[1]}` : joined,
    );
  if (pair) {
    const kind = /^student/i.test(pair[1]!) ? 'student' : 'school';
    const value = pair[2]!.trim();
    // "Student: Rivera, Daniela": the student's name, printed beside the id, is no id.
    if (/^student$/i.test(pair[1]!.trim()) && /^\p{L}[\p{L}.'’-]*[, ]+\p{L}/u.test(value))
      return { kind: 'summary' };
    return { kind, value };
  }
  const summary = [SUMMARY, SUMMARY_ES, TERM_GPA, TERM_CREDITS].some((r) => r.test(filled[0]!));
  if (summary || PAGE.test(joined)) return { kind: 'summary' };
  // A heading typed across two cells ("Grade 9", "2022-2023") is one heading.
  const text = filled.join(' ');
  // A line about credit from elsewhere that is none of the transfer lines transcript-paper-
  // transfer.ts reads ("Courses transferred from Lincoln HS (Grade 10 2024-25)") is no heading,
  // though it names a grade and a year.
  if (TRANSFER_NOTE.test(text)) return filled.length === 1 ? { kind: 'other', text } : undefined;
  const summer = summerHeading(text);
  if (summer) return summer;
  // Two school years on one line ("Grade 9 2022-2023 / Grade 10 2023-2024"): which one the
  // courses below are in cannot be told, so the line is refused rather than read as the first.
  const years = [...text.matchAll(new RegExp(YEAR_IN_HEADING[0]!, 'g'))].map((m) => m[0]);
  if (new Set(years).size > 1) return { kind: 'other', text, heading: true };
  const year = YEAR_IN_HEADING.map((r) => r.exec(text)).find((found) => found !== null);
  const grade = headingGrade(text, year?.[0]);
  // The year alone, or after "SY" ("SY2024-25").
  const alone = year && text.replace(/^sy\s*/i, '').trim() === year[0].trim();
  // "2024-2025 Grade 11 Term 1", "Grade 10 2023-24 Semester 2": a year's heading, then a term's.
  const then = year && grade === undefined ? termAfter(text.replace(year[0], ' ')) : undefined;
  if (year && (grade !== undefined || GRADE_WORDS.test(text) || alone || then)) {
    const schoolYear = parseSchoolYear(`${year[1]}-${year[2]}`);
    const badYear = schoolYear === undefined;
    return { kind: 'year', schoolYear, badYear, grade: then?.grade ?? grade, text, ...then?.term };
  }
  if (grade !== undefined)
    return { kind: 'year', schoolYear: undefined, badYear: false, grade, text };
  // A term of the year, or the school whose courses follow (transcript-paper-sections.ts).
  const section = termHeading(text) ?? placeHeading(text);
  if (section) return section;
  return filled.length === 1 ? { kind: 'other', text } : undefined;
}

/**
 * The grade and term that make a line once its school year is set aside ("Grade 11 Term 1",
 * "Gr 10 Semester 2"): the term's words last, the grade's before them.
 */
function termAfter(rest: string): { grade: number; term: { then: TermHeading } } | undefined {
  const words = rest.split(/[\s·|,;—–-]+/).filter((w) => w !== '');
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const term = termHeading(words.slice(-k).join(' '));
    if (!term || term.calendarYear !== undefined || term.schoolYear !== undefined) continue;
    const grade = headingGrade(words.slice(0, -k).join(' '));
    // With no grade before it, the line is a term's heading with its year (termHeading).
    if (grade !== undefined) return { grade, term: { then: term } };
  }
  return undefined;
}

const SUMMER =
  /^(?:summer(?:\s+(?:school|session|term|semester))?|(?:escuela|curso|sesi[oó]n)\s+de\s+verano|verano)\b/i;
const CALENDAR_YEAR = /(?<!\d)((?:19[7-9]|20\d)\d)(?!\d)/;

/**
 * A summer section ("Summer 2025", "Summer School 2025 (Grade 10)", "Verano 2025", "Grade 10
 * Summer"): its courses are summer courses, filed in the school year the summer ends, the one it
 * follows (Summer 2025 is in 2024–25, the year of the grade just finished: docs/ARCHITECTURE.md
 * "Summer terms"). A school year written ("Summer 2024-2025") is taken as written. Only the
 * summer, its year and a grade: "Summer Reading" is a course.
 */
function summerHeading(text: string): PaperLine | undefined {
  const words = text.replace(/[()[\]:,—–-]+/g, ' ').trim();
  // The summer first ("Summer 2025 (Grade 10)") or last ("Grade 10 Summer").
  const first = SUMMER.exec(words);
  const last = /^(.*?)\s+(?:summer(?:\s+(?:school|session|term))?|verano)$/i.exec(words);
  const rest = first ? words.slice(first[0].length) : last?.[1];
  if (rest === undefined) return undefined;
  const range = YEAR_IN_HEADING.map((r) => r.exec(text)).find((m) => m !== null);
  const single = range ? undefined : CALENDAR_YEAR.exec(rest);
  const yearText = range?.[0] ?? single?.[0];
  const leftover = (yearText ? rest.replace(range ? /\d{2,4}\s*\d{2,4}/ : yearText, ' ') : rest)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const grade = leftover === '' ? undefined : headingGrade(leftover);
  if (leftover !== '' && grade === undefined) return undefined;
  if (!yearText && grade === undefined) return undefined;
  const schoolYear = range
    ? parseSchoolYear(`${range[1]}-${range[2]}`)
    : single
      ? Number(single[1])
      : undefined;
  const badYear = range !== undefined && schoolYear === undefined;
  return { kind: 'year', schoolYear, badYear, grade, term: 'summer', text };
}

/**
 * Whether a file is typed from paper: no column gives the year, and some line is a year heading,
 * or a term heading with its year in a file that is no college transcript.
 */
export function holdsYearHeadings(file: TabularFile, yearColumns: readonly string[]): boolean {
  if (yearColumns.some((n) => file.has(n))) return false;
  const header = { line: 1, fields: file.header };
  // Term lines with their year ("Fall 2024") make one only when the file is no college
  // transcript, whose terms are lines too (transcript-college.ts).
  const lines = [header, ...file.rows].map(paperLine);
  if (lines.some((line) => line?.kind === 'year')) return true;
  const datedTerm = lines.some(
    (line) => line?.kind === 'term' && (line.calendarYear ?? line.schoolYear) !== undefined,
  );
  return datedTerm && !isCollegeTranscript(file);
}

/** Credit as typed: "1", "0.5", ".5", "1/2", "1/4", "1 1/2"; undefined when none of these. */
export function paperCredits(raw: string): number | undefined {
  const text = raw.trim().replace(',', '.');
  if (/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return Number(text);
  const fraction = /^(?:(\d+)\s+)?(\d)\s*\/\s*(\d)$/.exec(text);
  if (!fraction || Number(fraction[3]) === 0) return undefined;
  const value = Number(fraction[1] ?? 0) + Number(fraction[2]) / Number(fraction[3]);
  return Math.round(value * 1000) / 1000;
}

/**
 * A title as compared with the catalog's: case, accents, punctuation and spacing aside; & is
 * "and", and a roman numeral word is its digits ("Spanish II" is "Spanish 2", as course-words.ts
 * reads titles).
 */
export const titleKey = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => numeralOf(word) ?? word)
    .join(' ');
