/**
 * A high-school transcript typed from paper: courses listed under section headings that give
 * the school year, the grade or both ("Grade 9 — 2022-2023", "2022-2023", "Sophomore Year"), often
 * by title alone, each with its mark ("B+", "Pass",
 * "P", "87") and the credit it carries ("1", "0.5", "1/2"). The student and school come from their
 * columns, or from lines such as "Student ID: 1001" and "School: rhs" above the courses; a course
 * without a term column is a year's course. A course given by title alone is matched to the
 * district catalog by the import (services/records/course-titles.ts). Totals and GPA lines are
 * skipped. Lines above the header that are none of these (a title, "Official Transcript") are
 * left out. A heading's grade goes to the courses under it (`gradeLevel`); under a heading
 * that gives the grade alone, the import finds the school year from the student's roster
 * (`byGrade`, services/records/grade-years.ts). A course's level (AP, IB, honors, dual
 * enrollment) comes from a level column or from the markers printed in its title
 * (transcript-title-flags.ts). README "Student records".
 */
import { CONTROL, ID_TEXT } from './roster-csv.ts';
import { headerKey, TabularFile, type TabularRow } from './tabular.ts';
import type { ParsedTranscript, TranscriptOptions, TranscriptRow } from './transcript-csv.ts';
import { parseScedCode, readTerm } from './transcript-fields.ts';
import { FAILING, isPercentScale, normalizeMark, resultOf } from './transcript-marks.ts';
import { missingLowestPass } from './transcript-passing.ts';
import { STUDENT_ID_NAMES } from './transcript-columns.ts';
import { paperCredits, paperLine, titleKey } from './transcript-paper-lines.ts';
import { issueText } from './issue-text.ts';
import { flagColumns, readFlags } from './transcript-flags.ts';
import { titleFlags } from './transcript-title-flags.ts';
import { flagsText, type CourseFlag } from '../domain/requirements/course-flags.ts';
import { courseCodeKey } from '../domain/requirements/course-code-key.ts';

/** Marks a paper transcript writes: letters, pass and fail, the marks of no grade yet, percents. */
const PAPER_MARK =
  /^(?:[A-F][+-]?|P|PASS|FAIL|CR|NC|NP|I|INC|IP|W|WP|WF|WD|AU|S|U|NG|\d{1,3}(?:\.\d+)?)$/;

const TITLE_NAMES = ['course_title', 'course', 'title', 'course_name', 'course_description'];

function paperColumns(file: TabularFile) {
  const optional = (...names: string[]) =>
    names.some((n) => file.has(n)) ? file.column(...names) : -1;
  return {
    student_id: optional(...STUDENT_ID_NAMES),
    school_id: optional('school_id', 'school_code', 'school_number', 'school'),
    course_code: optional('course_code', 'course_number', 'code', 'course_id', 'local_course_code'),
    course_title: file.column(...TITLE_NAMES),
    sced_code: optional('sced_code', 'sced'),
    term: optional('term', 'semester', 'term_name', 'session'),
    letter_grade: file.column('grade', 'mark', 'final_grade', 'letter_grade', 'final_mark'),
    credits_attempted: file.column('credit', 'credits', 'credit_value', 'units', 'carnegie_units'),
    ...flagColumns(optional),
  };
}

/**
 * The header (the first line naming a course title column) and the lines above it, which may
 * be headings or name the student or school.
 */
function findHeader(file: TabularFile): { table: TabularFile; above: TabularRow[] } {
  const all = [{ line: 1, fields: file.header }, ...file.rows];
  const wanted = new Set(TITLE_NAMES.map(headerKey));
  const index = all.findIndex((row) => row.fields.some((f) => wanted.has(headerKey(f))));
  if (index <= 0) return { table: file, above: [] };
  const table = new TabularFile(file.name, all[index]!.fields, all.slice(index + 1), file.issues);
  return { table, above: all.slice(0, index) };
}

