/**
 * Transcripts of schools on quarters that print their terms T1 to T4 (or Q1 to Q4): headings or
 * a term column. A year whose T-terms run T1 to T4 is a year of quarters (q1–q4); T1 to T3 alone
 * stay trimesters. A "T4" in a year that is not T1 to T4, or a "T5", is refused naming its line,
 * in English and Spanish. Made-up data.
 */
import { describe, expect, it } from 'vitest';
import { parse, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';

const TOP = [
  'Cedar Ridge High School — Official Transcript',
  'Student ID: 41207',
  'School: crhs',
  'Course | Title | Grade | Credit',
];
/** A year heading, then each term heading with one course under it. */
const year = (heading: string, terms: string[]) => [
  heading,
  ...terms.flatMap((t, i) => [t, `PE${i + 1} | Physical Education | A | 0.25`]),
];
const file = (lines: string[]) => `${lines.join('\n')}\n`;
const terms = (lines: string[]) =>
  rowsOf(file(lines)).map((r) => [r.line, r.schoolYear, r.term, r.courseCode]);

describe('transcripts of schools on quarters', () => {
  it.each([[['T1', 'T2', 'T3', 'T4']], [['Q1', 'Q2', 'Q3', 'Q4']], [['t 1', 'T-2', 'T03', 'T4']]])(
    'term headings %j are quarters',
    (names) => {
      expect(terms([...TOP, ...year('Grade 11 — 2024-2025', names)])).toEqual([
        [7, 2025, 'q1', 'PE1'],
        [9, 2025, 'q2', 'PE2'],
        [11, 2025, 'q3', 'PE3'],
        [13, 2025, 'q4', 'PE4'],
      ]);
    },
  );

  it('T1 to T3 alone stay trimesters, year by year', () => {
    const lines = [
      ...TOP,
      ...year('Grade 9 — 2022-2023', ['T1', 'T2', 'T3']),
      ...year('Grade 10 — 2023-2024', ['T1', 'T2', 'T3', 'T4']),
    ];
    expect(terms(lines).map((r) => `${r[1]} ${r[2]}`)).toEqual([
      '2023 t1',
      '2023 t2',
      '2023 t3',
      '2024 q1',
      '2024 q2',
      '2024 q3',
      '2024 q4',
    ]);
  });

  it('a term column T1 to T4, tabs between the cells', () => {
    const lines = [
      'Student ID: 41207',
      'School: crhs',
      'Term\tCourse\tTitle\tGrade\tCredit',
      'Grade 12 — 2025-2026',
      ...['T1', 'T2', 'T3', 'T4'].map((t) => `${t}\tHLT4\tHealth\tB\t0.25`),
    ];
    expect(terms(lines).map((r) => r[2])).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('a T4 in a year that is not T1 to T4, and a T5, are refused naming the line', () => {
    const lines = [...TOP, ...year('Grade 9 — 2022-2023', ['T1', 'T2', 'T4']), 'T5'];
    const parsed = parse(file(lines));
    // The T4 heading (line 10) is refused and the course under it left out; T1 and T2 are kept.
    expect(parsed.rows.map((r) => [r.line, r.term])).toEqual([
      [7, 't1'],
      [9, 't2'],
    ]);
    expect(parsed.issues.map((i) => i.line)).toEqual([10, 12]);
    expect(parsed.issues[0]!.message).toContain('"T4" is neither a course line nor a heading');
    expect(parsed.issues[1]!.message).toContain('"T5"');
    expectSpanish(parsed.issues);
    expect(localizeIssue(parsed.issues[0]!, 'es').message).toContain(
      '"T4" no es ni una línea de curso ni un encabezado',
    );
  });
});
