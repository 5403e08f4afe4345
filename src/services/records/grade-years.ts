/**
 * The school year of the courses a paper transcript lists under a heading that gives the grade
 * alone ("Grade 10", "Sophomore Year", "Grado 10"): the year the student was in that grade, by
 * the roster. The graduation year tells it (class of 2027: grade 10 is 2024–25); else the
 * student's current grade and today's school year do (in grade 11 in 2025–26: grade 10 was
 * 2024–25). With neither, the row is refused, naming what to add: the import never guesses a
 * year. A year after the current school year is refused too (a transcript records courses taken
 * or under way). A row of a student not on the roster is left for the import to refuse.
 */
import { schoolYearOf } from '../../domain/triage/signals.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import { issueText } from '../../importers/issue-text.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import type { RowSource } from './record-rows.ts';

export interface StudentYears {
  /** The student's current grade on the roster. */
  grade: number | null;
  graduationYear: number | null;
}

/** The school year (its ending year) a student was or is in a grade; undefined when unknown. */
export function yearOfGrade(grade: number, student: StudentYears, now: Date): number | undefined {
  if (student.graduationYear !== null) return student.graduationYear - (12 - grade);
  if (student.grade !== null) return schoolYearOf(now) + (grade - student.grade);
  return undefined;
}

const yearsText = (year: number) => `${year - 1}-${String(year).slice(2)}`;

export function dateGradeRows<R extends TranscriptRow>(
  source: RowSource<R>,
  students: ReadonlyMap<string, StudentYears>,
  now: Date,
): { rows: R[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const current = schoolYearOf(now);
  const rows = source.rows.map((row) => {
    if (!row.byGrade || row.gradeLevel === undefined) return row;
    const student = students.get(row.localId);
    if (!student) return row;
    const grade = String(row.gradeLevel);
    const year = yearOfGrade(row.gradeLevel, student, now);
    if (year === undefined)
      issues.push(
        source.issue(
          row,
          'student_id',
          issueText('grade_no_year', { grade, student: row.localId }),
        ),
      );
    else if (year > current)
      issues.push(
        source.issue(
          row,
          'student_id',
          issueText('grade_after_now', {
            grade,
            classOf: String(student.graduationYear ?? current + (12 - student.grade!)),
            years: yearsText(year),
          }),
        ),
      );
    else return { ...row, schoolYear: year };
    return row;
  });
  return { rows, issues };
}
