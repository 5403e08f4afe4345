/**
 * Five transcripts in the shapes US high schools print them: "Course | Title | Grade | Credit"
 * with bars, text copied from a PDF (runs of spaces, tabs), semesters and quarters, + and −
 * marks, credits as "0.50", ".5" and "1.0", a course repeated, a course in progress, GPA footers,
 * a page header printed again, and transfer credit among the school's own courses. Each is read
 * whole, or refused naming the line. The schools, students and marks are made up.
 */
import { describe, expect, it } from 'vitest';
import { parse, problems, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';

const BARS = [
  'Maple Grove High School',
  'Official Academic Transcript',
  'Student: Rivera, Daniela        Student ID: 40817',
  'School: mghs',
  '',
  'Course | Title | Grade | Credit',
  'Grade 9 — 2022-2023',
  'ENG101 | English 9 | A− | 1.0',
  'MTH110 | Algebra I | B+ | 1.0',
  'PE100 | Physical Education | P | 0.50',
  'ART105 | Art I | C+ | .5',
  'Cumulative GPA: 3.42',
  // The next page: its header printed again.
  'Maple Grove High School',
  'Official Academic Transcript',
  'Page 2 of 2',
  'Grade 10 — 2023-2024',
  'MTH210 | Geometry | F | 1.0',
  'Grade 11 — 2024-2025',
  'MTH210 | Geometry | C | 1.0',
  'SCI220 | Chemistry |  | 1.0',
];

const SPACES = [
  'CEDAR VALLEY HIGH SCHOOL                    Unofficial Transcript',
  'Student ID: 51230',
  'School: cvhs',
  'Course      Title                         Grade    Credit',
  'Grade 11  2023-2024',
  'S1',
  'ENG301      American Literature           B+       0.50',
  'MTH301      Algebra II                    C-       0.50',
  '            Study Hall                    P        0',
  'Sem 2',
  'ENG301      American Literature           A-       0.50',
  'MTH301      Algebra II                    B        .5',
  'Term GPA: 3.10      Cumulative GPA: 3.05',
  'CEDAR VALLEY HIGH SCHOOL                    Unofficial Transcript',
  'Page 2 of 2',
  'Course      Title                         Grade    Credit',
  'Grade 12  2024-2025',
  'S1',
  'ENG401      British Literature            A        0.50',
  'SOC401      Economics                              0.50',
  'Total Credits Earned: 2.5',
];

const TABS = [
  'Lakeside Preparatory Academy — Academic Record',
  'Student ID:\t60044',
  'School:\tlpa',
  'Course\tTitle\tGrade\tCredit',
  'Fall 2024',
  'BIO110\tBiology\tB−\t0.5',
  'HIS110\tWorld History\tA\t.5',
  'Spring 2025',
  'BIO110\tBiology\tB+\t0.5',
  'HIS110\tWorld History\tA-\t.5',
  'Q3',
  'HLT100\tHealth\tP\t0.25',
  'Cumulative GPA\t3.60',
];

const QUARTERS = [
  'Student ID,School,Term,Course,Title,Grade,Credit',
  'Freshman Year 2023-2024,,,,,,',
  '70011,rhs,Q1,PE9,PE 9,A,0.25',
  '70011,rhs,Q2,PE9,PE 9,A-,0.25',
  '70011,rhs,Q3,PE9,PE 9,B+,0.25',
  '70011,rhs,Q4,PE9,PE 9,,0.25',
  '70011,rhs,S1,SPA1,Spanish I,C,0.5',
  '70011,rhs,S2,SPA1,Spanish I,D+,0.5',
  ',,,,Weighted GPA 3.2,,',
];

const TRANSFER = [
  'Riverside High School — Transcript / Historial académico',
  'Student ID: 80321',
  'School: rhs',
  'Course,Title,Grade,Credit',
  'Grado 9 — 2022-2023,,,',
  'ENG9,English 9,B,1.0',
  'Transfer credit: Colegio Juárez (Monterrey, NL),,,',
  ',Historia de México,A,1.0',
  ',Matemáticas I,B+,1.0',
  'Cursos en Riverside High School,,,',
  'ALG1,Algebra I,C+,1.0',
  'Grado 10 — 2023-2024,,,',
  'Transfer credit: Lincoln HS 2023-24 Chemistry 1.0 TR,,,',
  'ENG10,English 10,A−,1.0',
  'Promedio acumulado: 3.1,,,',
];

const file = (lines: string[]) => `${lines.join('\n')}\n`;
const shown = (lines: string[]) =>
  rowsOf(file(lines)).map((r) => [
    r.line,
    r.localId,
    r.schoolId,
    r.schoolYear,
    r.term,
    r.courseCode,
    r.courseTitle,
    r.letterGrade,
    r.result,
    r.creditsAttempted,
    r.earnedAt?.name ?? null,
  ]);

describe('transcripts as high schools print them', () => {
  it('columns set apart by bars, a student name beside the id, a minus as typeset, a course failed and taken again', () => {
    expect(shown(BARS)).toEqual([
      [8, '40817', 'mghs', 2023, 'year', 'ENG101', 'English 9', 'A-', 'pass', 1, null],
      [9, '40817', 'mghs', 2023, 'year', 'MTH110', 'Algebra I', 'B+', 'pass', 1, null],
      [10, '40817', 'mghs', 2023, 'year', 'PE100', 'Physical Education', 'P', 'pass', 0.5, null],
      [11, '40817', 'mghs', 2023, 'year', 'ART105', 'Art I', 'C+', 'pass', 0.5, null],
      [17, '40817', 'mghs', 2024, 'year', 'MTH210', 'Geometry', 'F', 'fail', 1, null],
      [19, '40817', 'mghs', 2025, 'year', 'MTH210', 'Geometry', 'C', 'pass', 1, null],
      // No mark yet: under way.
      [20, '40817', 'mghs', 2025, 'year', 'SCI220', 'Chemistry', null, 'in_progress', 1, null],
    ]);
  });

  it('text copied from a PDF: runs of spaces, semester headings, the page header printed again', () => {
    expect(shown(SPACES)).toEqual([
      [7, '51230', 'cvhs', 2024, 's1', 'ENG301', 'American Literature', 'B+', 'pass', 0.5, null],
      [8, '51230', 'cvhs', 2024, 's1', 'MTH301', 'Algebra II', 'C-', 'pass', 0.5, null],
      // No code printed: the title under its own column.
      [9, '51230', 'cvhs', 2024, 's1', '', 'Study Hall', 'P', 'pass', 0, null],
      [11, '51230', 'cvhs', 2024, 's2', 'ENG301', 'American Literature', 'A-', 'pass', 0.5, null],
      [12, '51230', 'cvhs', 2024, 's2', 'MTH301', 'Algebra II', 'B', 'pass', 0.5, null],
      [19, '51230', 'cvhs', 2025, 's1', 'ENG401', 'British Literature', 'A', 'pass', 0.5, null],
      [20, '51230', 'cvhs', 2025, 's1', 'SOC401', 'Economics', null, 'in_progress', 0.5, null],
    ]);
  });

  it('tabs, "Student ID:" and its value in two cells, season and quarter headings', () => {
    expect(shown(TABS)).toEqual([
      [6, '60044', 'lpa', 2025, 'fall', 'BIO110', 'Biology', 'B-', 'pass', 0.5, null],
      [7, '60044', 'lpa', 2025, 'fall', 'HIS110', 'World History', 'A', 'pass', 0.5, null],
      [9, '60044', 'lpa', 2025, 'spring', 'BIO110', 'Biology', 'B+', 'pass', 0.5, null],
      [10, '60044', 'lpa', 2025, 'spring', 'HIS110', 'World History', 'A-', 'pass', 0.5, null],
      [12, '60044', 'lpa', 2025, 'q3', 'HLT100', 'Health', 'P', 'pass', 0.25, null],
    ]);
  });

  it('a term column of quarters and semesters, one quarter under way', () => {
    expect(shown(QUARTERS).map((r) => [r[4], r[5], r[7], r[8], r[9]])).toEqual([
      ['q1', 'PE9', 'A', 'pass', 0.25],
      ['q2', 'PE9', 'A-', 'pass', 0.25],
      ['q3', 'PE9', 'B+', 'pass', 0.25],
      ['q4', 'PE9', null, 'in_progress', 0.25],
      ['s1', 'SPA1', 'C', 'pass', 0.5],
      ['s2', 'SPA1', 'D+', 'pass', 0.5],
    ]);
  });

  it("transfer credit among the school's own courses, Spanish headings and footer", () => {
    expect(shown(TRANSFER).map((r) => [r[0], r[3], r[5], r[6], r[7], r[10]])).toEqual([
      [6, 2023, 'ENG9', 'English 9', 'B', null],
      [8, 2023, '', 'Historia de México', 'A', 'Colegio Juárez'],
      [9, 2023, '', 'Matemáticas I', 'B+', 'Colegio Juárez'],
      // "Cursos en Riverside High School": the school's own courses again.
      [11, 2023, 'ALG1', 'Algebra I', 'C+', null],
      [13, 2024, '', 'Chemistry', 'TR', 'Lincoln HS'],
      [14, 2024, 'ENG10', 'English 10', 'A-', null],
    ]);
  });
});

describe('a printed transcript with a line that cannot be read', () => {
  const spoiled = (lines: string[], at: number, line: string) =>
    file(lines.map((l, i) => (i === at - 1 ? line : l)));

  // The import refuses a file with any problem before it writes (services/records/run-import.ts).
  it('is refused, naming the line, in English and Spanish', () => {
    const cases: Array<[string, RegExp]> = [
      [
        spoiled(BARS, 9, 'MTH110 | Algebra I | B++ | 1.0'),
        /^t\.csv:9:3: Grade: B\+\+ is not a mark/,
      ],
      [
        spoiled(SPACES, 12, 'MTH301      Algebra II                    B        one'),
        /^t\.csv:12:4: Credit: must be the credit/,
      ],
      [spoiled(TABS, 10, 'HIS110\tWorld History\tA-'), /^t\.csv:10:4: Credit: /],
      [
        // The same quarter of one course twice.
        spoiled(QUARTERS, 7, '70011,rhs,Q1,PE9,PE 9,B,0.25'),
        /^t\.csv:7:5: Title: repeats the attempt on line 3/,
      ],
      [
        spoiled(TRANSFER, 13, 'Transfer credit: Lincoln HS 2023-24 Chemistry 1.0,,,'),
        /^t\.csv:13:1: Course: "Transfer credit: Lincoln HS 2023-24 Chemistry 1\.0" is transfer credit that cannot be read whole/,
      ],
    ];
    for (const [text, first] of cases) {
      const parsed = parse(text);
      expect(problems(text)[0] ?? `none in ${text}`).toMatch(first);
      expectSpanish(parsed.issues);
      expect(localizeIssue(parsed.issues[0]!, 'es').message).not.toBe(parsed.issues[0]!.message);
    }
  });
});
