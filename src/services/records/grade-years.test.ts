import { describe, expect, it } from 'vitest';
import { expectSpanish } from '../../../test/issue-spanish.ts';
import { issueFields } from '../../importers/tabular.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import { dateGradeRows, yearOfGrade, type StudentYears } from './grade-years.ts';

const NOW = new Date('2026-11-27T12:00:00Z'); // school year 2026–27
const row = (line: number, localId: string, gradeLevel: number, byGrade = true): TranscriptRow => ({
  line,
  localId,
  schoolId: 'rhs',
  schoolYear: byGrade ? 0 : 2024,
  term: 'year',
  courseCode: 'ENG',
  courseTitle: 'English',
  scedCode: null,
  creditsAttempted: 1,
  creditsEarned: 1,
  letterGrade: 'A',
  result: 'pass',
  gradeLevel,
  ...(byGrade ? { byGrade: true } : {}),
});
const source = (rows: TranscriptRow[]) => ({
  rows,
  issue: (r: TranscriptRow, field: string, message: Parameters<typeof issueFields>[0]) => ({
    file: 'p.csv',
    line: r.line,
    column: 1,
    columnName: field,
    ...issueFields(message),
  }),
});
const students = new Map<string, StudentYears>([
  ['classOf', { grade: 9, graduationYear: 2028 }], // the graduation year wins over the grade
  ['gradeOnly', { grade: 11, graduationYear: null }],
  ['neither', { grade: null, graduationYear: null }],
]);

describe('the school year of a grade', () => {
  it('comes from the graduation year, else the current grade and today', () => {
    for (const grade of [9, 10, 11, 12]) {
      expect(yearOfGrade(grade, students.get('classOf')!, NOW)).toBe(2028 - 12 + grade);
      expect(yearOfGrade(grade, students.get('gradeOnly')!, NOW)).toBe(2027 - 11 + grade);
      expect(yearOfGrade(grade, students.get('neither')!, NOW)).toBeUndefined();
    }
  });

  it('dates the rows under a grade-only heading, and only those', () => {
    const rows = [row(2, 'classOf', 10), row(3, 'gradeOnly', 9), row(4, 'neither', 9, false)];
    const { rows: dated, issues } = dateGradeRows(source(rows), students, NOW);
    expect(issues).toEqual([]);
    expect(dated.map((r) => r.schoolYear)).toEqual([2026, 2025, 2024]);
    // A student not on the roster is left for the import's own refusal.
    expect(dateGradeRows(source([row(5, 'absent', 9)]), students, NOW).issues).toEqual([]);
  });

  it('refuses a row whose year the roster cannot tell, or that falls after this school year', () => {
    const { issues } = dateGradeRows(
      source([row(7, 'neither', 10), row(8, 'gradeOnly', 12)]),
      students,
      NOW,
    );
    expect(issues.map((i) => `${i.line} ${i.columnName}: ${i.message}`)).toEqual([
      '7 student_id: the heading above names grade 10 and no school year, and the roster gives student neither no graduation year or grade: write the year in the heading ("Grade 10 — 2024-2025") or add graduation_year to the roster',
      '8 student_id: the heading above names grade 12, which by the roster (class of 2028) is the school year 2027-28, after this one: check the heading, or the graduation_year on the roster',
    ]);
    expectSpanish(issues);
  });
});
