/**
 * A transcript as SIS exports write it, one row per course attempt:
 * student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,
 * credits_earned,letter_grade,result (pass|fail|incomplete|withdrawn|in_progress), read with the
 * quirks real exports have: other header names and delimiters, SCED codes that lost a zero or
 * carry their level, credits as ".5", results in words or left to the mark, empty credits, terms
 * spelled many ways (domain/requirements/terms.ts). School years are written 2025-2026, 2025-26,
 * 25-26, SY2025-26 or 2026 (the ending year, Ed-Fi's convention). README's "Student records"
 * section lists what is read how.
 */
import type { SourceFile } from './import-plan.ts';
import { CONTROL, idField, text, type ParsedCsv } from './roster-csv.ts';
import { canonicalTerm } from '../domain/requirements/terms.ts';
import { courseOf, finalMarks } from './transcript-final-marks.ts';
import { FAILING, parseResult, resultOf } from './transcript-marks.ts';
import {
  headerKey,
  parseTabular,
  sniffDelimiter,
  type TabularFile,
  type TabularRow,
} from './tabular.ts';
import type { TransferKind } from '../domain/requirements/transfer.ts';
import { earnedAtColumns, readEarnedAt } from './transcript-earned-at.ts';
import { flagColumns, readFlags } from './transcript-flags.ts';

export { parseResult } from './transcript-marks.ts';

export const TRANSCRIPT_RESULTS = [
  'pass',
  'fail',
  'incomplete',
  'withdrawn',
  'in_progress',
] as const;
export type TranscriptResult = (typeof TRANSCRIPT_RESULTS)[number];

/**
 * A row's credit earned outside the district, when the file names where (an "earned at" column):
 * the place, its state and id, what kind of credit, and the local course or "elective" the
 * export says it counts as (empty: decided by the import from the course code and SCED code).
 */
export interface EarnedElsewhere {
  name: string;
  state: string | null;
  institutionId: string | null;
  kind: TransferKind;
  countsAs: string | null;
  /** The export marks the row as taken at another school (an "external course" column). */
  flagged?: boolean;
  /**
   * Read from a plain "School Name" column, which exports fill on every row, the district's own
   * too: it tells a place elsewhere only when the row's school id is not one of the district's.
   */
  plainSchoolName?: boolean;
}

export interface TranscriptRow {
  line: number;
  localId: string;
  /** Empty only on a row earned elsewhere whose export leaves the school id out. */
  schoolId: string;
  /** Set when the row names where it was earned; the import decides whether that is elsewhere. */
  earnedAt?: EarnedElsewhere | null;
  schoolYear: number;
  term: string;
  courseCode: string;
  courseTitle: string;
  scedCode: string | null;
  creditsAttempted: number;
  creditsEarned: number;
  letterGrade: string | null;
  result: TranscriptResult;
  /** AP, IB, H, DE as the export flags the course (`AP,H`); null or absent for none. */
  courseFlags?: string | null;
}

/**
 * "2025-2026", "2025-26", "2025–26", "25-26", "SY2025-26" or "2026" → 2026; undefined when it is
 * none of these (or the two years do not follow each other).
 */
export function parseSchoolYear(raw: string): number | undefined {
  const text = raw.replace(/^sy\s*/i, '');
  const single = /^(\d{4})$/.exec(text);
  if (single) return Number(single[1]);
  const range = /^(\d{4}|\d{2})\s*[-–—/]\s*(\d{2}|\d{4})$/.exec(text);
  if (!range) return undefined;
  const start = range[1]!.length === 2 ? 2000 + Number(range[1]) : Number(range[1]);
  const end =
    range[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(range[2]) : Number(range[2]);
  // 1999-00: the century turns.
  const ending = end <= start && range[2]!.length === 2 ? end + 100 : end;
  return ending === start + 1 ? ending : undefined;
}

/** Credits as SIS write them: "1", "0.5", ".5", "1.00", "0,5" (a decimal comma); else undefined. */
export function parseCredits(raw: string): number | undefined {
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(raw)) return undefined;
  return Number(raw.replace(',', '.'));
}

/**
 * A SCED course code as SIS export it: the five digits ("02052"), the five digits with the
 * level, credit and sequence after them ("02052G1.00", "02052 H 0.5 1 2"), or four digits where
 * a spreadsheet dropped the leading zero ("2052"). The five-digit code; undefined when it is
 * none of these.
 */
export function parseScedCode(raw: string): string | undefined {
  const found = /^(\d{4,5})(?:\s*[-.]?\s*[BGEHCX][\d\s./-]*)?$/i.exec(raw);
  return found ? found[1]!.padStart(5, '0') : undefined;
}

