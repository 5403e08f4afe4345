/**
 * Transcript files as real systems and state collections write them, each test naming the
 * public source of its columns and conventions. The students and marks are made up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lines, parse, problems, rowsOf } from '../../test/transcript-text.ts';
import { sniffDelimiter } from './tabular.ts';
import { parseSchoolYear } from './transcript-csv.ts';

const PLAIN =
  'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';

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

  // A spreadsheet saved as "CSV" in a locale whose decimal mark is the comma (Spain, Latin
  // America): a BOM, semicolons, CRLF, decimal commas, accented Spanish titles, empty rows at the
  // end.
  it('semicolons, decimal commas, a BOM, CRLF and Spanish titles', () => {
    const text =
      '\uFEFFN.º Estudiante;Student ID;School Code;School Year;Term;Course Number;Course Title;Credits Attempted;Credits Earned;Grade;GPA;Weighted GPA\r\n' +
      '1;1001;rhs;2024-2025;S1;01001;Español III, Honores;0,5;0,5;A;4,0;5,0\r\n' +
      '2;1001;rhs;2024-2025;S2;02052;Matemáticas;1,0;1,0;B+;3,3;4,3\r\n' +
      ';;;;;;;;;;;\r\n\r\n';
    expect(sniffDelimiter(text)).toBe(';');
    const rows = rowsOf(text);
    expect(rows.map((r) => [r.courseTitle, r.creditsEarned, r.letterGrade])).toEqual([
      ['Español III, Honores', 0.5, 'A'],
      ['Matemáticas', 1, 'B+'],
    ]);
  });

  it('a title written with a combining accent is kept in one Unicode form', () => {
    const [row] = rowsOf(lines(PLAIN, ['1,rhs,2025,S1,C1,Educacio\u0301n Fi\u0301sica,1,1,A']));
    expect(row!.courseTitle).toBe('Educación Física');
  });

  it('tells the delimiter by what the header holds most, outside quotes', () => {
    expect(sniffDelimiter('Student ID\tCourse Name, Full\tTerm\n')).toBe('\t');
    expect(sniffDelimiter('"a;b",c,d\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
  });

  // Excel keeps a leading zero when the export writes ="0101"; some write every cell so.
  it('Excel ="…" cells, quoted or not', () => {
    const rows = rowsOf(
      lines(PLAIN, [
        '="000123",="0101",="2024-2025",="S1",="02052",Algebra I,="0.50",="0.50",="A-"',
        '"=""000124""",rhs,2025,S1,"=""02052""",Algebra I,.5,.5,A',
      ]),
    );
    expect(rows.map((r) => [r.localId, r.schoolId, r.courseCode, r.creditsEarned])).toEqual([
      ['000123', '0101', '02052', 0.5],
      ['000124', 'rhs', '02052', 0.5],
    ]);
  });

  it('school years as files write them', () => {
    const cases: Array<[string, number | undefined]> = [
      ['2024-2025', 2025],
      ['24-25', 2025],
      ['2025', 2025],
      ['2024 - 2025', 2025],
      ['2024_2025', 2025],
      ['2024 to 2025', 2025],
      ['20242025', 2025],
      ['2425', 2025],
      ['FY25', 2025],
      ['SY 2024-25', 2025],
      // NY SIRS School Year Date: the school year's last day; a date from July on starts one.
      ['2025-06-30', 2025],
      ['6/30/2025', 2025],
      ['2024-08-26', 2025],
      ['2025-13-01', undefined],
      ['2426', undefined],
      ['25', undefined],
      ['2100', undefined],
    ];
    expect(cases.map(([raw]) => parseSchoolYear(raw))).toEqual(cases.map(([, year]) => year));
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

  it('a column named twice: the same values read, different ones refused naming both', () => {
    const header = `${PLAIN},Letter Grade,COURSE CODE`;
    expect(rowsOf(lines(header, ['1,rhs,2025,S1,C1,X,1,1,A,A,C1']))).toHaveLength(1);
    expect(problems(lines(header, ['1,rhs,2025,S1,C1,X,1,1,A,10,C1']))).toEqual([
      't.csv:2:10: Letter Grade: differs from column 9 (letter_grade), of the same name: "10" here, "A" there; leave one of the two columns out',
    ]);
  });

  it('a header repeated in another case or spacing where two exports were joined', () => {
    const rows = rowsOf(
      lines(PLAIN, [
        '1,rhs,2025,S1,C1,X,1,1,A',
        'Student ID,School ID,School Year,Term,Course Code,Course Title,Credits Attempted,Credits Earned,Letter Grade',
        '2,rhs,2025,S1,C1,X,1,1,B',
      ]),
    );
    expect(rows.map((r) => r.localId)).toEqual(['1', '2']);
  });

  it('marks of every kind in one file, and the bad rows named by line and field', () => {
    const rows = rowsOf(
      lines(PLAIN, [
        '1,rhs,2025,Q1,C1,X,0.25,0.25,A+',
        '1,rhs,2025,T2,C2,X,0.5,0.5,92.50',
        '1,rhs,2025,SUM,C3,X,0.5,0,AU',
        '1,rhs,2025,FY,C4,X,1,0,NG',
        '1,rhs,2025,S2,C5,X,0.5,0,WF',
        '1,rhs,2025,S2,C6,X,0.5,0.5,CR',
        '1,rhs,2025,Fall 2024,C7,X,0.5,0,45',
      ]),
    );
    expect(rows.map((r) => [r.term, r.letterGrade, r.result])).toEqual([
      ['q1', 'A+', 'pass'],
      ['t2', '92.5', 'pass'],
      ['summer', 'AU', 'withdrawn'],
      ['year', 'NG', 'incomplete'],
      ['s2', 'WF', 'fail'],
      ['s2', 'CR', 'pass'],
      ['fall', '45', 'fail'],
    ]);
    expect(
      problems(
        lines(PLAIN, [
          '1,rhs,2025,S1,C1,X,1,1,A',
          '1,rhs,2425x,S1,C2,X,1,1,A',
          '1,rhs,2025,S1,C3,X,1,0.5,AU',
          '1,rhs,2025,S1,C4,X,1,0,Sophomore',
        ]),
      ),
    ).toEqual([
      't.csv:3:3: school_year: must be a school year such as 2025-2026, 2025-26 or 2026',
      't.csv:4:8: credits_earned: must be 0 when the result is withdrawn',
      't.csv:5:9: letter_grade: must be a mark of at most 5 characters, such as A-, P, IP or a percent such as 92.5',
    ]);
  });

  // A report saved as CSV (Skyward and Infinite Campus reports, "Export to CSV") opens with its
  // title and print date before the header; a report of several pages repeats the header.
  it('title lines above the header, and the header repeated on each page', () => {
    const text = lines('Transcript Report,,,,,,,,', [
      'Printed 06/15/2025 by registrar,,,,,,,,',
      ',,,,,,,,',
      PLAIN,
      '1,rhs,2025,S1,C1,X,1,1,A',
      PLAIN,
      '2,rhs,2025,S1,C1,X,1,1,B',
    ]);
    expect(rowsOf(text).map((r) => [r.line, r.localId])).toEqual([
      [5, '1'],
      [7, '2'],
    ]);
    expect(problems(lines('Transcript Report', ['1,rhs']))[0]).toContain(
      'missing column "student_id"',
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

  // A decimal comma left unquoted in a comma-separated file shifts every field after it: "1,0"
  // would otherwise be read as 1 credit attempted, 0 earned and a mark of "1".
  it('refuses a line with more fields than the header, and takes trailing empty ones', () => {
    expect(
      problems(
        lines(PLAIN, [
          '1,rhs,2025,S1,C1,X,1,0,1,0,A',
          '1,rhs,2025,S1,C2,X,1,1,A,,',
          '1,rhs,2025,S1,C3,Algebra, Honors,1,1,A',
        ]),
      ),
    ).toEqual([
      't.csv:2:10: the line has 11 fields and the header 9: is a comma inside a field that is not quoted (a decimal comma such as 1,0, or a title with a comma)? Quote the field ("1,0") or save the file with semicolons',
      't.csv:4:10: the line has 10 fields and the header 9: is a comma inside a field that is not quoted (a decimal comma such as 1,0, or a title with a comma)? Quote the field ("1,0") or save the file with semicolons',
    ]);
    expect(rowsOf(lines(PLAIN, ['1,rhs,2025,S1,C2,X,"1,0","1,0",A,,']))[0]).toMatchObject({
      creditsAttempted: 1,
      creditsEarned: 1,
    });
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

  it('never throws on any field, and every problem names a line and a field of the file', () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom('AU', 'NG', '92,5', 'Fall 2023', '2425', '="1"', '--', 'Sophomore', '1,0'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 9, maxLength: 11 }), { maxLength: 5 }),
        (rows) => {
          const text = lines(
            PLAIN,
            rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')),
          );
          const parsed = parse(text);
          for (const issue of parsed.issues) {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.message).not.toBe('');
          }
          if (parsed.issues.length === 0)
            expect(parsed.rows.length).toBeLessThanOrEqual(rows.length);
        },
      ),
    );
  });
});
