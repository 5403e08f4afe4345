/**
 * Community college transcripts as registrars export them to CSV: term rows with their year,
 * subject and number apart or joined, units or hours attempted, earned and for GPA, quality
 * points, every college mark and a repeat flag, with totals lines between the terms. The
 * students and marks are made up.
 */
import { describe, expect, it } from 'vitest';
import { readBannerTerms } from './transcript-banner.ts';
import { formatIssue } from './tabular.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';
import { lines, parse, problems, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';

const HEADER =
  'Student ID,Institution,Term,Subject,Course Number,Course Title,Grade,Units Attempted,Units Earned,GPA Units,Quality Points,Repeat';

describe('college transcript', () => {
  it('reads each mark as the record it is, skipping totals and blank lines', () => {
    const rows = rowsOf(
      lines(HEADER, [
        '900123,Riverside Community College,Fall 2024,ENGL,101,College Composition,B+,3,3,3,9.9,',
        '900123,Riverside Community College,Fall 2024,MATH,120,Statistics,F,4,0,4,0,E',
        '900123,Riverside Community College,Fall 2024,HIST,110,US History,P,3,3,0,0,',
        '900123,Riverside Community College,Fall 2024,PSYC,101,Psychology,W,3,0,0,0,',
        ',,Term Totals,,,,,13,6,7,9.9,',
        '',
        '900123,Riverside Community College,2025SP,MATH,120,Statistics,A-,4,4,4,14.8,I',
        '900123,Riverside Community College,2025SP,CHEM,101,Chemistry,I,4,0,0,0,',
        '900123,Riverside Community College,2025SP,ART,100,Art Appreciation,AU,3,0,0,0,',
        '900123,Riverside Community College,2025SP,SPAN,101,Spanish I,NC,4,0,0,0,',
        '900123,Riverside Community College,2025SP,CIS,105,Computing,CR,3,,0,0,',
        '900123,Riverside Community College,2025SP,BIOL,101,Biology,TR,4,4,0,0,',
        '900123,Riverside Community College,Fall 2025,ENGL,102,Critical Thinking,IP,3,0,0,0,',
        '900123,Riverside Community College,Fall 2025,KIN,101,Fitness,,1,,,,',
        ',,Cumulative GPA,,,,3.19,,,,,',
      ]),
    );
    expect(
      rows.map((r) => [
        r.schoolYear,
        r.term,
        r.courseCode,
        r.result,
        r.creditsAttempted,
        r.creditsEarned,
      ]),
    ).toEqual([
      [2025, 'fall', 'ENGL 101', 'pass', 3, 3],
      // Replaced by the spring attempt (E): no units.
      [2025, 'fall', 'MATH 120', 'fail', 0, 0],
      [2025, 'fall', 'HIST 110', 'pass', 3, 3],
      [2025, 'fall', 'PSYC 101', 'withdrawn', 3, 0],
      [2025, 'spring', 'MATH 120', 'pass', 4, 4],
      [2025, 'spring', 'CHEM 101', 'incomplete', 4, 0],
      [2025, 'spring', 'ART 100', 'withdrawn', 3, 0],
      [2025, 'spring', 'SPAN 101', 'fail', 4, 0],
      [2025, 'spring', 'CIS 105', 'pass', 3, 3],
      [2025, 'spring', 'BIOL 101', 'pass', 4, 4],
      [2026, 'fall', 'ENGL 102', 'in_progress', 3, 0],
      [2026, 'fall', 'KIN 101', 'in_progress', 1, 0],
    ]);
    expect(rows[0]).toMatchObject({
      schoolId: '',
      earnedAt: { name: 'Riverside Community College', kind: 'dual_credit' },
      courseFlags: 'DE',
      letterGrade: 'B+',
    });
    // Credit the college accepted from elsewhere.
    expect(rows[9]!.earnedAt!.kind).toBe('transfer');
    expect(rows[9]!.courseFlags).toBeUndefined();
  });

  it('an excluded repeat keeps its mark and counts nowhere', () => {
    const [row] = rowsOf(
      lines(HEADER, ['1,Valley College,Fall 2024,MATH,120,Statistics,C,4,4,0,0,R']),
    );
    expect(row).toMatchObject({
      result: 'pass',
      letterGrade: 'C',
      creditsAttempted: 0,
      creditsEarned: 0,
    });
  });

  it('joined codes ENGL-101, ENGL 101 and ENGL101 are one course; two colleges stay apart', () => {
    const header = 'Student ID,College,Term,Course,Title,Grade,Credits';
    const rows = rowsOf(
      lines(header, [
        '1,Valley College,FA24,ENGL-101,Composition,A,3',
        '1,Valley College,SP25,engl101,Composition,B,3',
        '1,Mesa College,FA24,ENGL 101,Composition,A,3',
        '1,Mesa College,SP25,413-520,Welding,A,2',
      ]),
    );
    expect(rows.map((r) => [r.earnedAt!.name, r.courseCode])).toEqual([
      ['Valley College', 'ENGL 101'],
      ['Valley College', 'ENGL 101'],
      ['Mesa College', 'ENGL 101'],
      ['Mesa College', '413-520'],
    ]);
    expect(
      problems(
        lines(header, [
          '1,Valley College,FA24,ENGL-101,Composition,A,3',
          '1,Valley College,Fall 2024,ENGL 101,Composition,A,3',
        ]),
      ),
    ).toEqual([
      't.csv:3:4: Course: repeats the attempt on line 2 (same student, school, year and term)',
    ]);
  });

  it('quarter units are kept as semester units', () => {
    const byHeader = rowsOf(
      lines('Student ID,College,Term,Course,Grade,Quarter Units', [
        '1,Foothill College,Winter 2025,MATH 1A,A,5',
      ]),
    );
    expect(byHeader[0]).toMatchObject({
      term: 'winter',
      schoolYear: 2025,
      creditsAttempted: 3.33,
      creditsEarned: 3.33,
    });
    const byColumn = rowsOf(
      lines('Student ID,College,Term,Course,Grade,Units,Unit Type', [
        '1,Foothill College,Fall 2024,MATH 1A,A,4.5,Q',
        '1,Valley College,Fall 2024,MATH 101,A,3,Semester',
      ]),
    );
    expect(byColumn.map((r) => r.creditsEarned)).toEqual([3, 3]);
  });

  it('Banner-style term codes read with the college mapping, else refused', () => {
    const header = 'Student ID,Institution,Term,Course,Grade,Hours';
    const text = lines(header, ['1,Valley College,202470,ENGL 101,A,3']);
    expect(problems(text)[0]).toContain(
      't.csv:1:3: Term: holds Banner term codes (such as 202470)',
    );
    const parsed = parseTranscriptCsv(
      { name: 't.csv', text },
      { bannerTerms: readBannerTerms('30=spring,50=summer,70=fall+1') },
    );
    expect(parsed.issues.map(formatIssue)).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ term: 'fall', schoolYear: 2025 });
  });

  it('what cannot be read is named by line and column', () => {
    expect(
      problems(
        lines(HEADER, [
          '1,Valley College,Semester 1,ENGL,101,Composition,A,3,3,3,12,',
          '1,Valley College,Fall 2024,MATH,120,Statistics,Z,4,4,4,12,',
          '1,Valley College,Fall 2024,HIST,110,History,A,3,3,3,12,Q',
          '1,Valley College,Fall 2024,ART,100,Art,F,3,3,3,0,',
          '1,Valley College,Fall 2024,BIO,100,Biology,A,three,3,3,x,',
          '1,Valley College,Fall 2024,,100,Biology,A,3,3,3,12,',
        ]),
      ),
    ).toEqual([
      't.csv:2:3: Term: Semester 1 must be a college term with its year, such as Fall 2024, 2024FA or FA24 (a fall, winter, spring or summer term)',
      't.csv:3:7: Grade: Z is not a college grade: write A to F (with + or -), P or NP, CR or NC, I, IP, W, AU or TR',
      't.csv:4:12: Repeat: Q is not a repeat flag: write I (included), E or R (excluded: replaced by a later attempt), or leave it empty',
      't.csv:5:9: Units Earned: must be 0 when the result is fail',
      't.csv:6:8: Units Attempted: must be a number of units from 0 to 30, such as 3, 4.5 or .5',
      't.csv:6:11: Quality Points: must be a number of quality points such as 12 or 10.5, or empty',
      't.csv:7:4: Subject: is empty',
    ]);
  });
});