/** Creates the reader of one optional number-of-credits column: undefined when the field is empty. */
function creditsReader(file: TabularFile) {
  return (row: TabularRow, column: number): number | undefined | null => {
    const raw = file.get(row, column);
    if (raw === '') return undefined;
    const value = parseCredits(raw);
    if (value === undefined || value > 10) {
      file.fail(row, column, 'must be a number of credits from 0 to 10, such as 1, 0.5 or .25');
      return null;
    }
    return value;
  };
}

/** A parsed transcript file, with the lines of marks that are not final (transcript-final-marks.ts). */
export type ParsedTranscript = ParsedCsv<TranscriptRow> & { progressMarks: number[] };

export function parseTranscriptCsv(source: SourceFile): ParsedTranscript {
  const file = parseTabular(source.name, source.text, { delimiter: sniffDelimiter(source.text) });
  const optional = (...names: string[]) =>
    names.some((n) => file.has(n)) ? file.column(...names) : -1;
  const RESULT_NAMES = ['result', 'course_attempt_result', 'attempt_result'];
  // "Grade" last: in some exports (Infinite Campus) it is the grade level beside the "Score".
  const GRADE_NAMES = [
    'letter_grade',
    'final_grade',
    'final_letter_grade',
    'final_mark',
    'course_academic_grade',
    'mark',
    'score',
    'grade',
  ];
  // Either may be left out, not both: the result is told from the mark, or given.
  const hasResult = RESULT_NAMES.some((n) => file.has(n));
  const c = {
    student_id: file.column(
      'student_id',
      'student_number',
      'local_student_id',
      'student_no',
      'perm_id',
      'permanent_id',
    ),
    school_id: file.column('school_id', 'school_number', 'school_code', 'school_num', 'sch_code'),
    // PowerSchool's TermID (3300 is 2023–24) only when no column names the year itself.
    school_year: yearColumn(file),
    term: file.column(
      'term',
      'term_name',
      'term_code',
      'session',
      'store_code',
      'semester',
      'marking_period',
      'grading_period',
      'actual_term',
    ),
    course_code: file.column(
      'course_code',
      'course_number',
      'course_num',
      'course_no',
      'course',
      'short_course_name',
      'course_id',
    ),
    course_title: file.column('course_title', 'course_name', 'course_description', 'title'),
    sced_code: optional('sced_code', 'sced', 'sced_course_code'),
    credits_attempted: file.column(
      'credits_attempted',
      'attempted_credits',
      'credit_attempted',
      'credits_possible',
      'potential_credits',
      'potential_cr_hrs',
    ),
    credits_earned: file.column(
      'credits_earned',
      'earned_credits',
      'credit_earned',
      'earned_cr_hrs',
      'credits_completed',
      'credit_completed',
      'course_credit_earned',
    ),
    letter_grade: hasResult ? optional(...GRADE_NAMES) : file.column(...GRADE_NAMES),
    result: optional(...RESULT_NAMES),
    ...earnedAtColumns(optional),
    ...flagColumns(optional),
  };
  const columns = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + 1]));
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns, progressMarks: [] };
  const credits = creditsReader(file);
  const rows: TranscriptRow[] = [];
  const seen = new Map<string, number>();
  const used = Object.values(c)
    .filter((column) => column >= 0)
    .sort((a, b) => a - b);
  for (const row of file.rows) {
    const before = file.issues.length;
    const cut = used.find((column) => column >= row.fields.length);
    if (cut !== undefined) {
      file.fail(
        row,
        cut,
        `is missing: the line has ${row.fields.length} fields and the header ${file.header.length} (is the line cut short?)`,
      );
      continue;
    }
    const localId = idField(file, row, c.student_id);
    const earnedAt = readEarnedAt(file, row, c);
    const courseFlags = readFlags(file, row, c);
    // A course earned elsewhere may leave our school id out (the export has none for it).
    const schoolId =
      earnedAt && file.get(row, c.school_id) === '' ? '' : idField(file, row, c.school_id);
    const yearText = file.required(row, c.school_year);
    const byTermId = isTermIdColumn(file, c.school_year);
    const schoolYear =
      yearText === undefined
        ? undefined
        : byTermId
          ? schoolYearOfTermId(yearText)
          : parseSchoolYear(yearText);
    if (yearText !== undefined && schoolYear === undefined)
      file.fail(
        row,
        c.school_year,
        byTermId
          ? 'must be a PowerSchool term id such as 3300 (2023–24) or 3301'
          : 'must be a school year such as 2025-2026, 2025-26 or 2026',
      );
    const termText = text(file, row, c.term, 20);
    // Credit by exam, or a course whose code the other school's transcript does not show.
    const courseCode =
      earnedAt && file.get(row, c.course_code) === '' ? '' : text(file, row, c.course_code, 40);
    const courseTitle = text(file, row, c.course_title, 200);
    const scedText = file.get(row, c.sced_code);
    const sced = scedText === '' ? null : parseScedCode(scedText);
    if (sced === undefined)
      file.fail(
        row,
        c.sced_code,
        'must be a SCED code (five digits, such as 02052, maybe with its level: 02052G1.00), or empty',
      );
    let attempted = credits(row, c.credits_attempted);
    let earned = credits(row, c.credits_earned);
    const grade = file.get(row, c.letter_grade).toUpperCase().replace(/\s+/g, '');
    if (grade.length > 5 || CONTROL.test(grade))
      file.fail(row, c.letter_grade, 'must be a letter grade of at most 5 characters');
    const resultText = file.get(row, c.result);
    let result: TranscriptResult | undefined;
    if (resultText !== '') {
      result = parseResult(resultText);
      if (result === undefined)
        file.fail(row, c.result, `must be one of ${TRANSCRIPT_RESULTS.join(', ')}`);
    } else if (attempted !== null && earned !== null && file.issues.length === before) {
      result = resultOf(grade, attempted, earned);
      if (result === undefined) {
        const credit = earned === undefined ? 'the credits earned left empty' : 'no credit earned';
        const why = `grade ${grade} with ${credit} does not tell whether the course was passed`;
        if (c.result >= 0)
          file.fail(row, c.result, `is empty, and ${why}: write pass, fail or in_progress`);
        else
          file.fail(row, c.letter_grade, `${why}: add a result column (pass, fail, in_progress)`);
      }
    }
    if (result !== undefined && attempted !== null && earned !== null) {
      // An empty credits field: a passed course earned what it attempted (and attempted what it
      // earned); any other earned none, and a failed or withdrawn one is taken to have attempted none.
      if (result === 'pass') {
        if (earned === undefined && attempted === undefined)
          file.fail(row, c.credits_earned, 'is empty, and so are the credits attempted');
        earned ??= attempted;
        attempted ??= earned;
      } else {
        if (attempted === undefined && result === 'in_progress')
          file.fail(
            row,
            c.credits_attempted,
            'is empty: a course under way needs the credits it carries',
          );
        earned ??= 0;
        attempted ??= 0;
      }
      if (result !== 'pass' && earned! > 0)
        file.fail(row, c.credits_earned, `must be 0 when the result is ${result}`);
      else if (earned! > attempted!)
        file.fail(row, c.credits_earned, 'is more than the credits attempted');
      if (result === 'pass' && FAILING.has(grade))
        file.fail(row, c.letter_grade, `${grade} is a failing grade, but the result is pass`);
    }
    if (file.issues.length > before) continue;
    // A term written as the school year itself ("2023-2024") is the whole year.
    const term = parseSchoolYear(termText!) === schoolYear ? 'year' : canonicalTerm(termText!);
    const key = `${courseOf({
      localId: localId!,
      earnedAt,
      schoolId: schoolId!,
      schoolYear: schoolYear!,
      courseCode: courseCode!,
      courseTitle: courseTitle!,
    })}\u0000${term}`;
    const first = seen.get(key);
    if (first !== undefined) {
      file.fail(
        row,
        c.course_code,
        `repeats the attempt on line ${first} (same student, school, year and term)`,
      );
      continue;
    }
    seen.set(key, row.line);
    rows.push({
      line: row.line,
      localId: localId!,
      schoolId: schoolId!,
      earnedAt,
      schoolYear: schoolYear!,
      term,
      courseCode: courseCode!.toUpperCase(),
      courseTitle: courseTitle!,
      scedCode: sced ?? null,
      creditsAttempted: attempted!,
      creditsEarned: earned!,
      letterGrade: grade === '' ? null : grade,
      result: result!,
      ...(courseFlags === null ? {} : { courseFlags }),
    });
  }
  const { kept, progressMarks } = finalMarks(rows);
  return {
    rows: kept,
    issues: file.issues,
    columns,
    progressMarks: progressMarks.map((r) => r.line),
  };
}

const YEAR_NAMES = ['school_year', 'academic_year', 'end_year', 'year', 'school_yr'];

/** The school year's column: one that names the year, else PowerSchool's TermID. */
function yearColumn(file: TabularFile): number {
  if (!YEAR_NAMES.some((n) => file.has(n)) && file.has('term_id')) return file.column('term_id');
  return file.column(...YEAR_NAMES);
}

const isTermIdColumn = (file: TabularFile, column: number) =>
  headerKey(file.header[column] ?? '') === 'termid';

/**
 * PowerSchool's TermID: the year id (the school year's first calendar year less 1990) times 100,
 * plus the term's number within the year (00 the full year): 3300 and 3301 are in 2023–24
 * (PowerSchool SIS data dictionary, Terms and StoredGrades). The ending year; undefined else.
 */
export function schoolYearOfTermId(raw: string): number | undefined {
  if (!/^\d{3,4}$/.test(raw)) return undefined;
  const yearId = Math.floor(Number(raw) / 100);
  return yearId >= 5 && yearId <= 80 ? 1990 + yearId + 1 : undefined;
}
