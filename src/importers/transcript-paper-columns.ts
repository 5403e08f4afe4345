/**
 * The columns of a transcript typed from paper, and its header: the first line that names a
 * course title column, below the lines that may name the student, the school or the year.
 */
import { headerKey, TabularFile, type TabularRow } from './tabular.ts';
import { STUDENT_ID_NAMES } from './transcript-columns.ts';
import { flagColumns } from './transcript-flags.ts';

const TITLE_NAMES = ['course_title', 'course', 'title', 'course_name', 'course_description'];

export function paperColumns(file: TabularFile) {
  const optional = (...names: string[]) =>
    names.some((n) => file.has(n)) ? file.column(...names) : -1;
  const titled = file.has('course') && (file.has('title') || file.has('course_title'));
  return {
    student_id: optional(...STUDENT_ID_NAMES),
    school_id: optional('school_id', 'school_code', 'school_number', 'school'),
    // "Course | Title | Grade | Credit": beside a Title column, the Course column is the code.
    course_code: optional(
      'course_code',
      'course_number',
      'code',
      'course_id',
      'local_course_code',
      ...(titled ? ['course'] : []),
    ),
    course_title: file.column(
      ...(titled ? TITLE_NAMES.filter((n) => n !== 'course') : TITLE_NAMES),
    ),
    sced_code: optional('sced_code', 'sced'),
    term: optional('term', 'semester', 'term_name', 'session'),
    letter_grade: file.column('grade', 'mark', 'final_grade', 'letter_grade', 'final_mark'),
    credits_attempted: file.column('credit', 'credits', 'credit_value', 'units', 'carnegie_units'),
    ...flagColumns(optional),
    // A printed page heads its level column "Level" (H, AP, DE); a grade column is "Grade".
    course_level: optional(
      'course_level',
      'honors_code',
      'level_code',
      'level',
      'course_level_code',
    ),
  };
}

/**
 * The header (the first line naming a course title column) and the lines above it, which may
 * be headings or name the student or school.
 */
export function findHeader(file: TabularFile): { table: TabularFile; above: TabularRow[] } {
  const all = [{ line: 1, fields: file.header }, ...file.rows];
  const wanted = new Set(TITLE_NAMES.map(headerKey));
  const index = all.findIndex((row) => row.fields.some((f) => wanted.has(headerKey(f))));
  if (index <= 0) return { table: file, above: [] };
  const table = new TabularFile(file.name, all[index]!.fields, all.slice(index + 1), file.issues);
  return { table, above: all.slice(0, index) };
}

const GRADE_NAMES = ['grade', 'mark', 'final_grade', 'letter_grade', 'final_mark'];
const CREDIT_NAMES = ['credit', 'credits', 'credit_value', 'units', 'carnegie_units'];

/**
 * A transcript typed from paper whose year headings none of the readers knows: no student id
 * column on its first line, and below a title line a header naming a course title, a grade and
 * a credit column ("Course | Title | Grade | Credit"). Read as a paper transcript, its courses
 * are refused as coming before any year heading, naming their lines, not the file as a CSV file
 * without its columns.
 */
export function isPaperWithoutYears(file: TabularFile): boolean {
  if (STUDENT_ID_NAMES.some((n) => file.has(n))) return false;
  const { table, above } = findHeader(file);
  if (above.length === 0) return false;
  return [GRADE_NAMES, CREDIT_NAMES].every((names) => names.some((n) => table.has(n)));
}
