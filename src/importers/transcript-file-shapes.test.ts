/**
 * Transcript files as spreadsheets and reports save them: delimiters, a BOM, CRLF, decimal commas,
 * Excel's ="…" cells, title lines, headers repeated or named twice, lines with a field too many,
 * and any field at all (fuzz). The students and marks are made up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lines, parse, problems, rowsOf } from '../../test/transcript-text.ts';
import { sniffDelimiter } from './tabular.ts';

const PLAIN =
  'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';

describe('transcript file shapes', () => {
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