describe('college transcript column names', () => {
  it('reads Credits, Hours and short attempted/earned names, and terms alone tell a college file', () => {
    const rows = rowsOf(
      lines('Student ID,College,Term,Course,Grade,Att Hrs,Earned Hrs,GPA Hrs', [
        '1,Valley College,Fall 2024,ENGL 101,A,3,3,3',
      ]),
    );
    expect(rows[0]).toMatchObject({
      creditsAttempted: 3,
      creditsEarned: 3,
      courseCode: 'ENGL 101',
    });
    const credits = rowsOf(
      lines(
        'Student ID,School Name,Term,Course Code,Course Title,Grade,Credits Attempted,Credits Earned',
        ['1,Valley College,Spring 2025,HIST-110,US History,B,3,3'],
      ),
    );
    expect(credits[0]).toMatchObject({ schoolYear: 2025, term: 'spring', courseCode: 'HIST 110' });
  });
});

describe('college transcript problems in Spanish', () => {
  it('every problem is keyed, with a Spanish text of its own', () => {
    const parsed = parse(
      lines(`${HEADER},Unit Type`, [
        '1,Valley College,Semester 1,ENGL,101,Composition,A,3,3,3,12,,',
        '1,Valley College,Fall 2024,MATH,120,Statistics,Z,4,4,4,12,,',
        '1,Valley College,Fall 2024,HIST,110,History,A,3,3,3,12,Q,',
        '1,Valley College,Fall 2024,BIO,100,Biology,A,99,3,3,x,,',
        '1,Valley College,Fall 2024,ART,100,Art,A,3,3,3,12,,Trimester',
      ]),
    );
    expect(parsed.issues.map((i) => i.key)).toEqual([
      'college_term',
      'college_mark',
      'college_repeat',
      'college_units',
      'college_points',
      'college_unit_type',
    ]);
    expectSpanish(parsed.issues);
    expect(localizeIssue(parsed.issues[1]!, 'es').message).toBe(
      'Z no es una calificación universitaria: escribe de A a F (con + o -), P o NP, CR o NC, I, IP, W, AU o TR',
    );
  });
});

