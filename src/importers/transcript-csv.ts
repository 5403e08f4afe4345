/**
 * A transcript as SIS exports write it, one row per course attempt:
 * student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,
 * credits_earned,letter_grade,result (pass|fail|incomplete|withdrawn|in_progress).
 * School years are written 2025-2026, 2025-26 or 2026 (the ending year, Ed-Fi's convention).
 */
import type { SourceFile } from './import-plan.ts';
import { CONTROL, idField, text, type ParsedCsv } from './roster-csv.ts';
import { parseNumber, parseTabular, type TabularFile, type TabularRow } from './tabular.ts';

export const TRANSCRIPT_RESULTS = [
  'pass',
  'fail',
  'incomplete',
  'withdrawn',
  'in_progress',
] as const;
export type TranscriptResult = (typeof TRANSCRIPT_RESULTS)[number];

export interface TranscriptRow {
  line: number;
  localId: string;
  schoolId: string;
  schoolYear: number;
  term: string;
  courseCode: string;
  courseTitle: string;
  scedCode: string | null;
  creditsAttempted: number;
  creditsEarned: number;
  letterGrade: string | null;
  result: TranscriptResult;
}

/** "2025-2026", "2025-26", "2025–26" or "2026" → 2026; undefined when it is none of these. */
export function parseSchoolYear(raw: string): number | undefined {
  const single = /^(\d{4})$/.exec(raw);
  if (single) return Number(single[1]);
  const range = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(raw);
  if (!range) return undefined;
  const start = Number(range[1]);
  const end =
    range[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(range[2]) : Number(range[2]);
  return end === start + 1 ? end : undefined;
}

const credits = (file: TabularFile, row: TabularRow, column: number) => {
  const raw = file.required(row, column);
  if (raw === undefined) return undefined;
  const value = parseNumber(raw);
  if (value === undefined || value < 0 || value > 10) {
    file.fail(row, column, 'must be a number of credits from 0 to 10');
    return undefined;
  }
  return value;
};

export function parseTranscriptCsv(source: SourceFile): ParsedCsv<TranscriptRow> {
  const file = parseTabular(source.name, source.text, { delimiter: ',' });
  const c = {
    student_id: file.column('student_id'),
    school_id: file.column('school_id'),
    school_year: file.column('school_year'),
    term: file.column('term'),
    course_code: file.column('course_code'),
    course_title: file.column('course_title'),
    sced_code: file.column('sced_code'),
    credits_attempted: file.column('credits_attempted'),
    credits_earned: file.column('credits_earned'),
    letter_grade: file.column('letter_grade'),
    result: file.column('result'),
  };
  const columns = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + 1]));
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns };
  const rows: TranscriptRow[] = [];
  const seen = new Map<string, number>();
  for (const row of file.rows) {
    const before = file.issues.length;
    const localId = idField(file, row, c.student_id);
    const schoolId = idField(file, row, c.school_id);
    const yearText = file.required(row, c.school_year);
    const schoolYear = yearText === undefined ? undefined : parseSchoolYear(yearText);
    if (yearText !== undefined && schoolYear === undefined)
      file.fail(row, c.school_year, 'must be a school year such as 2025-2026, 2025-26 or 2026');
    const term = text(file, row, c.term, 20);
    const courseCode = text(file, row, c.course_code, 40);
    const courseTitle = text(file, row, c.course_title, 200);
    const sced = file.get(row, c.sced_code);
    if (sced !== '' && !/^\d{5}$/.test(sced))
      file.fail(row, c.sced_code, 'must be a five-digit SCED code, or empty');
    const attempted = credits(file, row, c.credits_attempted);
    const earned = credits(file, row, c.credits_earned);
    const grade = file.get(row, c.letter_grade);
    if (grade.length > 5 || CONTROL.test(grade))
      file.fail(row, c.letter_grade, 'must be a letter grade of at most 5 characters');
    const result = file.required(row, c.result)?.toLowerCase();
    if (result !== undefined && !(TRANSCRIPT_RESULTS as readonly string[]).includes(result))
      file.fail(row, c.result, `must be one of ${TRANSCRIPT_RESULTS.join(', ')}`);
    else if (result !== undefined && result !== 'pass' && earned !== undefined && earned > 0)
      file.fail(row, c.credits_earned, `must be 0 when the result is ${result}`);
    if (attempted !== undefined && earned !== undefined && earned > attempted)
      file.fail(row, c.credits_earned, 'is more than the credits attempted');
    if (file.issues.length > before) continue;
    const key = [
      localId,
      schoolId,
      schoolYear,
      term!.toLowerCase(),
      courseCode!.toUpperCase(),
    ].join('\u0000');
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
      schoolYear: schoolYear!,
      term: term!.toLowerCase(),
      courseCode: courseCode!.toUpperCase(),
      courseTitle: courseTitle!,
      scedCode: sced === '' ? null : sced,
      creditsAttempted: attempted!,
      creditsEarned: earned!,
      letterGrade: grade === '' ? null : grade.toUpperCase(),
      result: result as TranscriptResult,
    });
  }
  return { rows, issues: file.issues, columns };
}
