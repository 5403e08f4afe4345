/**
 * High-school transcripts typed from paper: section headings that give the year, courses by
 * title, credit as 1/2 or 0.5, Pass and P. The students and marks are made up.
 */
import { describe, expect, it } from 'vitest';
import { lines, parse, problems, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';

describe('transcript typed from paper', () => {
  it('reads the year from the heading above each course', () => {
    const rows = rowsOf(
      lines('Student ID,School,Course,Grade,Credit', [
        'Grade 9 — 2022-2023,,,,',
        '1001,rhs,English 9,A-,1',
        '1001,rhs,Algebra I,B+,1/2',
        '1001,rhs,Health,Pass,.5',
        '1001,rhs,Art I,F,0.5',
        ',,Total Credits,,2.5',
        '',
        // Typed across two cells.
        '10th Grade,(2023–24),,,',
        '1001,rhs,English 10,P,1',
        '1001,rhs,Chemistry,,1',
      ]),
    );
    expect(
      rows.map((r) => [
        r.schoolYear,
        r.term,
        r.courseTitle,
        r.letterGrade,
        r.result,
        r.creditsAttempted,
        r.creditsEarned,
      ]),
    ).toEqual([
      [2023, 'year', 'English 9', 'A-', 'pass', 1, 1],
      [2023, 'year', 'Algebra I', 'B+', 'pass', 0.5, 0.5],
      [2023, 'year', 'Health', 'PASS', 'pass', 0.5, 0.5],
      [2023, 'year', 'Art I', 'F', 'fail', 0.5, 0],
      [2024, 'year', 'English 10', 'P', 'pass', 1, 1],
      // No mark yet: under way.
      [2024, 'year', 'Chemistry', null, 'in_progress', 1, 0],
    ]);
    expect(rows[0]).toMatchObject({
      courseCode: '',
      byTitle: true,
      localId: '1001',
      schoolId: 'rhs',
    });
  });

  it('the student and school named above the courses, a heading above the header, terms and codes', () => {
    const text = [
      'Official Transcript',
      'Student ID: 1001',
      'School: rhs',
      'Freshman Year 2022-2023',
      'Course Code,Course Title,Semester,Mark,Credits',
      ',Spanish I,Fall 2022,B,0.5',
      'ENG9,English 9,S2,A,1/2',
      'Grade 10 - 2023-2024',
      ',Spanish II,S1,1 1/2,1',
    ].join('\n');
    expect(problems(`${text}\n`)).toEqual([
      't.csv:9:4: Mark: 11/2 is not a mark: write a letter A to F (with + or -), Pass or P, Fail, CR or NC, I, IP, W, AU or a percent such as 87',
    ]);
    const rows = rowsOf(`${text.split('\n').slice(0, -1).join('\n')}\n,Spanish II,S1,B,1\n`);
    expect(
      rows.map((r) => [r.localId, r.schoolId, r.schoolYear, r.term, r.courseCode, r.byTitle]),
    ).toEqual([
      ['1001', 'rhs', 2023, 'fall', '', true],
      ['1001', 'rhs', 2023, 's2', 'ENG9', undefined],
      ['1001', 'rhs', 2024, 's1', '', true],
    ]);
  });

  it('names the line and column of what cannot be read', () => {
    expect(
      problems(
        lines('Student ID,School,Course,Grade,Credit', [
          '1001,rhs,English 9,A,1',
          'Grade 9 — 2022-2023,,,,',
          '1001,rhs,Algebra I,B,one half',
          '1001,,Biology,B,1',
          'Keyboarding,,,,',
          '1001,rhs,Algebra I,C,1',
          'Grade 10 — 2023-2025,,,,',
          '1001,rhs,English 10,A,1',
        ]),
      ),
    ).toEqual([
      't.csv:2:3: Course: comes before any year heading: add a line such as "Grade 9 — 2022-2023" above the courses of that year',
      't.csv:4:5: Credit: must be the credit the course carries, such as 1, 0.5, .5 or 1/2 (at most 10)',
      't.csv:5:2: School: is missing: add a School column with the school id, or a line such as "School: rhs" above the courses',
      't.csv:6:1: Student ID: "Keyboarding" is neither a course line nor a heading: write a heading such as "Grade 9 — 2022-2023", or fill the course\'s other columns',
      't.csv:8:1: Student ID: the heading "Grade 10 — 2023-2025" names no school year: write the year as 2022-2023 or 2022-23 (the second year the one after the first)',
    ]);
  });
});

describe('paper transcript problems in Spanish', () => {
  it('every problem is keyed, with a Spanish text of its own', () => {
    const parsed = parse(
      lines('Course,Grade,Credit', [
        'English 9,A,1',
        'Grade 9 — 2022-2023,,',
        'Algebra I,Q,1/3x',
        'Keyboarding,,',
        'Grade 10 — 2023-2025,,',
      ]),
    );
    expect(parsed.issues.map((i) => i.key)).toEqual([
      'paper_no_student',
      'paper_no_school',
      'paper_no_year',
      'paper_no_student',
      'paper_no_school',
      'paper_credits',
      'paper_mark',
      'paper_line',
      'paper_bad_heading',
    ]);
    expectSpanish(parsed.issues);
  });
});

describe('the grade a heading gives', () => {
  const text = (...headings: string[]) =>
    lines('Student ID,School,Course,Grade,Credit', [
      headings[0]!,
      '1001,rhs,English 9,A,1',
      headings[1]!,
      '1001,rhs,English 10,B,1',
      '1001,rhs,Biology,B,1',
    ]);
  const read = (t: string) =>
    rowsOf(t).map((r) => [r.courseTitle, r.schoolYear, r.gradeLevel, r.byGrade]);

  it('goes to the courses under it, with the year when the heading writes one', () => {
    expect(read(text('Grade 9 — 2023-2024,,,,', '10th Grade,(2024–25),,,'))).toEqual([
      ['English 9', 2024, 9, undefined],
      ['English 10', 2025, 10, undefined],
      ['Biology', 2025, 10, undefined],
    ]);
  });

  it('without a year, leaves the year for the import to find from the roster', () => {
    expect(read(text('Freshman Year,,,,', 'Grado 10,,,,'))).toEqual([
      ['English 9', 0, 9, true],
      ['English 10', 0, 10, true],
      ['Biology', 0, 10, true],
    ]);
  });

  it('is left out when a heading gives the year alone: never guessed from the year', () => {
    expect(read(text('2023-2024,,,,', 'School Year 2024-2025,,,,'))).toEqual([
      ['English 9', 2024, undefined, undefined],
      ['English 10', 2025, undefined, undefined],
      ['Biology', 2025, undefined, undefined],
    ]);
  });

  it('tells one heading from the next: the same course under two grades is two attempts', () => {
    const t = lines('Student ID,School,Course,Grade,Credit', [
      'Grade 9,,,,',
      '1001,rhs,PE,A,0.5',
      'Grade 10,,,,',
      '1001,rhs,PE,A,0.5',
    ]);
    expect(rowsOf(t).map((r) => r.gradeLevel)).toEqual([9, 10]);
  });
});

describe('a summer section', () => {
  it('files its courses as summer courses in the school year the summer ends, the grade just finished', () => {
    const rows = rowsOf(
      lines('Student ID,School,Course,Grade,Credit', [
        'Grade 10 — 2024-2025,,,,',
        '1001,rhs,Geometry,F,1',
        'Summer School 2025 (Grade 10),,,,',
        '1001,rhs,Geometry,C,1',
        'Verano 2025,,,,',
        '1001,rhs,Health,P,0.5',
        'Grade 11 Summer,,,,',
        '1001,rhs,Art I,A,0.5',
        'Grade 11 — 2025-2026,,,,',
        '1001,rhs,Chemistry,B,1',
      ]),
    );
    expect(rows.map((r) => [r.courseTitle, r.schoolYear, r.term, r.gradeLevel, r.byGrade])).toEqual(
      [
        ['Geometry', 2025, 'year', 10, undefined],
        // The summer after grade 10 is grade 10's year (2024–25), apart from its regular terms.
        ['Geometry', 2025, 'summer', 10, undefined],
        ['Health', 2025, 'summer', undefined, undefined],
        // No year: the import finds grade 11's from the roster.
        ['Art I', 0, 'summer', 11, true],
        ['Chemistry', 2026, 'year', 11, undefined],
      ],
    );
  });

  it('is a heading only when it is the summer, its year and a grade', () => {
    const text = lines('Student ID,School,Course,Grade,Credit', [
      'Grade 9 — 2022-2023,,,,',
      'Summer,,,,',
      '1001,rhs,Health,P,0.5',
    ]);
    expect(problems(text)[0]).toContain('"Summer" is neither a course line nor a heading');
    const reading = lines('Student ID,School,Course,Grade,Credit', [
      'Grade 9 — 2022-2023,,,,',
      'Summer Reading,,,,',
    ]);
    expect(problems(reading)[0]).toContain(
      '"Summer Reading" is neither a course line nor a heading',
    );
  });

  // A high-school transcript as schools print it: a title and the student above the header,
  // "Gr 9 2023-24" headings, AP, honors and DE printed in the title, W, IP and CR marks, a course
  // failed and passed again, GPA and credit lines, and a course repeated in one year.
  it('reads a printed high-school transcript, its levels from the titles', () => {
    const text = lines('Riverside High School — Official Transcript,,,', [
      'Student ID: 20417,,,',
      'School: rhs,,,',
      'Course Code,Course Title,Grade,Credit',
      'Gr 9 2023-24,,,',
      'MATH 1,Algebra I,F,1.0',
      ',AP Human Geography,A,1.0',
      'Weighted GPA: 3.75  Unweighted GPA: 3.40,,,',
      'Gr 10 2024-25,,,',
      'math-1,Algebra I,C,1.0',
      'ENG 102,English II Honors (H),A-,1.0',
      ',Spanish I,W,0.5',
      ',US History (DE),IP,1.0',
      ',Dual Enrollment: ENGL 1301 Composition I,CR,0.5',
      'Cumulative Credits: 4.0,,,',
      'ENG102,English II,B,1.0',
      'Transfer credit: Algebra II from Lincoln HS (Grade 10 2024-25),,,',
    ]);
    expect(
      parse(text).rows.map((r) => [
        r.schoolYear,
        r.gradeLevel,
        r.courseCode,
        r.letterGrade,
        r.result,
        r.creditsEarned,
        r.courseFlags ?? null,
      ]),
    ).toEqual([
      [2024, 9, 'MATH 1', 'F', 'fail', 0, null],
      [2024, 9, '', 'A', 'pass', 1, 'AP'],
      [2025, 10, 'MATH-1', 'C', 'pass', 1, null],
      [2025, 10, 'ENG 102', 'A-', 'pass', 1, 'H'],
      [2025, 10, '', 'W', 'withdrawn', 0, null],
      [2025, 10, '', 'IP', 'in_progress', 0, 'DE'],
      [2025, 10, '', 'CR', 'pass', 0.5, 'DE'],
    ]);
    // "ENG 102" and "ENG102" in one year: one course twice, told by its line.
    expect(problems(text)).toEqual([
      't.csv:16:2: Course Title: repeats the attempt on line 11 (same student, school, year and term)',
      // A transfer note with no credit or mark is no heading, though it names a grade and a year:
      // it is told, not dropped (transcript-paper-transfer.test.ts reads those that say enough).
      expect.stringMatching(
        /^t\.csv:17:.*"Transfer credit: Algebra II.*is transfer credit that cannot be read whole/,
      ),
    ]);
  });
});