describe('college transcript terms', () => {
  it('a term line heads the courses below it; an Academic Year column dates a bare season', () => {
    const headed = rowsOf(
      lines('Student ID,Institution,Term,Course,Grade,Units', [
        'Fall 2024,,,,,',
        '1,Valley College,,ENGL 101,A,3',
        ',,Term GPA 4.00,,,',
        '2025SP,,,,,',
        '1,Valley College,,ENGL 102,B,3',
        '1,Valley College,Summer 2025,MATH 100,C,3',
      ]),
    );
    expect(headed.map((r) => [r.courseCode, r.term, r.schoolYear])).toEqual([
      ['ENGL 101', 'fall', 2025],
      ['ENGL 102', 'spring', 2025],
      ['MATH 100', 'summer', 2025],
    ]);
    const header = 'Student ID,Institution,Academic Year,Term,Course,Grade,Units';
    const years = rowsOf(
      lines(header, [
        '1,Valley College,2024-2025,Fall,ENGL 101,A,3',
        '1,Valley College,2024-25,Spring 2025,ENGL 102,A,3',
      ]),
    );
    expect(years.map((r) => [r.term, r.schoolYear])).toEqual([
      ['fall', 2025],
      ['spring', 2025],
    ]);
    expect(
      problems(
        lines(header, [
          '1,Valley College,2024-2025,Fall 2025,ENGL 101,A,3',
          '1,Valley College,2024-2025,Semester 1,ENGL 102,A,3',
          '1,Valley College,2024,Fall,ENGL 103,A,3',
          '1,Valley College,,Fall,ENGL 104,A,3',
        ]),
      ),
    ).toEqual([
      "t.csv:2:4: Term: Fall 2025 names the school year 2025-26, not the row's (2024-25)",
      't.csv:3:4: Term: Semester 1 must be a college term with its year, such as Fall 2024, 2024FA or FA24 (a fall, winter, spring or summer term)',
      't.csv:5:3: Academic Year: is empty',
    ]);
  });
});
