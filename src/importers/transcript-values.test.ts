/**
 * Transcript values as files write them: school years in every form, and marks of every kind in
 * one file, with the bad rows named by line and field. The students and marks are made up.
 */
import { describe, expect, it } from 'vitest';
import { lines, problems, rowsOf } from '../../test/transcript-text.ts';
import { parseSchoolYear } from './transcript-csv.ts';

const PLAIN =
  'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';

describe('transcript values', () => {
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
});
