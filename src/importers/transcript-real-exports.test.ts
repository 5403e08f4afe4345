/**
 * Transcript files as real systems export them, each test naming the public source of its
 * columns and conventions: Focus, PowerSchool, Skyward and Infinite Campus names, and the plain
 * transcript with one Credits column. The students and marks are made up. The shapes of the
 * files themselves are in transcript-file-shapes.test.ts, the values in transcript-values.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lines, problems, rowsOf } from '../../test/transcript-text.ts';

describe('real transcript exports', () => {
  // A student's grade history as Focus SIS (Florida) exports it: Year, Marking Period, Course (the
  // title), Course Number (Florida's course number with the section, a leading zero lost on some
  // rows), Percent, Grade, Cred. Attempted, Cred. Earned, GPA PTS and Weighted GPA (4.0 and 5.0
  // scales), Affects GPA. A district export adds the student and school.
  it('Focus grade history: Course is the title, Cred. columns, GPA columns ignored', () => {
    const header =
      'Student ID,School,Year,Marking Period,Course,Course Number,Percent,Grade,Grade Scale,Cred. Attempted,Cred. Earned,GPA PTS,Weighted GPA,Affects GPA';
    const rows = rowsOf(
      lines(header, [
        '5012345,0041,2024-2025,Full Year,US History Hon 210032001,210032001,,A,B - Secondary Weighted,1,1,4,5,Y',
        '5012345,0041,2024-2025,Semester 1,Spanish 1 070834001,70834001,,B,A - Secondary Unweighted,0.5,0.5,3,3,Y',
        '5012345,0041,2024-2025,Semester 2,Algebra 1 120031001,120031001,58,,A - Secondary Unweighted,0.5,0,0,0,Y',
        '5012345,0041,2024-2025,Semester 2,Art 1 010130001,010130001,,--,A - Secondary Unweighted,0.5,0,0,0,Y',
        '5012345,0041,2024-2025,Semester 2,Art 2 010131001,010131001,91,-,A - Secondary Unweighted,0.5,0.5,0,0,Y',
      ]),
    );
    expect(rows.map((r) => [r.term, r.courseCode, r.courseTitle, r.letterGrade, r.result])).toEqual(
      [
        ['year', '210032001', 'US History Hon 210032001', 'A', 'pass'],
        ['s1', '70834001', 'Spanish 1 070834001', 'B', 'pass'],
        // No letter: the percent is the mark, and under 60 with no credit a fail.
        ['s2', '120031001', 'Algebra 1 120031001', '58', 'fail'],
        // A dash is no mark: none and no credit is a course under way; beside a percent, the percent.
        ['s2', '010130001', 'Art 1 010130001', null, 'in_progress'],
        ['s2', '010131001', 'Art 2 010131001', '91', 'pass'],
      ],
    );
  });

  // PowerSchool exports made from a template or DDA name fields with their table: "[1]" is
  // Students, "[31]" StoredGrades (PowerSchool SIS data dictionary table numbers), or
  // "StoredGrades.Grade".
  it('PowerSchool headers named with their table', () => {
    const bracket =
      '[1]Student_Number,[31]SchoolID,[31]SchoolName,[31]TermID,[31]StoreCode,[31]Course_Number,[31]Course_Name,[31]Grade,[31]Percent,[31]EarnedCrHrs,[31]PotentialCrHrs';
    const [row] = rowsOf(
      lines(bracket, ['10045,rhs,Riverside High School,3400,S1,ENG9,English 9,A-,91,0.5,0.5']),
    );
    expect(row).toMatchObject({ schoolYear: 2025, term: 's1', letterGrade: 'A-' });
    // The school's own name on every row, as stored grades carry it: not a place elsewhere.
    expect(row!.earnedAt).toMatchObject({ plainSchoolName: true });
    const dotted = bracket.replace(/\[1\]/g, 'Students.').replace(/\[31\]/g, 'StoredGrades.');
    expect(
      rowsOf(
        lines(dotted, ['10045,rhs,Riverside High School,3400,S1,ENG9,English 9,A-,91,0.5,0.5']),
      ),
    ).toHaveLength(1);
  });

  // Skyward course history report: Other ID (the district's student number), Crs, Crs Desc,
  // Cred Att, Cred Earned.
  it('Skyward report names', () => {
    const [row] = rowsOf(
      lines('Other ID,School,School Year,Term,Crs,Crs Desc,Mark,Cred Att,Cred Earned', [
        '1001,rhs,2024-2025,S1,1101,Spanish I,A,0.5,0.5',
      ]),
    );
    expect(row).toMatchObject({ localId: '1001', courseCode: '1101', courseTitle: 'Spanish I' });
  });

  it('grade level columns beside the mark, and a Grade column of grade levels', () => {
    const header =
      'Student ID,School ID,School Year,Grade Level,Term,Course Code,Course Title,Credits Attempted,Credits Earned,Final Grade';
    const [row] = rowsOf(lines(header, ['1,rhs,2025,Sophomore,S1,C1,X,1,1,A']));
    expect(row!.letterGrade).toBe('A');
    // Infinite Campus's Grade is the grade level: without a mark column it is not read as one.
    const levels =
      'Student ID,School ID,School Year,Grade,Term,Course Code,Course Title,Credits Attempted,Credits Earned';
    expect(
      problems(lines(levels, ['1,rhs,2025,09,S1,C1,X,1,1', '1,rhs,2025,10th,S1,C2,X,1,1'])),
    ).toEqual([
      't.csv:1:4: Grade: holds grade levels (such as 09), not marks: add the mark as a column such as Mark, Letter Grade or Final Grade (or a result column), or rename "Grade" to Grade Level',
    ]);
    // With a result column the grade levels are left out, and the result read.
    const [withResult] = rowsOf(lines(`${levels},Result`, ['1,rhs,2025,09,S1,C1,X,1,1,Passed']));
    expect(withResult).toMatchObject({ letterGrade: null, result: 'pass' });
    // Marks of 9 to 12 alone could be a 0–12 scale's: read as marks.
    const [numeric] = rowsOf(lines(levels, ['1,rhs,2025,10,S1,C1,X,1,1']));
    expect(numeric!.letterGrade).toBe('10');
  });

  // A plain transcript (a counselor's spreadsheet, a report card export) lists the credit each
  // course carries in one Credits column: a passing mark earned it, a failing one none.
  it('one Credits column: the credit a course carries, earned by a passing mark', () => {
    const header =
      'Student ID,School ID,School Year,Term,Course Code,Course Title,Credits,Grade,Weighted GPA';
    const rows = rowsOf(
      lines(header, [
        '1,rhs,2025,S1,C1,English 9,0.5,B-,3.7',
        '1,rhs,2025,S1,C2,Biology,0.5,F,0',
        '1,rhs,2025,S1,C3,Art,0.5,92,4',
        '1,rhs,2025,S1,C4,Music,0.5,IP,',
        '1,rhs,2025,S1,C5,Health,0.5,P,',
      ]),
    );
    expect(rows.map((r) => [r.creditsAttempted, r.creditsEarned, r.result])).toEqual([
      [0.5, 0.5, 'pass'],
      [0.5, 0, 'fail'],
      [0.5, 0.5, 'pass'],
      [0.5, 0, 'in_progress'],
      [0.5, 0.5, 'pass'],
    ]);
    expect(
      problems(lines(header, ['1,rhs,2025,S1,C1,English 9,0.5,65,', '1,rhs,2025,S1,C2,Art,,A,'])),
    ).toEqual([
      "t.csv:2:8: Grade: grade 65 with no credits earned column does not tell whether the course was passed: add a result column (pass, fail, in_progress), or give the district's lowest passing percent (--lowest-pass-percent; lowestPassPercent in the API)",
      't.csv:3:7: Credits: is empty',
    ]);
  });

  // An SIS grade history with the level printed in the course name (AP, "(DE)"), a course failed
  // in S1 and recovered in summer, and one course number written two ways across terms.
  it('SIS history: levels from the course name, a recovered course, codes spelled two ways', () => {
    const header =
      'Student ID,School,Year,Term,Course Number,Course Name,Grade,Credit Attempted,Credit Earned';
    const rows = rowsOf(
      lines(header, [
        '20417,rhs,2023-2024,S1,03001,AP Biology,A,0.5,0.5',
        '20417,rhs,2023-2024,S1,02052,Algebra I,F,0.5,0',
        '20417,rhs,2024-2025,Summer,02052,Algebra I (credit recovery),C,0.5,0.5',
        '20417,rhs,2024-2025,Year,ENGL-1301,English Comp I (DE),IP,1,0',
        '20417,rhs,2024-2025,S1,ART 1,Art I,W,0.5,0',
        '20417,rhs,2024-2025,S2,art-1,Art I,NC,0.5,0',
      ]),
    );
    expect(rows.map((r) => [r.term, r.courseCode, r.result, r.courseFlags ?? null])).toEqual([
      ['s1', '03001', 'pass', 'AP'],
      ['s1', '02052', 'fail', null],
      ['summer', '02052', 'pass', null],
      ['year', 'ENGL-1301', 'in_progress', 'DE'],
      ['s1', 'ART 1', 'withdrawn', null],
      ['s2', 'ART-1', 'fail', null],
    ]);
  });

  // A community college transcript of a dual-enrollment student: subject and number apart, term
  // totals and a cumulative GPA line, an excluded repeat, W, P, IP, CR and TR (transfer) marks.
  it('college transcript: repeats, totals, IP and transfer credit', () => {
    const header =
      'Student ID,Institution,Term,Subject,Course Number,Course Title,Grade,Units Attempted,Units Earned,GPA Units,Quality Points,Repeat';
    const rows = rowsOf(
      lines(header, [
        '20417,Austin Community College,Fall 2024,MATH,1314,College Algebra,F,3,0,3,0,E',
        '20417,Austin Community College,Fall 2024,HIST,1301,US History I,W,3,0,0,0,',
        ',,,,,Term Totals,,6,0,3,0,',
        '20417,Austin Community College,Spring 2025,MATH,1314,College Algebra,B,3,3,3,9,I',
        '20417,Austin Community College,Spring 2025,BIOL,1406,Biology I (Lab),IP,4,,,,',
        '20417,Austin Community College,Spring 2025,SPAN,1411,Spanish I,CR,4,4,0,0,',
        '20417,Austin Community College,Summer 2025,GOVT,2305,Federal Government,TR,3,3,0,0,',
        ',,,,,Cumulative GPA 3.00,,,,,,',
      ]),
    );
    expect(
      rows.map((r) => [r.term, r.courseCode, r.result, r.creditsAttempted, r.creditsEarned]),
    ).toEqual([
      ['fall', 'MATH 1314', 'fail', 0, 0],
      ['fall', 'HIST 1301', 'withdrawn', 3, 0],
      ['spring', 'MATH 1314', 'pass', 3, 3],
      ['spring', 'BIOL 1406', 'in_progress', 4, 0],
      ['spring', 'SPAN 1411', 'pass', 4, 4],
      ['summer', 'GOVT 2305', 'pass', 3, 3],
    ]);
    expect(rows.map((r) => r.earnedAt?.kind)).toEqual([
      'dual_credit',
      'dual_credit',
      'dual_credit',
      'dual_credit',
      'dual_credit',
      'transfer',
    ]);
  });
});
