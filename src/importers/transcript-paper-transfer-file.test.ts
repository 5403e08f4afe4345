/**
 * Transfer credit in a transcript typed from paper: a "Transfer credit" heading over course lines,
 * one-line transfer courses among the district's own, TR, T and P marks, and lines refused
 * whole. The students, schools and marks are made up.
 */
import { describe, expect, it } from 'vitest';
import { lines, parse, problems, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';

const ABOVE = ['Student ID: 1001,,', 'School: rhs,,'];
const text = (rows: string[]) => `${ABOVE.join('\n')}\n${lines('Course,Grade,Credit', rows)}`;
const shown = (rows: ReturnType<typeof rowsOf>) =>
  rows.map((r) => [
    r.earnedAt?.name ?? null,
    r.schoolYear,
    r.term,
    r.gradeLevel ?? null,
    r.courseCode,
    r.courseTitle,
    r.letterGrade,
    r.result,
    r.creditsEarned,
    r.byTitle ?? false,
  ]);

describe('transfer credit on a transcript typed from paper', () => {
  it('reads courses under a "Transfer credit" heading as earned at the school it names', () => {
    const rows = rowsOf(
      text([
        'Grade 9 — 2022-2023,,',
        'English 9,A,1',
        'Transfer credit: Lincoln High School (Omaha, NE),,',
        'Biology,TR,1',
        'World History,t,1/2',
        'Health,P,.5',
        'Grade 10 — 2023-2024,,',
        // The next heading ends the transfer section: this is the district's own course.
        'Biology,B,1',
        // A heading with its own year, between two of the district's years.
        'TRANSFER CREDITS — Valley Online School — Summer 2024,,',
        'Geometry,C+,1',
      ]),
    );
    expect(shown(rows)).toEqual([
      [null, 2023, 'year', 9, '', 'English 9', 'A', 'pass', 1, true],
      ['Lincoln High School', 2023, 'year', 9, '', 'Biology', 'TR', 'pass', 1, false],
      ['Lincoln High School', 2023, 'year', 9, '', 'World History', 'T', 'pass', 0.5, false],
      ['Lincoln High School', 2023, 'year', 9, '', 'Health', 'P', 'pass', 0.5, false],
      [null, 2024, 'year', 10, '', 'Biology', 'B', 'pass', 1, true],
      ['Valley Online School', 2024, 'summer', null, '', 'Geometry', 'C+', 'pass', 1, false],
    ]);
    expect(rows[1]!.earnedAt).toEqual({
      name: 'Lincoln High School',
      state: 'NE',
      institutionId: null,
      kind: 'transfer',
      countsAs: null,
      flagged: true,
    });
  });

  it('reads a transfer course on one line, typed in one cell or across cells', () => {
    const rows = rowsOf(
      text([
        'Grade 10 2023-24,,',
        'Chemistry,B,1',
        'Transfer credit: Lincoln HS 2022-23 Biology 1.0 TR,,',
        // Across cells, the year from the heading above, a course code before the title.
        'Transfer credit: Mesa Academy,MATH 2 Algebra II,1,B-',
        '"Transfer credit: Chemistry from Lincoln HS (Grade 10, 2023-24), 1, F",,',
        'Art I,A,1',
        // The transfer words in a note after a course: a course here.
        'Spanish I,B,1,Transfer credit',
      ]),
    );
    expect(shown(rows)).toEqual([
      [null, 2024, 'year', 10, '', 'Chemistry', 'B', 'pass', 1, true],
      ['Lincoln HS', 2023, 'year', null, '', 'Biology', 'TR', 'pass', 1, false],
      ['Mesa Academy', 2024, 'year', 10, 'MATH 2', 'Algebra II', 'B-', 'pass', 1, false],
      ['Lincoln HS', 2024, 'year', 10, '', 'Chemistry', 'F', 'fail', 0, false],
      // A one-line transfer starts no section: the district's own course again.
      [null, 2024, 'year', 10, '', 'Art I', 'A', 'pass', 1, true],
      [null, 2024, 'year', 10, '', 'Spanish I', 'B', 'pass', 1, true],
    ]);
    // One school's course and the district's of one title, in one year: two courses.
    expect(rows.every((r) => r.localId === '1001')).toBe(true);
    expect(rows[1]!.schoolId).toBe('rhs');
  });

  it('reads the student and school of a one-line transfer from their columns', () => {
    const rows = rowsOf(
      lines('Student ID,School,Course,Grade,Credit', [
        'Grade 11 2024-25,,,,',
        '2002,cvhs,Transfer credit: Lincoln HS 2023-24 Biology 1 TR,,',
      ]),
    );
    expect(rows.map((r) => [r.localId, r.schoolId, r.earnedAt?.name, r.courseTitle])).toEqual([
      ['2002', 'cvhs', 'Lincoln HS', 'Biology'],
    ]);
  });

  it('refuses a transfer line it cannot read whole, naming the line, in English and Spanish', () => {
    const bad = text([
      'Grade 10 2023-24,,',
      'Chemistry,B,1',
      'Transfer credit: Lincoln HS 2022-23 Biology 1.0,,',
      'Transfer credit:,,',
      'Geometry,TR,1',
      'Transfer credit: Lincoln HS,,',
      'Spanish I,Q,1',
      // TR is a transfer's mark only.
      'Grade 11 2024-25,,',
      'Physics,TR,1',
    ]);
    expect(problems(bad)).toEqual([
      't.csv:6:1: Course: "Transfer credit: Lincoln HS 2022-23 Biology 1.0" is transfer credit that cannot be read whole: write the school, the year, the course, its credit and its mark, as "Transfer credit: Lincoln High School, 2023-24, Biology, 1, TR", or put a heading such as "Transfer credit: Lincoln High School" above the course lines',
      't.csv:8:1: Course: is transfer credit with no school: name the school where it was earned in the heading above, as "Transfer credit: Lincoln High School"',
      expect.stringMatching(/^t\.csv:10:2: Grade: Q is not a mark/),
      expect.stringMatching(/^t\.csv:12:2: Grade: TR is not a mark/),
    ]);
    const issues = parse(bad).issues;
    expectSpanish(issues);
    expect(localizeIssue(issues[0]!, 'es').message).toContain(
      'es un crédito de transferencia que no se puede leer entero',
    );
    expect(localizeIssue(issues[1]!, 'es').message).toContain(
      'es un crédito de transferencia sin escuela',
    );
  });

  it('refuses the same transfer course twice in one term, and one before any year', () => {
    expect(
      problems(
        text([
          'Transfer credit: Lincoln HS Biology 1 TR,,',
          'Grade 9 2022-23,,',
          'Transfer credit: Lincoln HS,,',
          'Biology,TR,1',
          'Transfer credit: Lincoln HS, Biology, 1, A',
        ]),
      ),
    ).toEqual([
      't.csv:4:1: Course: comes before any year heading: add a line such as "Grade 9 — 2022-2023" above the courses of that year',
      't.csv:8:1: Course: repeats the attempt on line 7 (same student, school, year and term)',
    ]);
  });
});

describe('the end of a transfer section', () => {
  const after = (ending: string, under = 'Grade 10 — 2023-2024,,') =>
    rowsOf(
      text([
        under,
        'Transfer credit: Lincoln High School,,',
        'Biology,TR,1',
        ending,
        'Chemistry,B,1',
      ]),
    ).map((r) => [r.courseTitle, r.earnedAt?.name ?? null, r.schoolYear, r.term]);

  it('comes at a line naming the school whose courses follow, in English or Spanish', () => {
    for (const ending of [
      'Courses at Riverside High School,,',
      'Coursework completed at Riverside HS:,,',
      'Cursos en Riverside High School,,',
      'Materias cursadas en la Escuela Preparatoria Riverside,,',
      'Riverside High School,,',
      'Escuela Preparatoria Riverside,,',
      // A "School:" line names the school of the courses after it.
      'School: rhs,,',
    ])
      expect(after(ending), ending).toEqual([
        ['Biology', 'Lincoln High School', 2024, 'year'],
        ['Chemistry', null, 2024, 'year'],
      ]);
  });

  it('comes at a term heading, in English or Spanish, the courses under it of that term', () => {
    const cases: Array<[string, number, string]> = [
      ['Semester 2,,', 2024, 's2'],
      ['Sem 2,,', 2024, 's2'],
      ['S2,,', 2024, 's2'],
      ['Q3,,', 2024, 'q3'],
      ['Spring 2024,,', 2024, 'spring'],
      ['Segundo semestre,,', 2024, 's2'],
      ['Primavera 2024,,', 2024, 'spring'],
      // A term of the next year: the year it names, not the heading's above.
      ['Fall 2024,,', 2025, 'fall'],
      ['Otoño 2024,,', 2025, 'fall'],
      ['S1 2024-25,,', 2025, 's1'],
    ];
    for (const [ending, year, term] of cases)
      expect(after(ending), ending).toEqual([
        ['Biology', 'Lincoln High School', 2024, 'year'],
        ['Chemistry', null, year, term],
      ]);
  });

  it('a term heading of another year drops the grade of the heading above; one of no year is refused', () => {
    const rows = rowsOf(
      text(['Grade 10 — 2023-2024,,', 'Biology,A,1', 'Fall 2024,,', 'Chemistry,B,1']),
    );
    expect(rows.map((r) => [r.schoolYear, r.gradeLevel ?? null])).toEqual([
      [2024, 10],
      [2025, null],
    ]);
    // Q3 of 2025 is in no school year of 2023-24, and a quarter's school year is not told by it.
    const bad = text([
      'Grade 10 — 2023-2024,,',
      'Q3 2025,,',
      'Chemistry,B,1',
      'Transfer credit: Lincoln HS,,',
      'Q4,,',
    ]);
    expect(problems(bad)).toEqual([
      't.csv:5:1: Course: the heading "Q3 2025" names no school year: write the year as 2022-2023 or 2022-23 (the second year the one after the first)',
    ]);
    expectSpanish(parse(bad).issues);
  });

  it('is no heading for a line that only looks like one: refused, naming the line', () => {
    expect(problems(text(['Grade 10 — 2023-2024,,', 'Summer School,,', 'Biology,A,1']))).toEqual([
      expect.stringMatching(
        /^t\.csv:5:1: .*"Summer School" is neither a course line nor a heading/,
      ),
    ]);
  });
});
