/**
 * Transfer credit as a printed high-school transcript writes it: courses taken at another school,
 * listed under a heading that names the school ("Transfer credit: Lincoln High School",
 * "Transfer Credits — Lincoln HS (Springfield, IL) 2023-24") or each on one line ("Transfer credit:
 * Lincoln HS 2023-24 Biology 1.0 TR", "Transfer credit: Algebra II from Lincoln HS (Grade 10
 * 2024-25), 1, B"). A line is read whole or not at all: the school, the course, its credit and its
 * mark must each be told apart, else the line is refused by the caller. README "Student records".
 */
import { parseSchoolYear } from './transcript-fields.ts';
import { paperCredits } from './transcript-paper-lines.ts';
import { collegeTerm } from './transcript-college-fields.ts';
import { termWithYear } from '../domain/requirements/terms.ts';
import { normalizeMark } from './transcript-marks.ts';
import type { TabularRow } from './tabular.ts';
import type { EarnedElsewhere } from './transcript-csv.ts';

/** "Transfer credit:", "Transfer Credits —", "Transferred courses", "Créditos de transferencia". */
const PREFIX =
  /^\s*(?:transfer(?:red)?\s+(?:credits?|courses?)|credits?\s+transferred|cr[ée]ditos?\s+(?:de\s+transferencia|transferidos?))\b\s*[:\-–—,]?\s*/i;

/** Where a line is dated: a season with its year, a school year, or a calendar year. */
const SEASON_YEAR = /\b(?:fall|autumn|spring|summer|winter)\s+(?:19|20)\d{2}\b/i;
const SEMESTER_YEAR =
  /\b(?:s|sem(?:ester)?\s*)[12]\s+(?:19|20)\d{2}\s*[-–—/]\s*(?:\d{4}|\d{2})(?!\d)/i;
const SCHOOL_YEAR = /(?<![\d.])(?:SY\s*)?(?:19|20)\d{2}\s*[-–—/]\s*(?:\d{4}|\d{2})(?![\d.])/i;
const CALENDAR_YEAR = /(?<![\d./])(?:19[7-9]\d|20\d\d)(?![\d./])/;
const GRADE_LEVEL =
  /\b(?:grade|gr\.?|grado)\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s+grade\b|\b(\d{1,2})\.?º\s+grado\b/i;

const CREDIT = String.raw`\d+\s+\d\s*\/\s*\d|\d\s*\/\s*\d|\d+(?:[.,]\d+)?|\.\d+`;
const CREDIT_LABEL = String.raw`(?:(?:credits?|cr|units?)\s*[:.]?\s*)?`;
const CREDIT_UNIT = String.raw`(?:\s*(?:credits?|cr\.?|units?))?`;
const MARK_LABEL = String.raw`(?:(?:grade|mark)\s*[:.]?\s*)?`;
const LETTER_MARK = String.raw`[A-F][+-]?|TR|T|P|PASS|FAIL|CR|NC|NP|INC|IP|WP|WF|WD|AU|S|U|I|W`;
const SEP = String.raw`[\s,;|]`;
/** Credit then mark at the end: "1.0 TR", "1 credit, B+", "Credits: 0.5 Grade: 92". */
const CREDIT_MARK = new RegExp(
  String.raw`(?:^|${SEP}+)${CREDIT_LABEL}(${CREDIT})${CREDIT_UNIT}${SEP}+${MARK_LABEL}(${LETTER_MARK}|\d{1,3}(?:\.\d+)?%?)[.]?$`,
  'i',
);
/** Mark then credit, the mark set off by a separator or a label ("…, TR, 1", "Grade: B 1 cr"). */
const MARK_CREDIT = new RegExp(
  String.raw`(?:[,;|]\s*|\s(?:grade|mark)\s*[:.]?\s*)(${LETTER_MARK})${SEP}+${CREDIT_LABEL}(${CREDIT})${CREDIT_UNIT}[.]?$`,
  'i',
);

/** A word that ends a school's name ("Lincoln High School", "Mesa Academy", "Valley CC"). */
const SCHOOL_END = String.raw`high\s+school|school|academy|h\.?s\.?|college|cc|university|institute|prep(?:aratory)?|virtual|online|secondary`;
const SCHOOL_THEN_COURSE = new RegExp(
  String.raw`^(.*?\b(?:${SCHOOL_END}))(?![\w])\.?\s+(.+)$`,
  'i',
);
const HAS_SCHOOL_WORD = new RegExp(String.raw`\b(?:${SCHOOL_END})(?![\w])`, 'i');
/** A course code written before the title ("BIO 101 Biology", "02052 Algebra I") or after it ("Biology (BIO 101)"). */
const CODE_FIRST = /^([A-Z]{2,6}[ -]?\d{1,4}[A-Z]?|\d{4,6})\s*[-–:]?\s+(\S.*)$/;
const CODE_LAST = /^(.*?\S)\s*[([]([A-Z]{2,6}[ -]?\d{1,4}[A-Z]?)[)\]]$/;

