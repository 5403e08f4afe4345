import { describe, expect, it } from 'vitest';
import { formatIssue } from './tabular.ts';
import {
  parseCredits,
  parseResult,
  parseScedCode,
  parseSchoolYear,
  parseTranscriptCsv,
} from './transcript-csv.ts';

const HEADER =
  'student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,credits_earned,letter_grade,result';
const parse = (text: string) => parseTranscriptCsv({ name: 't.csv', text });
const rowsOf = (lines: string[], header = HEADER) => {
  const parsed = parse(`${[header, ...lines].join('\n')}\n`);
  expect(parsed.issues.map(formatIssue)).toEqual([]);
  return parsed.rows;
};
const problems = (lines: string[], header = HEADER) =>
  parse(`${[header, ...lines].join('\n')}\n`).issues.map(formatIssue);

describe('transcript CSV as student information systems export it', () => {
  it('reads a BOM, CRLF line ends, empty lines, quoted commas and a row of empty fields', () => {
    const text = `\uFEFF${HEADER}\r\nS1,rhs,2024-2025,S1,01001,"English 9, Honors",01001,0.5,0.5,A+,pass\r\n,,,,,,,,,,\r\n\r\n`;
    const parsed = parse(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      expect.objectContaining({ line: 2, courseTitle: 'English 9, Honors', schoolYear: 2025 }),
    ]);
  });

  it('leaves out a header repeated where two exports were joined, and reads ="02052" as 02052', () => {
    const rows = rowsOf([
      'S1,rhs,2025,S1,="02052",Algebra I,="02052",1,1,A,pass',
      HEADER.toUpperCase(),
      'S2,rhs,2025,S1,02072,Geometry,02072,1,1,B,pass',
    ]);
    expect(rows.map((r) => [r.line, r.courseCode, r.scedCode])).toEqual([
      [2, '02052', '02052'],
      [4, '02072', '02072'],
    ]);
  });

  it('reads headers in another case, order or spelling, with spaces, and unknown columns', () => {
    const header =
      'Result , Grade,Earned Credits,CREDITS ATTEMPTED,Course Name,Course Number,Term,School Year,School ID,Student Number,Teacher';
    const [row] = rowsOf(['Passed,b+,1.0,1.0,ALGEBRA I,2052,FY,2024-25,rhs,000123,Smith'], header);
    expect(row).toMatchObject({
      localId: '000123',
      courseCode: '2052',
      courseTitle: 'ALGEBRA I',
      scedCode: null,
      term: 'year',
      letterGrade: 'B+',
      result: 'pass',
      creditsEarned: 1,
    });
  });

  it('reads the column names of common SIS transcript exports', () => {
    const header =
      'Student_Number,School_Number,End Year,Term Code,Course,Course Description,Score,EarnedCrHrs,PotentialCrHrs';
    const [row] = rowsOf(['1234,rhs,2025,Q2,MA101,Algebra 1,87,0.25,0.25'], header);
    expect(row).toMatchObject({
      localId: '1234',
      schoolYear: 2025,
      term: 'q2',
      courseCode: 'MA101',
      courseTitle: 'Algebra 1',
      letterGrade: '87',
      creditsEarned: 0.25,
      result: 'pass',
    });
  });

  it('reads a file joined from CRLF and LF exports line by line', () => {
    const text = `${HEADER}\r\nS1,rhs,2025,S1,C1,A,,1,1,A,pass\nS1,rhs,2025,S1,C2,"B, b",,1,1,A,pass\r\nS1,rhs,2025,S1,C3,C,,x,1,A,pass\n`;
    const parsed = parse(text);
    expect(parsed.issues.map(formatIssue)).toEqual([
      't.csv:4:8: credits_attempted: must be a number of credits from 0 to 10, such as 1, 0.5 or .25',
    ]);
    expect(parsed.rows.map((r) => [r.line, r.courseTitle])).toEqual([
      [2, 'A'],
      [3, 'B, b'],
    ]);
  });

  it('names the line and field where a quote opens and never closes, and nothing else', () => {
    expect(
      problems(['S1,rhs,2025,S1,C1,A,,1,1,A,pass', 'S1,rhs,2025,S1,C2,"B,,1,1,A,pass', 'S1,x']),
    ).toEqual(['t.csv:3:6: a quoted field opens here and its closing quote (") never comes']);
  });

  it('names a missing column and the columns the header has', () => {
    expect(problems(['1|rhs'], 'StudentID|School|Year')[0]).toBe(
      't.csv:1:0: missing column "student_id" in the header (it has: StudentID|School|Year)',
    );
  });

  it('reads semicolon- and tab-separated exports', () => {
    for (const delimiter of [';', '\t']) {
      const text = `${HEADER.replaceAll(',', delimiter)}\n${'S1,rhs,2025,S1,C1,Biology,03051,1,1,A,pass'.replaceAll(',', delimiter)}\n`;
      expect(parse(text).rows).toEqual([expect.objectContaining({ courseTitle: 'Biology' })]);
    }
  });

  it('reads credits as written: .5, 1.00, 0,5 (a decimal comma), and empty ones by the result', () => {
    expect(['1', '0.5', '.5', '1.00', '0,5', '0.25', '0'].map(parseCredits)).toEqual([
      1, 0.5, 0.5, 1, 0.5, 0.25, 0,
    ]);
    expect(['', '-1', 'one', '1/2'].map(parseCredits)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const rows = rowsOf([
      'S1,rhs,2025,S1,C1,A,,.5,,A,pass',
      'S1,rhs,2025,S1,C2,B,,,1,B,pass',
      'S1,rhs,2025,S1,C3,C,,1,,F,fail',
      'S1,rhs,2025,S1,C4,D,,,,W,withdrawn',
    ]);
    expect(rows.map((r) => [r.creditsAttempted, r.creditsEarned])).toEqual([
      [0.5, 0.5],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('tells the result from the mark and credits when the result is empty', () => {
    const marks = ['A-', 'C-', 'D', 'P', 'CR', '93', '87.5', 'F', 'NP', 'NC', 'WF', 'W', 'WP'];
    const rows = rowsOf(
      marks.map((m, i) => {
        const earned = /^(F|NP|NC|WF|W|WP)$/.test(m) ? 0 : 1;
        return `S1,rhs,2025,S1,C${i},X,,1,${earned},${m},`;
      }),
    );
    expect(rows.map((r) => r.result)).toEqual([
      ...Array(7).fill('pass'),
      'fail',
      'fail',
      'fail',
      'fail',
      'withdrawn',
      'withdrawn',
    ]);
    const more = rowsOf([
      'S1,rhs,2026,S2,C1,X,,1,0,,',
      'S1,rhs,2026,S2,C2,X,,1,,IP,',
      'S1,rhs,2026,S2,C3,X,,1,0,I,',
      'S1,rhs,2026,S2,C4,X,,1,0,INC,',
    ]);
    expect(more.map((r) => r.result)).toEqual([
      'in_progress',
      'in_progress',
      'incomplete',
      'incomplete',
    ]);
    expect(problems(['S1,rhs,2025,S1,C1,X,,1,0,D,', 'S1,rhs,2026,S1,C1,X,,1,,B,'])).toEqual([
      "t.csv:2:11: result: is empty, and grade D with no credit earned does not tell whether the course was passed: write pass, fail or in_progress, or give the district's lowest passing letter (--lowest-pass-letter; lowestPassLetter in the API)",
      't.csv:3:11: result: is empty, and grade B with the credits earned left empty does not tell whether the course was passed: write pass, fail or in_progress',
    ]);
    expect(problems(['S1,rhs,2025,S1,C1,X,,1,0,D'], HEADER.replace(',result', ''))).toEqual([
      "t.csv:2:10: letter_grade: grade D with no credit earned does not tell whether the course was passed: add a result column (pass, fail, in_progress), or give the district's lowest passing letter (--lowest-pass-letter; lowestPassLetter in the API)",
    ]);
  });

  it('reads a file without a letter grade column when it has the result', () => {
    const header = HEADER.replace(',letter_grade', '');
    const rows = rowsOf(['S1,rhs,2025,S1,C1,X,,1,1,pass'], header);
    expect(rows).toEqual([expect.objectContaining({ letterGrade: null, result: 'pass' })]);
    expect(problems([], header.replace(',result', ''))[0]).toContain(
      'missing column "letter_grade" in the header',
    );
  });

  it('reads a file without a result column, by the marks', () => {
    const header = HEADER.replace(',result', '');
    const rows = rowsOf(['S1,rhs,2025,S1,C1,X,,1,1,A', 'S1,rhs,2026,S1,C1,X,,1,,'], header);
    expect(rows.map((r) => r.result)).toEqual(['pass', 'in_progress']);
  });

  it('reads results as SIS word them', () => {
    const words = ['Pass', 'PASSED', 'Failed', 'In Progress', 'in-progress', 'IP', 'W', 'INC'];
    expect(words.map(parseResult)).toEqual([
      'pass',
      'pass',
      'fail',
      'in_progress',
      'in_progress',
      'in_progress',
      'withdrawn',
      'incomplete',
    ]);
    expect(problems(['S1,rhs,2025,S1,C1,X,,1,0,,maybe'])).toEqual([
      't.csv:2:11: result: must be one of pass, fail, incomplete, withdrawn, in_progress',
    ]);
  });

  it('refuses a pass with a failing mark, credit on a fail, and an in-progress course without credits', () => {
    expect(problems(['S1,rhs,2025,S1,C1,X,,1,1,F,pass'])).toEqual([
      't.csv:2:10: letter_grade: F is a failing grade, but the result is pass',
    ]);
    expect(problems(['S1,rhs,2025,S1,C1,X,,1,1,F,fail'])).toEqual([
      't.csv:2:9: credits_earned: must be 0 when the result is fail',
    ]);
    expect(problems(['S1,rhs,2026,S1,C1,X,,,,,in_progress'])).toEqual([
      't.csv:2:8: credits_attempted: is empty: a course under way needs the credits it carries',
    ]);
    expect(problems(['S1,rhs,2025,S1,C1,X,,,,A,pass'])).toEqual([
      't.csv:2:9: credits_earned: is empty, and so are the credits attempted',
    ]);
    expect(problems(['S1,rhs,2025,S1,C1,X,,1,2,A,pass'])).toEqual([
      't.csv:2:9: credits_earned: is more than the credits attempted',
    ]);
  });

  it('reads SCED codes with a dropped leading zero or with their level, credit and sequence', () => {
    expect(
      ['02052', '2052', '02052G1.00', '2052G0.5', '10011 E 1.00 1 2', '03101H'].map(parseScedCode),
    ).toEqual(['02052', '02052', '02052', '02052', '10011', '03101']);
    expect(['205', '020521', 'ALG1', '02052Z'].map(parseScedCode)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads school years as 2024-2025, 2024-25, 24-25, SY2024-25 or 2025, and terms by one name', () => {
    expect(
      ['2024-2025', '2024-25', '24-25', 'SY2024-25', 'SY 2025', '2025', '1999-00'].map(
        parseSchoolYear,
      ),
    ).toEqual([2025, 2025, 2025, 2025, 2025, 2025, 2000]);
    expect(['2024-2026', '25', 'Fall 2024'].map(parseSchoolYear)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const rows = rowsOf([
      'S1,rhs,2025,Semester 1,C1,X,,1,1,A,pass',
      'S1,rhs,2025,Full Year,C2,X,,1,1,A,pass',
    ]);
    expect(rows.map((r) => r.term)).toEqual(['s1', 'year']);
    expect(
      problems(['S1,rhs,2025,S1,C1,X,,1,1,A,pass', 'S1,rhs,2025,Sem 1,c1,X,,1,1,A,pass']),
    ).toEqual([
      't.csv:3:5: course_code: repeats the attempt on line 2 (same student, school, year and term)',
    ]);
  });

  it('names the line and field of one bad line among good ones, and of a line cut short', () => {
    expect(
      problems([
        'S1,rhs,2025,S1,C1,X,,1,1,A,pass',
        'S1,rhs,2025,S1,C2,X,,one,1,A,pass',
        'S1,rhs,2025,S1,C3,X,,1,1,A,pass',
        'S1,rhs,2025,S1,C4,X,,1,1',
      ]),
    ).toEqual([
      't.csv:3:8: credits_attempted: must be a number of credits from 0 to 10, such as 1, 0.5 or .25',
      't.csv:5:10: letter_grade: is missing: the line has 9 fields and the header 11 (is the line cut short?)',
    ]);
  });

  it('refuses NUL and line breaks inside fields, naming the line the record starts on', () => {
    expect(problems(['S1,rhs,2025,S1,C1,Alg\u0000ebra,,1,1,A,pass'])).toEqual([
      't.csv:2:6: course_title: contains a control character (a line break, a tab or NUL)',
    ]);
    expect(
      problems(['S1,rhs,2025,S1,C0,X,,1,1,A,pass', 'S1,rhs,2025,S1,C1,"Alg\nebra",,1,1,A,pass']),
    ).toEqual([
      't.csv:3:6: course_title: contains a control character (a line break, a tab or NUL)',
    ]);
  });

  it('keeps a title that starts like a formula as text (exports neutralize it)', () => {
    const [row] = rowsOf(['S1,rhs,2025,S1,C1,"=HYPERLINK(""http://x"")",,1,1,A,pass']);
    expect(row!.courseTitle).toBe('=HYPERLINK("http://x")');
  });
});
