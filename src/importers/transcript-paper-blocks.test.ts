/**
 * Paper transcripts whose term and year headings are written as schools print them: quarters as
 * "Term 1" to "Term 4", "1st Quarter", "Qtr 1"; semesters as "Semester 1", "1st Semester", "Sem 1",
 * "S2", or a term column of "Term 1" and "Term 2"; Spanish "Trimestre 1", "2do trimestre"; years
 * as "Grade 10 (2024-25)", "SY 2024-25", "2024/25"; a term's GPA line. Each is read whole, course
 * by course, or (years printed side by side) refused naming the line, in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { parse, problems, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';
import * as F from './transcript-paper-blocks.fixtures.ts';

const text = (lines: string[]) => `${lines.join('\n')}\n`;
/** Each course read: line, school year, grade, term, code, title, credit, mark. */
const read = (lines: string[]) =>
  rowsOf(text(lines)).map((r) => [
    r.line,
    r.schoolYear,
    r.gradeLevel,
    r.term,
    r.courseCode,
    r.courseTitle,
    r.creditsAttempted,
    r.letterGrade,
  ]);

describe('paper transcripts: term and year headings as schools print them', () => {
  it('"Term 1" to "Term 4" under "Grade 10 (2024-25)" are quarters; a term GPA line is no course', () => {
    expect(read(F.TERMS_AS_QUARTERS)).toEqual([
      [7, 2025, 10, 'q1', 'HLT200', 'Health', 0.25, 'A'],
      [9, 2025, 10, 'q2', 'PE200', 'Physical Education', 0.25, 'B+'],
      [11, 2025, 10, 'q3', 'CSC210', 'Computer Applications', 0.25, 'A-'],
      [13, 2025, 10, 'q4', 'CSC210', 'Computer Applications', 0.25, 'B'],
    ]);
  });

  it('"1st Quarter" … "4th Quarter" under "SY 2024-25   Grade 11", copied from a PDF', () => {
    expect(read(F.ORDINAL_QUARTERS)).toEqual([
      [7, 2025, 11, 'q1', 'BUS310', 'Personal Finance', 0.25, 'A'],
      [9, 2025, 11, 'q2', 'BUS320', 'Entrepreneurship', 0.25, 'B-'],
      [11, 2025, 11, 'q3', 'MUS300', 'Music Appreciation', 0.25, 'A-'],
      [13, 2025, 11, 'q4', 'HLT300', 'Health II', 0.25, 'P'],
    ]);
  });

  it('"Qtr 1", "Quarter 2", "3rd Qtr", "Q4" under "Grade 9 2024/25", tabs between the cells', () => {
    expect(read(F.QTR_MIXED)).toEqual([
      [7, 2025, 9, 'q1', 'ART101', 'Drawing I', 0.25, 'A'],
      [9, 2025, 9, 'q2', 'ART102', 'Painting I', 0.25, 'A-'],
      [11, 2025, 9, 'q3', 'TEC101', 'Intro to Engineering', 0.25, 'B'],
      [13, 2025, 9, 'q4', 'TEC102', 'Robotics I', 0.25, 'B+'],
    ]);
  });

  it('"Semester 1", "1st Semester" and credits as 1/2, over two years with GPA lines', () => {
    expect(read(F.SEMESTERS)).toEqual([
      [8, 2024, 9, 's1', 'ENG100', 'English 9', 0.5, 'B+'],
      [9, 2024, 9, 's1', 'MTH100', 'Algebra I', 0.5, 'A-'],
      [11, 2024, 9, 's2', 'ENG100', 'English 9', 0.5, 'A'],
      [12, 2024, 9, 's2', 'MTH100', 'Algebra I', 0.5, 'B'],
      [16, 2025, 10, 's1', 'ENG200', 'English 10', 0.5, 'A'],
      [17, 2025, 10, 's1', 'SCI200', 'Biology', 0.5, 'C+'],
      [19, 2025, 10, 's2', 'ENG200', 'English 10', 0.5, 'A-'],
      [20, 2025, 10, 's2', 'SCI200', 'Biology', 0.5, 'B-'],
    ]);
  });

  it('"Sem 1" and "S2" under "School Year 2023-2024    Grade 12", a course without its code', () => {
    expect(read(F.SEM_SHORT)).toEqual([
      [7, 2024, 12, 's1', 'GOV400', 'U.S. Government', 0.5, 'A'],
      [8, 2024, 12, 's1', 'ECO400', 'Economics', 0.5, 'B+'],
      [10, 2024, 12, 's2', 'GOV410', 'Civics Seminar', 0.5, 'A-'],
      [11, 2024, 12, 's2', '', 'Senior Seminar', 0.5, 'P'],
    ]);
  });

  it('a term column of "Term 1" and "Term 2" is a year of semesters', () => {
    expect(read(F.TERM_COLUMN_SEMESTERS)).toEqual([
      [5, 2025, 11, 's1', 'CHM300', 'Chemistry', 0.5, 'B'],
      [6, 2025, 11, 's1', 'HIS300', 'U.S. History', 0.5, 'A'],
      [7, 2025, 11, 's2', 'CHM300', 'Chemistry', 0.5, 'B+'],
      [8, 2025, 11, 's2', 'HIS300', 'U.S. History', 0.5, 'A-'],
    ]);
  });

  it('Spanish "Trimestre 1", "2do trimestre", "3er trimestre" under "Grado 10 (2024-2025)"', () => {
    expect(read(F.SPANISH_TRIMESTERS)).toEqual([
      [7, 2025, 10, 't1', 'ESP200', 'Español para hispanohablantes', 0.33, 'A'],
      [9, 2025, 10, 't2', 'MAT200', 'Geometría', 0.33, 'B'],
      [11, 2025, 10, 't3', 'CIE200', 'Biología', 0.33, 'A-'],
    ]);
  });

  it('"2024-2025   Grade 11   Term 1" blocks, "SY2025-26", "1st Semester 2025-2026"', () => {
    expect(read(F.BLOCK_HEADINGS)).toEqual([
      [6, 2025, 11, 'q1', 'ENG310', 'English 11', 0.25, 'B'],
      [8, 2025, 11, 'q2', 'ENG310', 'English 11', 0.25, 'B+'],
      [10, 2025, 11, 'q3', 'ENG310', 'English 11', 0.25, 'A-'],
      [12, 2025, 11, 'q4', 'ENG310', 'English 11', 0.25, 'A'],
      [15, 2026, undefined, 's1', 'ENG410', 'AP English Literature', 0.5, 'A-'],
      [17, 2026, undefined, 's2', 'ENG410', 'AP English Literature', 0.5, 'A'],
    ]);
  });

  it('two columns of years side by side are refused at the header, in English and Spanish', () => {
    const parsed = parse(text(F.SIDE_BY_SIDE));
    expect(parsed.rows).toEqual([]);
    expect(problems(text(F.SIDE_BY_SIDE))).toEqual([
      expect.stringMatching(/^t\.csv:3:0: this header prints two or more years side by side/),
    ]);
    expectSpanish(parsed.issues);
    expect(localizeIssue(parsed.issues[0]!, 'es').message).toContain('lado a lado');
  });
});

