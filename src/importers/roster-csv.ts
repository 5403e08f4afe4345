/**
 * A student roster as SIS exports write it, one row per student:
 * student_id,school_id,first_name,last_name,email,grade_level, and optionally graduation_year
 * (many SIS exports have no such column) and special-population and outcome columns (economically_disadvantaged, english_learner, disability,
 * gender, race_ethnicity, …, credential_earned, work_based_learning, graduated; codes in
 * domain/perkins/groups.ts and docs/perkins.md). An empty optional field means "not recorded".
 * Every problem is file:line:column; nothing is written while there is one.
 */
import { FACT_NAMES, factCode, factCodes } from '../domain/perkins/groups.ts';
import type { SourceFile } from './import-plan.ts';
import { nameIssue, splitFullName, tidyName } from './person-name.ts';
import {
  parseTabular,
  sniffDelimiter,
  type ImportIssue,
  type TabularFile,
  type TabularRow,
} from './tabular.ts';
import { issueText } from './issue-text.ts';
import { GRADE_WORDS } from './grade-words.ts';

export interface RosterRow {
  line: number;
  localId: string;
  schoolId: string;
  firstName: string;
  lastName: string;
  email: string;
  grade: number;
  /**
   * The class-of year; null when the field is empty, undefined when the file has no such column
   * (the year stored for the student, if any, is kept).
   */
  graduationYear: number | null | undefined;
  /** Optional columns present in the file: fact name → code, or null when the field is empty. */
  facts: Record<string, string | null>;
}

