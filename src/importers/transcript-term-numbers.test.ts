import { describe, expect, it } from 'vitest';
import { lines, problems, rowsOf } from '../../test/transcript-text.ts';

const HEADER =
  'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade,result';
const termsOf = (rows: string[]) =>
  rowsOf(lines(HEADER, rows)).map((r) => [r.schoolId, r.schoolYear, r.courseCode, r.term]);

describe('terms written as a bare number', () => {
  it('names them by the highest number of the school and year: semesters, trimesters, quarters', () => {
    expect(
      termsOf([
        // rhs 2025: Term 1 to Term 4 → quarters.
        '1,rhs,2024-25,Term 1,C1,X,0.25,0.25,A,',
        '1,rhs,2024-25,Term 2,C1,X,0.25,0.25,B,',
        '2,rhs,2024-25,Term 3,C1,X,0.25,0.25,A,',
        '2,rhs,2024-25,Term 4,C1,X,0.25,0.25,A,',
        // rhs 2026: 1 and 2 → semesters (the next year of the same school counts on its own).
        '1,rhs,2025-26,1,C2,X,0.5,0.5,A,',
        '1,rhs,2025-26,2,C2,X,0.5,0.5,A,',
        // lhs 2025: T1 to T3 → trimesters; T3 beside rhs's quarters is its own school's.
        '3,lhs,2024-25,T1,C3,X,0.33,0.33,A,',
        '3,lhs,2024-25,T2,C3,X,0.33,0.33,A,',
        '3,lhs,2024-25,T3,C3,X,0.34,0.34,A,',
      ]),
    ).toEqual([
      ['rhs', 2025, 'C1', 'q1'],
      ['rhs', 2025, 'C1', 'q2'],
      ['rhs', 2025, 'C1', 'q3'],
      ['rhs', 2025, 'C1', 'q4'],
      ['rhs', 2026, 'C2', 's1'],
      ['rhs', 2026, 'C2', 's2'],
      ['lhs', 2025, 'C3', 't1'],
      ['lhs', 2025, 'C3', 't2'],
      ['lhs', 2025, 'C3', 't3'],
    ]);
  });

  it('T1 to T4 are quarters, not trimesters and a term no rule knows', () => {
    expect(
      termsOf([
        '1,rhs,2025,T1,C1,X,.25,.25,A,',
        '1,rhs,2025,T2,C1,X,.25,.25,A,',
        '1,rhs,2025,T3,C1,X,.25,.25,A,',
        '1,rhs,2025,T4,C1,X,.25,.25,A,',
      ]).map((r) => r[3]),
    ).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('keeps them as read when the file cannot tell', () => {
    expect(
      termsOf([
        // One term only.
        '1,a,2025,Term 1,C1,X,1,1,A,',
        // Term 2 and 3 without a Term 1: part of a year.
        '1,b,2025,2,C1,X,1,1,A,',
        '1,b,2025,3,C2,X,1,1,A,',
        // Terms 1 and 2 while a course is under way: terms 3 and 4 may be to come.
        '1,c,2025,T1,C1,X,1,1,A,',
        '1,c,2025,T2,C2,X,1,0,,in_progress',
      ]).map((r) => r[3]),
    ).toEqual(['term 1', '2', '3', 't1', 't2']);
    // Four terms are all a year has: the course under way does not matter.
    expect(
      termsOf([
        '1,c,2025,1,C1,X,1,1,A,',
        '1,c,2025,2,C1,X,1,1,A,',
        '1,c,2025,3,C1,X,1,1,A,',
        '1,c,2025,4,C1,X,1,0,,in_progress',
      ]).map((r) => r[3]),
    ).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('named terms beside them are left alone, and quarter marks under a semester are left out', () => {
    const rows = rowsOf(
      lines(HEADER, [
        '1,rhs,2025,Term 1,C1,X,0,0,B,',
        '1,rhs,2025,Term 2,C1,X,0,0,A,',
        '1,rhs,2025,S1,C1,X,0.5,0.5,A,',
        '1,rhs,2025,Term 3,C2,X,0.25,0.25,A,',
        '1,rhs,2025,Term 4,C2,X,0.25,0.25,A,',
        '1,rhs,2025,Fall,C3,X,0.5,0.5,A,',
      ]),
    );
    // Term 1 and 2 are Q1 and Q2, progress marks under S1 (transcript-final-marks.ts).
    expect(rows.map((r) => [r.courseCode, r.term])).toEqual([
      ['C1', 's1'],
      ['C2', 'q3'],
      ['C2', 'q4'],
      ['C3', 'fall'],
    ]);
  });

  it('refuses one attempt written twice under two spellings of its term number', () => {
    expect(
      problems(
        lines(HEADER, [
          '1,rhs,2025,Term 1,C1,X,0.5,0.5,A,',
          '1,rhs,2025,Term 2,C2,X,0.5,0.5,A,',
          '1,rhs,2025,S9,C1,X,x,0.5,A,',
          '1,rhs,2025,1,C1,X,0.5,0.5,A,',
        ]),
      ),
    ).toEqual([
      't.csv:4:7: credits_attempted: must be a number of credits from 0 to 10, such as 1, 0.5 or .25',
      't.csv:5:5: course_code: repeats the attempt on line 2 (same student, school, year and term)',
    ]);
  });
});

describe('a term written with its year', () => {
  it('reads the term whether it begins with a word or a digit, and its year after or before it', () => {
    expect(
      termsOf([
        '1,rhs,2024-25,1st Semester 2024-2025,C1,X,0.5,0.5,A,',
        '1,rhs,2024-25,2nd Qtr 2024-25,C2,X,0.25,0.25,A,',
        '1,rhs,2024-25,2024-25 2nd Semester,C3,X,0.5,0.5,A,',
        '1,rhs,2024-25,Fall 2024,C4,X,0.5,0.5,A,',
      ]),
    ).toEqual([
      ['rhs', 2025, 'C1', 's1'],
      ['rhs', 2025, 'C2', 'q2'],
      ['rhs', 2025, 'C3', 's2'],
      ['rhs', 2025, 'C4', 'fall'],
    ]);
  });
});