describe('numbered terms counted within the year', () => {
  const TOP = ['Student ID: 50001', 'School: chs', 'Course | Title | Grade | Credit'];
  const year = (heading: string, terms: string[], mark = 'A') => [
    heading,
    ...terms.flatMap((t, i) => [t, `EL${i + 1} | Elective ${i + 1} | ${mark} | 0.5`]),
  ];
  const termsOf = (lines: string[]) => rowsOf(text(lines)).map((r) => r.term);

  it('"Term 1" to "Term 3" are trimesters; under a grade heading alone too, year by year', () => {
    const lines = [
      ...TOP,
      ...year('Grade 9', ['Term 1', 'Term 2', 'Term 3']),
      ...year('Grade 10', ['1st Term', '2nd Term']),
    ];
    expect(termsOf(lines)).toEqual(['t1', 't2', 't3', 's1', 's2']);
  });

  it('a year whose numbered terms are not all there keeps them as written', () => {
    // "Term 2" alone, or "Term 1" and "Term 2" with a course still under way: the year may go on.
    expect(termsOf([...TOP, ...year('2024-2025', ['Term 2'])])).toEqual(['term 2']);
    expect(termsOf([...TOP, ...year('2024-2025', ['Term 1', 'Term 2'], '')])).toEqual([
      'term 1',
      'term 2',
    ]);
  });

  it('four Spanish "trimestres" are quarters; a fourth among three is refused naming its line', () => {
    const four = ['Trimestre 1', '2do trimestre', '3er trimestre', 'Cuarto trimestre'];
    expect(termsOf([...TOP, ...year('Grado 11 (2024-2025)', four)])).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
    ]);
    const parsed = parse(
      text([...TOP, ...year('Grado 11 (2024-2025)', ['Trimestre 1', '4to trimestre'])]),
    );
    expect(parsed.rows.map((r) => r.term)).toEqual(['t1']);
    expect(parsed.issues.map((i) => [i.line, i.message])).toEqual([
      [7, expect.stringContaining('"4to trimestre" is neither a course line nor a heading')],
    ]);
    expectSpanish(parsed.issues);
  });

  it('a term GPA line is a totals line, not a course; "Term Paper" stays a course', () => {
    const lines = [
      ...TOP,
      ...year('2024-2025', ['Semester 1']),
      'S1 GPA: 3.80',
      '1st Semester GPA 3.80',
      'Q2 Credits Earned 0.5',
      'ENG399 | Term Paper Writing | B | 0.5',
    ];
    expect(rowsOf(text(lines)).map((r) => [r.line, r.courseTitle])).toEqual([
      [6, 'Elective 1'],
      [10, 'Term Paper Writing'],
    ]);
  });

  it('a heading that holds two school years is refused, not read as the first', () => {
    const lines = [
      ...TOP,
      ...year('Grade 8 2021-2022', ['Semester 1']),
      'Grade 9 2022-2023 / Grade 10 2023-2024',
      'EL1 | Elective | A | 1',
    ];
    expect(problems(text(lines))).toEqual([
      expect.stringContaining('7:1: Course: "Grade 9 2022-2023 / Grade 10 2023-2024" is neither'),
    ]);
  });
});