export interface TransferWhen {
  /** The ending year of the school year written; undefined when none is. */
  schoolYear?: number;
  /** A year written that is none (2023-2025). */
  badYear?: boolean;
  grade?: number;
  term?: string;
}

export type TransferLine =
  | ({ kind: 'heading'; school?: string; state?: string } & TransferWhen)
  | ({
      kind: 'course';
      school: string;
      state?: string;
      title: string;
      code: string;
      credits: number;
      mark: string;
    } & TransferWhen)
  | { kind: 'unread'; text: string };

/** The text after a transfer prefix, or undefined when the text does not begin with one. */
export function transferBody(text: string): string | undefined {
  const found = PREFIX.exec(text);
  return found ? text.slice(found[0].length).trim() : undefined;
}

/**
 * The text of a row that is a transfer line: its filled fields, joined by commas (a line typed
 * across cells), the `skip` columns (the student and school ids) set aside. Undefined unless the
 * first of them begins with a transfer prefix.
 */
export function transferText(row: TabularRow, skip: readonly number[]): string | undefined {
  const start = row.fields.findIndex((f, i) => f.trim() !== '' && !skip.includes(i));
  // The transfer words first: a course line whose last column says "Transfer credit" is a course.
  if (start < 0 || !PREFIX.test(row.fields[start]!)) return undefined;
  return row.fields
    .slice(start)
    .filter((f, i) => f.trim() !== '' && !skip.includes(start + i))
    .map((f) => f.trim())
    .join(', ');
}

/** A transfer line's text (prefix and all): a heading, one course, or a line that cannot be read. */
export function transferLine(text: string): TransferLine | undefined {
  const body = transferBody(text);
  if (body === undefined) return undefined;
  const unread = { kind: 'unread', text } as const;
  const creditMark = CREDIT_MARK.exec(body);
  const ending = creditMark ?? MARK_CREDIT.exec(body);
  if (!ending) {
    const {
      rest,
      before: _before,
      after: _after,
      ...when
    } = takeWhen(body.replace(/^(?:from|at)\s+/i, ''));
    const place = clean(rest);
    // "Algebra II from Lincoln HS", or a mark or credit left over: a course that says too little.
    if (/\s(?:from|at)\s/i.test(place) || /(?:^|\s)\d+(?:[.,/]\d+)?$/.test(place)) return unread;
    if (when.badYear) return unread;
    return place === ''
      ? { kind: 'heading', ...when }
      : { kind: 'heading', ...school(place), ...when };
  }
  const creditFirst = creditMark !== null;
  const credits = paperCredits(ending[creditFirst ? 1 : 2]!.replace(',', '.'));
  const mark = normalizeMark(ending[creditFirst ? 2 : 1]!);
  if (credits === undefined || credits > 10) return unread;
  const { rest, before, after, ...when } = takeWhen(body.slice(0, ending.index));
  if (when.badYear) return unread;
  const either = before !== undefined && !/\s(?:from|at)\s/i.test(before);
  const parts =
    either && clean(before) !== '' && clean(after ?? '') !== ''
      ? placeFirst(clean(before), clean(after!))
      : splitPlace(clean(rest));
  if (!parts || parts.place === '' || parts.course === '' || !/\p{L}/u.test(parts.course))
    return unread;
  return {
    kind: 'course',
    ...school(parts.place),
    ...course(parts.course),
    credits,
    mark,
    ...when,
  };
}

/**
 * The date the text writes, taken out: a season and year ("Fall 2023"), a semester of a school
 * year ("S1 2023-24"), a school year ("2023-24"), or a calendar year ("2023", the school year it
 * ends, as any transcript year is read); and a grade ("Grade 10", "10th grade"). `before` and
 * `after` are the text either side of the date, when one is written.
 */
