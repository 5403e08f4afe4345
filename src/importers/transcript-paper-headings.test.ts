/**
 * Paper transcripts as U.S. high schools print them, each heading its terms and years its own
 * way (transcript-paper-headings.fixtures.ts): every course, term, credit and mark read, and a
 * layout that cannot be read refused naming its line, in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { parse, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';
import * as F from './transcript-paper-headings.fixtures.ts';

/** Line, school year, grade, term, code, title, mark, credit, credit earned, level. */
const read = (text: string) =>
  rowsOf(text).map((r) => [
    r.line,
    r.schoolYear,
    r.gradeLevel ?? null,
    r.term,
    r.courseCode,
    r.courseTitle,
    r.letterGrade,
    r.creditsAttempted,
    r.creditsEarned,
    r.courseFlags ?? null,
  ]);

describe('paper transcripts: how schools head their terms', () => {
  it('"Term 1" to "Term 4" in one year are quarters; GPA and credit lines are no courses', () => {
    expect(read(F.TERM_QUARTERS)).toEqual([
      [7, 2024, 9, 'q1', 'ENG101', 'English 9', 'B+', 0.25, 0.25, null],
      [8, 2024, 9, 'q1', 'MTH110', 'Algebra I', 'A-', 0.25, 0.25, null],
      [10, 2024, 9, 'q2', 'ENG101', 'English 9', 'A', 0.25, 0.25, null],
      [11, 2024, 9, 'q2', 'MTH110', 'Algebra I', 'B', 0.25, 0.25, null],
      [13, 2024, 9, 'q3', 'ENG101', 'English 9', 'A-', 0.25, 0.25, null],
      [15, 2024, 9, 'q4', 'ENG101', 'English 9', 'B', 0.25, 0.25, null],
    ]);
  });

  it('"Term 1", "Term 2" are semesters, "Term 1" to "Term 3" trimesters, year by year', () => {
    expect(read(F.TERM_SEMESTERS)).toEqual([
      [6, 2024, null, 's1', 'ENG9', 'English 9', 'B', 0.5, 0.5, null],
      [8, 2024, null, 's2', 'ENG9', 'English 9', 'B+', 0.5, 0.5, null],
      [11, 2025, 10, 't1', 'ENG10', 'English 10', 'A', 0.33, 0.33, null],
      [13, 2025, 10, 't2', 'ENG10', 'English 10', 'A', 0.33, 0.33, null],
      [15, 2025, 10, 't3', 'ENG10', 'English 10', 'A-', 0.34, 0.34, null],
    ]);
  });

  it('"Term <n>" headings are counted grade by grade under headings of the grade alone', () => {
    const text = [
      'Student ID: 44721',
      'School: ohs',
      'Course | Title | Grade | Credit',
      'Freshman Year',
      ...[1, 2, 3, 4].flatMap((n) => [`Term ${n}`, `PE9 | Physical Education | A | 0.25`]),
      'Sophomore Year',
      ...[1, 2].flatMap((n) => [`Term ${n}`, `ENG10 | English 10 | B | 0.5`]),
      '',
    ].join('\n');
    expect(read(text).map((r) => `${r[2]} ${r[3]}`)).toEqual([
      '9 q1',
      '9 q2',
      '9 q3',
      '9 q4',
      '10 s1',
      '10 s2',
    ]);
  });

  it('"Term 1 2024-25": the term with its year; "Semester 1 GPA" is no line to refuse', () => {
    expect(read(F.TERM_WITH_YEAR)).toEqual([
      [6, 2025, 12, 's1', 'ENG401', 'English 12', 'B', 0.5, 0.5, null],
      [7, 2025, 12, 's1', 'SOC410', 'Economics (DE)', 'A', 0.5, 0.5, 'DE'],
      [10, 2025, 12, 's2', 'ENG401', 'English 12', 'B+', 0.5, 0.5, null],
    ]);
  });

  it('text copied from a PDF: "SY 2024-25  Grade: 10", "Qtr 1" headings, a Level column', () => {
    expect(read(F.QTR_SPACES)).toEqual([
      [7, 2025, 10, 'q1', 'SCI210', 'Chemistry', 'B+', 0.25, 0.25, 'H'],
      [8, 2025, 10, 'q1', 'HIS220', 'World History', 'A', 0.25, 0.25, null],
      [10, 2025, 10, 'q2', 'SCI210', 'Chemistry', 'B', 0.25, 0.25, 'H'],
      [11, 2025, 10, 'q2', 'HIS220', 'World History', 'A-', 0.25, 0.25, null],
      [13, 2025, 10, 'q3', 'SCI210', 'Chemistry', 'C+', 0.25, 0.25, 'H'],
      [15, 2025, 10, 'q4', 'SCI210', 'Chemistry', 'B-', 0.25, 0.25, 'H'],
    ]);
  });

  it('"1st Quarter" headings under "Grade 11 2024/25"; a mark to come is under way', () => {
    expect(read(F.ORDINAL_QUARTERS)).toEqual([
      [6, 2025, 11, 'q1', 'MA301', 'Algebra II', 'A', 0.25, 0.25, null],
      [8, 2025, 11, 'q2', 'MA301', 'Algebra II', 'A-', 0.25, 0.25, null],
      [10, 2025, 11, 'q3', 'MA301', 'Algebra II', 'B+', 0.25, 0.25, null],
      [12, 2025, 11, 'q4', 'MA301', 'Algebra II', 'IP', 0.25, 0, null],
    ]);
  });

  it('"Semester 1", "2nd Semester"; a course without a code after the first bar', () => {
    expect(read(F.SEMESTERS)).toEqual([
      [7, 2025, 10, 's1', 'ENG201', 'English 10', 'B+', 0.5, 0.5, null],
      [8, 2025, 10, 's1', 'MTH201', 'Geometry', 'C', 0.5, 0.5, null],
      [9, 2025, 10, 's1', '', 'PE 10', 'P', 0.25, 0.25, null],
      [12, 2025, 10, 's2', 'ENG201', 'English 10', 'A-', 0.5, 0.5, null],
      [13, 2025, 10, 's2', 'MTH201', 'Geometry', 'D+', 0.5, 0.5, null],
      [14, 2025, 10, 's2', '', 'Health', 'PASS', 0.5, 0.5, null],
    ]);
  });

  it('a term column "S1", "Sem 2", "YR", "1st Semester" under "Grade 10 (2024-25)"', () => {
    expect(read(F.SEMESTER_COLUMN)).toEqual([
      [5, 2025, 10, 's1', 'BIO200', 'Biology', 'A', 0.5, 0.5, null],
      [6, 2025, 10, 's2', 'BIO200', 'Biology', 'A-', 0.5, 0.5, null],
      [7, 2025, 10, 'year', 'SPA200', 'Spanish II', 'B', 1, 1, null],
      [8, 2025, 10, 's1', 'ART110', 'Ceramics', 'A', 0.5, 0.5, null],
      [10, 2026, 11, 's1', 'USH300', 'AP U.S. History', 'B+', 0.5, 0.5, 'AP'],
    ]);
  });

  it('"1er trimestre" to "4to trimestre" in one year are quarters', () => {
    expect(read(F.TRIMESTRE_QUARTERS)).toEqual([
      [7, 2024, 9, 'q1', 'ESP9', 'Español 9', 'A', 0.25, 0.25, null],
      [9, 2024, 9, 'q2', 'ESP9', 'Español 9', 'B', 0.25, 0.25, null],
      [11, 2024, 9, 'q3', 'ESP9', 'Español 9', 'A', 0.25, 0.25, null],
      [13, 2024, 9, 'q4', 'ESP9', 'Español 9', 'A', 0.25, 0.25, null],
    ]);
  });

  it('"1er" to "3er trimestre" alone stay trimesters', () => {
    const three = F.TRIMESTRE_QUARTERS.split('\n').slice(0, 11).join('\n');
    expect(read(`${three}\n`).map((r) => r[3])).toEqual(['t1', 't2', 't3']);
  });
});

describe('paper transcripts that cannot be read', () => {
  it('two years side by side: refused naming the header line, nothing read', () => {
    const parsed = parse(F.SIDE_BY_SIDE);
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => [i.line, i.key])).toEqual([[4, 'paper_side_by_side']]);
    expectSpanish(parsed.issues);
    expect(localizeIssue(parsed.issues[0]!, 'es').message).toContain('lado a lado');
  });

  it('"Term 1" with a year that is no school year is refused naming its line (the import then takes nothing from the file)', () => {
    const text = F.TERM_WITH_YEAR.replace('Term 1 2024-25', 'Term 1 2024-26');
    const parsed = parse(text);
    expect(parsed.issues.map((i) => i.line)).toEqual([5]);
    expect(parsed.issues[0]!.message).toContain('"Term 1 2024-26"');
    expectSpanish(parsed.issues);
  });
});
