/**
 * Stored grades as PowerSchool exports them (StoredGrades: one row per store code, Q1 … Y1),
 * and the final marks the import keeps. Rows are made up; the store codes are PowerSchool's.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from './tabular.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';

const HEADER =
  'Student_Number,SchoolID,TermID,StoreCode,Course_Number,Course_Name,Grade,EarnedCrHrs,PotentialCrHrs';
const parse = (lines: string[]) => {
  const parsed = parseTranscriptCsv({ name: 't.csv', text: `${[HEADER, ...lines].join('\n')}\n` });
  expect(parsed.issues.map(formatIssue)).toEqual([]);
  return parsed;
};
const shown = (parsed: ReturnType<typeof parse>) =>
  parsed.rows.map((r) => `${r.localId} ${r.courseCode} ${r.term} ${r.letterGrade} ${r.result}`);

describe('final marks of stored grades', () => {
  it('keeps the semester mark, not the quarter and exam marks under it', () => {
    const parsed = parse([
      '10045,rhs,3300,Q1,02052,Algebra I,A,0,0',
      '10045,rhs,3300,Q2,02052,Algebra I,D,0,0',
      '10045,rhs,3300,E1,02052,Algebra I,F,0,0',
      '10045,rhs,3300,S1,02052,Algebra I,F,0,0.5',
      '10045,rhs,3300,Q3,02052,Algebra I,B,0,0',
      '10045,rhs,3300,S2,02052,Algebra I,B,0.5,0.5',
    ]);
    // The Q1 "A" does not pass the semester the student failed.
    expect(shown(parsed)).toEqual(['10045 02052 s1 F fail', '10045 02052 s2 B pass']);
    expect(parsed.progressMarks).toEqual([2, 3, 4, 6]);
  });

  it('keeps the mark that carries the credit, of a year mark and its semester marks', () => {
    const credited = parse([
      '10045,rhs,3300,S1,01001,English 9,B,0,0',
      '10045,rhs,3300,S2,01001,English 9,A,0,0',
      '10045,rhs,3300,Y1,01001,English 9,A-,1,1',
    ]);
    expect(shown(credited)).toEqual(['10045 01001 year A- pass']);
    const bySemester = parse([
      '10045,rhs,3300,S1,01001,English 9,B,0.5,0.5',
      '10045,rhs,3300,S2,01001,English 9,A,0.5,0.5',
      '10045,rhs,3300,Y1,01001,English 9,A-,0,0',
    ]);
    expect(shown(bySemester)).toEqual(['10045 01001 s1 B pass', '10045 01001 s2 A pass']);
    expect(bySemester.progressMarks).toEqual([4]);
  });

  it('keeps quarters that stand alone: a school giving credit by the quarter', () => {
    const parsed = parse([
      '10045,rhs,3300,Q1,07010,Health,A,0.25,0.25',
      '10045,rhs,3300,Q2,07011,Keyboarding,B,0.25,0.25',
      '10045,rhs,3300,Q3,07010,Health,C,0.25,0.25',
    ]);
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.progressMarks).toEqual([]);
  });

  it('looks only within one student, school, year and course', () => {
    const parsed = parse([
      '10045,rhs,3300,Q1,02052,Algebra I,A,0,0',
      '10046,rhs,3300,S1,02052,Algebra I,B,0.5,0.5',
      '10045,rhs,3400,S1,02052,Algebra I,B,0.5,0.5',
      '10045,mhs,3300,S1,02052,Algebra I,B,0.5,0.5',
      '10045,rhs,3300,S1,02053,Geometry,B,0.5,0.5',
    ]);
    expect(parsed.rows).toHaveLength(5);
    // Credit on both a year mark and a semester mark: both kept, as written (which one is right
    // is the district's to say; nothing here can tell).
    const both = parse([
      '10045,rhs,3300,S1,01001,English 9,B,0.5,0.5',
      '10045,rhs,3300,Y1,01001,English 9,B,1,1',
    ]);
    expect(both.rows).toHaveLength(2);
  });
});