export interface ParsedCsv<T> {
  rows: T[];
  issues: ImportIssue[];
  /** Column numbers (1-based) by name, for problems found later (a school not in the district). */
  columns: Record<string, number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * NUL and the other C0 and C1 control characters (and DEL): never valid in a roster or transcript
 * field.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const ID_TEXT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** A field that must hold text: no NUL or other control characters, at most `max` characters. */
export function text(file: TabularFile, row: TabularRow, column: number, max: number) {
  const value = file.required(row, column);
  if (value === undefined) return undefined;
  if (CONTROL.test(value)) {
    file.fail(row, column, issueText('control_character'));
    return undefined;
  }
  if (value.length > max) {
    file.fail(row, column, issueText('too_long', { max: String(max) }));
    return undefined;
  }
  return value;
}

export function idField(file: TabularFile, row: TabularRow, column: number) {
  const value = text(file, row, column, 64);
  if (value !== undefined && !ID_TEXT.test(value)) {
    file.fail(row, column, issueText('bad_id'));
    return undefined;
  }
  return value;
}

/** Header names of a roster's single name column, in the order they are looked for. */
const FULL_NAME_COLUMNS = ['name', 'student_name', 'full_name', 'last_first', 'name_last_first'];
const FIRST_NAMES = ['first_name', 'given_name', 'legal_first_name'];
const LAST_NAMES = ['last_name', 'family_name', 'surname', 'legal_last_name'];
const GRADUATION_YEARS = [
  'graduation_year',
  'class_of',
  'cohort_year',
  'grad_year',
  'projected_graduation_year',
];

/**
 * A grade level as SIS exports write it: 9, 09, 9th, Grade 9, Gr. 09, 9th Grade, Ninth grade.
 * Undefined when it is none of them, or (with `inRange`) outside grades 6 to 12.
 */
export function gradeLevel(text: string, inRange = true): number | undefined {
  const words = text
    .toLowerCase()
    .replace(/\b(grade|gr|grd)\b\.?/g, ' ')
    .trim();
  const match = /^0*(\d{1,2})(?:\.0+|st|nd|rd|th)?$/.exec(words);
  const number = match
    ? Number(match[1])
    : Object.hasOwn(GRADE_WORDS, words)
      ? GRADE_WORDS[words]
      : undefined;
  if (number === undefined || words === '' || words.includes(' ')) return undefined;
  return !inRange || (number >= 6 && number <= 12) ? number : undefined;
}

/**
 * A row's first and last name, tidied (person-name.ts). One of the two may be empty (a person
 * known by one name), not both.
 */
function names(
  file: TabularFile,
  row: TabularRow,
  c: { first_name?: number; last_name?: number; name?: number },
): { firstName: string | undefined; lastName: string | undefined } {
  const field = (column: number) => {
    const value = tidyName(file.get(row, column));
    const problem = nameIssue(value, 100);
    if (problem) file.fail(row, column, problem);
    return problem ? undefined : value;
  };
  if (c.name !== undefined) {
    const whole = field(c.name);
    if (whole === undefined) return { firstName: undefined, lastName: undefined };
    const split = splitFullName(whole);
    if (split.firstName === '' && split.lastName === '') file.fail(row, c.name, issueText('empty'));
    return split;
  }
  const firstName = field(c.first_name!);
  const lastName = field(c.last_name!);
  if (firstName === '' && lastName === '') file.fail(row, c.first_name!, issueText('no_name'));
  return { firstName, lastName };
}

export function parseRosterCsv(source: SourceFile): ParsedCsv<RosterRow> {
  const file = parseTabular(source.name, source.text, { delimiter: sniffDelimiter(source.text) });
  // A single name column ("GARCIA, MARIA") stands in for first_name and last_name.
  const fullName = FULL_NAME_COLUMNS.find(
    (name) => file.has(name) && ![...FIRST_NAMES, ...LAST_NAMES].some((other) => file.has(other)),
  );
  const c = {
    student_id: file.column('student_id', 'student_number', 'local_student_id', 'local_id'),
    school_id: file.column('school_id', 'school_number', 'school_code'),
    ...(fullName === undefined
      ? { first_name: file.column(...FIRST_NAMES), last_name: file.column(...LAST_NAMES) }
      : { name: file.column(fullName) }),
    email: file.column('email', 'email_address', 'student_email'),
    grade_level: file.column('grade_level', 'grade', 'current_grade'),
    // Optional: nothing needs it (a plan's school years follow from the grade when it is unknown).
    ...(GRADUATION_YEARS.some((name) => file.has(name))
      ? { graduation_year: file.column(...GRADUATION_YEARS) }
      : {}),
  };
  const factColumns = FACT_NAMES.filter((name) => file.has(name)).map(
    (name) => [name, file.column(name)] as const,
  );
  const columns = Object.fromEntries(
    [...Object.entries(c), ...factColumns].map(([k, v]) => [k, v + 1]),
  );
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns };
  const rows: RosterRow[] = [];
  const seenIds = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  for (const row of file.rows) {
    const before = file.issues.length;
    const localId = idField(file, row, c.student_id);
    const schoolId = idField(file, row, c.school_id);
    const { firstName, lastName } = names(file, row, c);
    const email = text(file, row, c.email, 254)?.toLowerCase();
    if (email !== undefined && !EMAIL.test(email)) file.fail(row, c.email, issueText('not_email'));
    const gradeText = file.required(row, c.grade_level);
    const grade = gradeText === undefined ? undefined : gradeLevel(gradeText);
    if (gradeText !== undefined && grade === undefined) {
      const number = gradeLevel(gradeText, false);
      file.fail(
        row,
        c.grade_level,
        number === undefined
          ? issueText('grade_not_grade', { value: gradeText })
          : issueText('grade_out_of_range', { grade: String(number) }),
      );
    }
    const yearText = c.graduation_year === undefined ? undefined : file.get(row, c.graduation_year);
    const graduationYear =
      yearText === undefined ? undefined : yearText === '' ? null : Number(yearText);
    if (
      typeof graduationYear === 'number' &&
      !(Number.isInteger(graduationYear) && graduationYear >= 2000 && graduationYear <= 2100)
    )
      file.fail(row, c.graduation_year!, issueText('bad_graduation_year'));
    const facts: Record<string, string | null> = {};
    for (const [name, column] of factColumns) {
      const value = file.get(row, column);
      if (value === '') facts[name] = null;
      else {
        const code = factCode(name, value);
        if (code === undefined)
          file.fail(row, column, issueText('bad_code', { codes: factCodes(name).join(', ') }));
        else facts[name] = code;
      }
    }
    if (localId !== undefined) {
      const first = seenIds.get(localId);
      if (first !== undefined)
        file.fail(row, c.student_id, issueText('repeats_student', { line: String(first) }));
      else seenIds.set(localId, row.line);
    }
    if (email !== undefined) {
      const first = seenEmails.get(email);
      if (first !== undefined)
        file.fail(row, c.email, issueText('repeats_email', { line: String(first) }));
      else seenEmails.set(email, row.line);
    }
    if (file.issues.length > before) continue;
    rows.push({
      line: row.line,
      localId: localId!,
      schoolId: schoolId!,
      firstName: firstName!,
      lastName: lastName!,
      email: email!,
      grade: grade!,
      graduationYear,
      facts,
    });
  }
  return { rows, issues: file.issues, columns };
}
