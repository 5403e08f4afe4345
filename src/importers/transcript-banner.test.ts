/**
 * Ellucian Banner academic history as a college sends its dual-credit students' courses to their
 * district: term code, subject, course number, title, final grade, credit hours and quality
 * points (SHRTCKN/SHRTCKG), with the district's student number and the high school. The students,
 * courses and marks are made up.
 */
import { describe, expect, it } from 'vitest';
import { lines } from '../../test/transcript-text.ts';
import { formatIssue } from './tabular.ts';
import { readBannerTerms } from './transcript-banner.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';

const HEADER =
  'Student ID,Banner ID,School Code,Term Code,Subject,Course Number,Course Title,Final Grade,Credit Hours,Quality Points';
const ROWS = [
  '100234,A00917311,rhs,202410,ENGL,1301,Composition I,A,3,12',
  '100234,A00917311,rhs,202420,ENGL,1302,Composition II,D,3,3',
  '100234,A00917311,rhs,202420,MATH,1314,College Algebra,F,3,0',
  '100234,A00917311,rhs,202430,HIST,1301,United States History I,W,3,0',
  '100871,A00920455,lhs,202510,BIOL,1406,Biology for Science Majors I,IP,4,0',
];
const read = (text: string, mapping?: string) =>
  parseTranscriptCsv({ name: 'banner.csv', text }, { bannerTerms: readBannerTerms(mapping) });
const rowsOf = (text: string, mapping: string) => {
  const parsed = read(text, mapping);
  expect(parsed.issues.map(formatIssue)).toEqual([]);
  return parsed.rows;
};

describe('Ellucian Banner academic history', () => {
  it('is refused without the mapping of its term codes, naming the column and what to pass', () => {
    expect(read(lines(HEADER, ROWS)).issues.map(formatIssue)).toEqual([
      'banner.csv:1:4: Term Code: holds Banner term codes (such as 202410), whose last two digits each college defines: give their terms as --banner-terms (bannerTerms), such as "10=fall,20=spring,30=summer" (add +1 to a term in the school year ending the year after the code\'s)',
    ]);
  });

  it('reads a college whose code names the academic year by its end (202410 is Fall 2023)', () => {
    const rows = rowsOf(lines(HEADER, ROWS), '10=fall,20=spring,30=summer');
    expect(
      rows.map((r) => [r.localId, r.schoolId, r.schoolYear, r.term, r.courseCode, r.courseTitle]),
    ).toEqual([
      ['100234', 'rhs', 2024, 'fall', 'ENGL 1301', 'Composition I'],
      ['100234', 'rhs', 2024, 'spring', 'ENGL 1302', 'Composition II'],
      ['100234', 'rhs', 2024, 'spring', 'MATH 1314', 'College Algebra'],
      ['100234', 'rhs', 2024, 'summer', 'HIST 1301', 'United States History I'],
      ['100871', 'lhs', 2025, 'fall', 'BIOL 1406', 'Biology for Science Majors I'],
    ]);
    // Credit hours are what each course carries, earned by a passing final mark; every row is
    // a college course (dual enrollment).
    expect(
      rows.map((r) => [
        r.letterGrade,
        r.result,
        r.creditsAttempted,
        r.creditsEarned,
        r.courseFlags,
      ]),
    ).toEqual([
      ['A', 'pass', 3, 3, 'DE'],
      ['D', 'pass', 3, 3, 'DE'],
      ['F', 'fail', 3, 0, 'DE'],
      ['W', 'withdrawn', 3, 0, 'DE'],
      ['IP', 'in_progress', 4, 0, 'DE'],
    ]);
  });

  it('reads a college whose code is the calendar year (202430 is Fall 2024), by +1', () => {
    const rows = rowsOf(
      lines(HEADER, [
        '100234,A00917311,rhs,202410,ENGL,1301,Composition I,A,3,12',
        '100234,A00917311,rhs,202420,ENGL,1302,Composition II,B,3,9',
        '100234,A00917311,rhs,202430,MATH,1314,College Algebra,C,3,6',
      ]),
      '10=Spring,20=Summer+1,30=Fall Semester+1',
    );
    expect(rows.map((r) => [r.schoolYear, r.term])).toEqual([
      [2024, 'spring'],
      [2025, 'summer'],
      [2025, 'fall'],
    ]);
  });

  it('refuses a code the mapping does not give, and one outside the row’s school year', () => {
    const codes = lines(HEADER, [
      '100234,A00917311,rhs,202440,ENGL,1301,Composition I,A,3,12',
      '100234,A00917311,rhs,2024FA,ENGL,1302,Composition II,A,3,12',
    ]);
    expect(read(codes, '10=fall,20=spring').issues.map(formatIssue)).toEqual([
      'banner.csv:2:4: Term Code: 202440 ends in 40, which --banner-terms (bannerTerms) does not map (it maps 10, 20)',
      'banner.csv:3:4: Term Code: must be a Banner term code such as 202410',
    ]);
    const withYear = lines(`School Year,${HEADER}`, [
      '2024-25,100234,A00917311,rhs,202410,ENGL,1301,Composition I,A,3,12',
      '2023-24,100234,A00917311,rhs,202410,ENGL,1302,Composition II,A,3,12',
    ]);
    expect(read(withYear, '10=fall').issues.map(formatIssue)).toEqual([
      "banner.csv:2:5: Term Code: 202410 is in the school year 2023-24 by --banner-terms (bannerTerms), not the row's (2024-25)",
    ]);
  });

  it('reads earned hours beside credit hours, and leaves other files as they were', () => {
    const earned = lines(`${HEADER},Earned Hours`, [
      '100234,A00917311,rhs,202420,ENGL,1302,Composition II,C,3,6,3',
      '100234,A00917311,rhs,202420,MATH,1314,College Algebra,F,3,0,0',
    ]);
    expect(
      rowsOf(earned, '20=spring').map((r) => [r.creditsAttempted, r.creditsEarned, r.result]),
    ).toEqual([
      [3, 3, 'pass'],
      [3, 0, 'fail'],
    ]);
    // A high school's Term Code of S1 and its Subject column are no Banner file.
    const school = lines(
      'Student ID,School Code,School Year,Term Code,Subject,Course Number,Course Title,Final Grade,Credit Hours',
      ['1,rhs,2025,S1,Math,02052,Algebra I,A,0.5'],
    );
    expect(rowsOf(school, '')[0]).toMatchObject({ term: 's1', courseCode: '02052' });
  });

  it('refuses a bad mapping, naming the option', () => {
    expect(readBannerTerms(' 10=fall ; 20 = spring+1 ')).toEqual(
      new Map([
        ['10', { term: 'fall', shift: 0 }],
        ['20', { term: 'spring', shift: 1 }],
      ]),
    );
    for (const bad of ['10=autumnal', '1=fall', '10=fall,10=spring', '10=fall+2', 'fall', '10=']) {
      expect(() => readBannerTerms(bad), bad).toThrow(
        expect.objectContaining({
          code: 'invalid',
          field: 'bannerTerms',
          message: expect.stringContaining('--banner-terms (bannerTerms)'),
        }),
      );
    }
  });
});