function takeWhen(text: string): TransferWhen & { rest: string; before?: string; after?: string } {
  const when: TransferWhen = {};
  let rest = text;
  const grade = GRADE_LEVEL.exec(rest);
  if (grade) {
    const level = Number(grade[1] ?? grade[2] ?? grade[3]);
    if (level >= 6 && level <= 12) {
      when.grade = level;
      rest = `${rest.slice(0, grade.index)} ${rest.slice(grade.index + grade[0].length)}`;
    }
  }
  const season = SEASON_YEAR.exec(rest) ?? SEMESTER_YEAR.exec(rest);
  const range = season ? undefined : SCHOOL_YEAR.exec(rest);
  const single = season || range ? undefined : CALENDAR_YEAR.exec(rest);
  const found = season ?? range ?? single;
  if (!found) return { ...when, rest };
  if (season) {
    const dated = collegeTerm(found[0]);
    const split = termWithYear(found[0]);
    when.term = dated?.term ?? split.term;
    when.schoolYear = dated?.schoolYear ?? split.schoolYear;
  } else when.schoolYear = parseSchoolYear(found[0].replace(/\s+/g, ''));
  if (when.schoolYear === undefined) when.badYear = true;
  // "(Grade 10 2024-25)": the brackets around the date go with it.
  const before = rest.slice(0, found.index).replace(/[([][\s,;]*$/, '');
  const after = rest.slice(found.index + found[0].length).replace(/^[\s,;]*[)\]]/, '');
  return { ...when, rest: `${before} ${after}`, before, after };
}

/** The school and the course, when the text tells them apart. */
function splitPlace(text: string): { place: string; course: string } | undefined {
  const fromAt = /^(.+?)\s+(?:from|at)\s+(.+)$/i.exec(text);
  if (fromAt) return { course: clean(fromAt[1]!), place: clean(fromAt[2]!) };
  const segments = outsideBrackets(text)
    .split(/\s*[,;|]\s*|\s+[-–—]\s+/)
    .map((s) => clean(s.replace(/\uE000/g, ',')))
    .filter((s) => s !== '');
  if (segments.length === 2) return placeFirst(segments[0]!, segments[1]!);
  if (segments.length > 2) {
    const at = segments.findIndex((s) => HAS_SCHOOL_WORD.test(s));
    // A state after the school ("Lincoln HS, IL, Biology") is the school's.
    const end = at >= 0 && /^[A-Z]{2}$/.test(segments[at + 1] ?? '') ? at + 1 : at;
    if (at < 0 || end >= segments.length - 1) return undefined;
    return {
      place: segments.slice(0, end + 1).join(', '),
      course: segments.slice(end + 1).join(' '),
    };
  }
  const named = SCHOOL_THEN_COURSE.exec(text);
  return named ? { place: clean(named[1]!), course: clean(named[2]!) } : undefined;
}

/** The text with the commas inside brackets ("(Omaha, NE)") hidden from a split. */
function outsideBrackets(text: string): string {
  let depth = 0;
  return [...text]
    .map((ch) => {
      if (ch === '(' || ch === '[') depth += 1;
      if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
      return depth > 0 && ch === ',' ? '\uE000' : ch;
    })
    .join('');
}

/** Of two parts, the school is the one that names a school, else the first. */
const placeFirst = (a: string, b: string) =>
  HAS_SCHOOL_WORD.test(b) && !HAS_SCHOOL_WORD.test(a)
    ? { place: b, course: a }
    : { place: a, course: b };

/** A school's name, its state ("Lincoln HS (Springfield, IL)", "Lincoln HS, NE") taken apart. */
function school(text: string): { school: string; state?: string } {
  const state = /^(.*?)\s*(?:,\s*([A-Z]{2})|\(([^()]*,\s*)?([A-Z]{2})\))$/.exec(text);
  if (!state) return { school: text };
  const name = clean(state[1]!);
  return name === '' ? { school: text } : { school: name, state: state[2] ?? state[4]! };
}

function course(text: string): { title: string; code: string } {
  const first = CODE_FIRST.exec(text);
  if (first) return { code: first[1]!, title: clean(first[2]!) };
  const last = CODE_LAST.exec(text);
  if (last) return { code: last[2]!, title: clean(last[1]!) };
  return { code: '', title: text };
}

/** Spacing and the punctuation around a part ("Lincoln HS, ", " — Biology") set aside. */
const clean = (text: string) =>
  text
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|–—.-]+|[\s,;:|–—-]+$/g, '')
    .trim();

/** Credit from the school a transfer line names: taken elsewhere, whatever the school's name. */
export const earnedElsewhere = (name: string, state: string | undefined): EarnedElsewhere => ({
  name,
  state: state ?? null,
  institutionId: null,
  kind: 'transfer',
  countsAs: null,
  flagged: true,
});
