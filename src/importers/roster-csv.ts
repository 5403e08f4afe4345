/**
 * A student roster as SIS exports write it, one row per student:
 * student_id,school_id,first_name,last_name,email,grade_level,graduation_year, and optionally
 * special-population and outcome columns (economically_disadvantaged, english_learner, disability,
 * gender, race_ethnicity, …, credential_earned, work_based_learning, graduated; codes in
 * domain/perkins/groups.ts and docs/perkins.md). An empty optional field means "not recorded".
 * Every problem is file:line:column; nothing is written while there is one.
 */
import { FACT_NAMES, factCode, factCodes } from '../domain/perkins/groups.ts';
import type { SourceFile } from './import-plan.ts';
import {
  parseTabular,
  sniffDelimiter,
  type ImportIssue,
  type TabularFile,
  type TabularRow,
} from './tabular.ts';

export interface RosterRow {
  line: number;
  localId: string;
  schoolId: string;
  firstName: string;
  lastName: string;
  email: string;
  grade: number;
  graduationYear: number | null;
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
    file.fail(row, column, 'contains a control character (a line break, a tab or NUL)');
    return undefined;
  }
  if (value.length > max) {
    file.fail(row, column, `is longer than ${max} characters`);
    return undefined;
  }
  return value;
}

export function idField(file: TabularFile, row: TabularRow, column: number) {
  const value = text(file, row, column, 64);
  if (value !== undefined && !ID_TEXT.test(value)) {
    file.fail(row, column, 'must be 1–64 letters, digits, dots, dashes, colons or underscores');
    return undefined;
  }
  return value;
}

export function parseRosterCsv(source: SourceFile): ParsedCsv<RosterRow> {
  const file = parseTabular(source.name, source.text, { delimiter: sniffDelimiter(source.text) });
  const c = {
    student_id: file.column('student_id'),
    school_id: file.column('school_id'),
    first_name: file.column('first_name'),
    last_name: file.column('last_name'),
    email: file.column('email'),
    grade_level: file.column('grade_level'),
    graduation_year: file.column('graduation_year'),
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
    const firstName = text(file, row, c.first_name, 100);
    const lastName = text(file, row, c.last_name, 100);
    const email = text(file, row, c.email, 254)?.toLowerCase();
    if (email !== undefined && !EMAIL.test(email))
      file.fail(row, c.email, 'is not an email address');
    const gradeText = file.required(row, c.grade_level);
    const grade = gradeText === undefined ? undefined : Number(gradeText);
    if (gradeText !== undefined && !(Number.isInteger(grade) && grade! >= 6 && grade! <= 12))
      file.fail(row, c.grade_level, 'must be a grade from 6 to 12');
    const yearText = file.get(row, c.graduation_year);
    const graduationYear = yearText === '' ? null : Number(yearText);
    if (
      graduationYear !== null &&
      !(Number.isInteger(graduationYear) && graduationYear >= 2000 && graduationYear <= 2100)
    )
      file.fail(row, c.graduation_year, 'must be a year such as 2028, or empty');
    const facts: Record<string, string | null> = {};
    for (const [name, column] of factColumns) {
      const value = file.get(row, column);
      if (value === '') facts[name] = null;
      else {
        const code = factCode(name, value);
        if (code === undefined)
          file.fail(row, column, `must be one of ${factCodes(name).join(', ')}, or empty`);
        else facts[name] = code;
      }
    }
    if (localId !== undefined) {
      const first = seenIds.get(localId);
      if (first !== undefined) file.fail(row, c.student_id, `repeats the student on line ${first}`);
      else seenIds.set(localId, row.line);
    }
    if (email !== undefined) {
      const first = seenEmails.get(email);
      if (first !== undefined) file.fail(row, c.email, `is also the email on line ${first}`);
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