export function parsePaperTranscript(
  source: TabularFile,
  options: TranscriptOptions,
): ParsedTranscript {
  const { table: file, above } = findHeader(source);
  const c = paperColumns(file);
  const columns = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + 1]));
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns, progressMarks: [] };
  const percentScale = isPercentScale(file.rows.map((row) => file.get(row, c.letter_grade)));
  const current: {
    year?: number;
    grade?: number;
    term?: string;
    student?: string;
    school?: string;
    bad?: boolean;
  } = {};
  const rows: TranscriptRow[] = [];
  const seen = new Map<string, number>();
  const heading = (row: TabularRow, fromAbove: boolean): boolean => {
    const line = paperLine(row);
    if (!line) return false;
    if (line.kind === 'year') {
      current.year = line.schoolYear;
      current.grade = line.grade;
      current.term = line.term;
      current.bad = line.badYear;
      if (line.badYear) file.fail(row, 0, issueText('paper_bad_heading', { text: line.text }));
    } else if (line.kind === 'student' || line.kind === 'school') {
      if (!ID_TEXT.test(line.value)) file.fail(row, 0, issueText('bad_id'));
      else current[line.kind] = line.value;
    } else if (line.kind === 'other' && !fromAbove)
      file.fail(row, 0, issueText('paper_line', { text: line.text.slice(0, 60) }));
    return true;
  };
  for (const row of above) heading(row, true);
  for (const row of file.rows) {
    if (heading(row, false)) continue;
    const before = file.issues.length;
    const localId = file.get(row, c.student_id) || current.student;
    const schoolId = file.get(row, c.school_id) || current.school;
    if (localId === undefined) file.fail(row, c.student_id, issueText('paper_no_student'));
    else if (!ID_TEXT.test(localId)) file.fail(row, c.student_id, issueText('bad_id'));
    if (schoolId === undefined) file.fail(row, c.school_id, issueText('paper_no_school'));
    else if (!ID_TEXT.test(schoolId)) file.fail(row, c.school_id, issueText('bad_id'));
    const title = file.required(row, c.course_title)?.replace(/\s+/g, ' ').normalize('NFC');
    if (title !== undefined && (CONTROL.test(title) || title.length > 200))
      file.fail(row, c.course_title, issueText('college_title'));
    // Under a heading whose year cannot be read, that heading's problem says it.
    const dated = current.year !== undefined || current.grade !== undefined;
    if (!dated && !current.bad) file.fail(row, c.course_title, issueText('paper_no_year'));
    const code = file.get(row, c.course_code).toUpperCase();
    const scedText = file.get(row, c.sced_code);
    const sced = scedText === '' ? null : parseScedCode(scedText);
    if (sced === undefined) file.fail(row, c.sced_code, issueText('bad_sced'));
    const creditText = file.required(row, c.credits_attempted);
    const credit = creditText === undefined ? undefined : paperCredits(creditText);
    if (creditText !== undefined && (credit === undefined || credit > 10))
      file.fail(row, c.credits_attempted, issueText('paper_credits'));
    const grade = normalizeMark(file.get(row, c.letter_grade));
    if (grade !== '' && !PAPER_MARK.test(grade))
      file.fail(row, c.letter_grade, issueText('paper_mark', { grade: grade.slice(0, 20) }));
    // A level column (AP, Honors, DE) or the markers printed in the title ("AP Biology", "(DE)").
    const columnFlags = (readFlags(file, row, c)?.split(',') ?? []) as CourseFlag[];
    const courseFlags = flagsText([...columnFlags, ...titleFlags(title ?? '')]);
    const term =
      c.term < 0 || file.get(row, c.term) === ''
        ? (current.term ?? 'year')
        : readTerm(file, row, c.term, current.year);
    if (file.issues.length > before || !dated || current.bad) continue;
    const lowest = options.lowest ?? {};
    const result = resultOf(grade, credit, undefined, percentScale, true, lowest);
    if (result === undefined || (result === 'pass' && FAILING.has(grade))) {
      const option = missingLowestPass(grade, lowest, percentScale) ?? 'none';
      file.fail(
        row,
        c.letter_grade,
        issueText('result_unknown', { where: 'mark', grade, credit: 'no_column', option }),
      );
      continue;
    }
    const year = current.year ?? `grade ${current.grade}`;
    const key = [localId, schoolId, year, term, code ? courseCodeKey(code) : titleKey(title!)].join(
      '\u0000',
    );
    const first = seen.get(key);
    if (first !== undefined) {
      file.fail(row, c.course_title, issueText('repeats_attempt', { line: String(first) }));
      continue;
    }
    seen.set(key, row.line);
    rows.push({
      line: row.line,
      localId: localId!,
      schoolId: schoolId!,
      // Under a heading of the grade alone, found by the import from the roster.
      schoolYear: current.year ?? 0,
      term: term!,
      courseCode: code,
      courseTitle: title!,
      scedCode: sced ?? null,
      creditsAttempted: credit!,
      creditsEarned: result === 'pass' ? credit! : 0,
      letterGrade: grade === '' ? null : grade,
      result,
      ...(courseFlags === null ? {} : { courseFlags }),
      ...(code === '' ? { byTitle: true } : {}),
      ...(current.grade !== undefined ? { gradeLevel: current.grade } : {}),
      ...(current.year === undefined ? { byGrade: true } : {}),
    });
  }
  file.issues.sort((a, b) => a.line - b.line);
  return { rows, issues: file.issues, columns, progressMarks: [] };
}
