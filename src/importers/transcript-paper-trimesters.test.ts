/**
 * Transcripts of schools on trimesters, as they print them: "Trimester 1" to "Trimester 3", "T1"
 * to "T3", the Spanish "Primer trimestre" / "Trimestre 2" / "3er trimestre", headings or a term
 * column. Each term is kept as t1–t3, a third of the year for credit (domain/requirements/units.ts).
 * A fourth trimester is no term: refused naming the line, in English and Spanish. Made-up data.
 */
import { describe, expect, it } from 'vitest';
import { parse, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';

const HEADINGS = (terms: [string, string, string]) => [
  'Birchwood High School — Official Transcript',
  'Student ID: 30512',
  'School: bhs',
  'Course | Title | Grade | Credit',
  'Grade 10 — 2024-2025',
  terms[0],
  'ENG201 | English 10 | A | 0.33',
  'BIO201 | Biology | B+ | 0.33',
  terms[1],
  'ENG201 | English 10 | A− | 0.33',
  terms[2],
  'ENG201 | English 10 | B | 0.34',
  'Cumulative GPA: 3.55',
];

const COLUMN = [
  'Escuela Secundaria Los Álamos — Historial académico', // glossary-es: read, not written
  'Student ID: 30977',
  'School: esla',
  'Term\tCourse\tTitle\tGrade\tCredit',
  'Grado 9 — 2023-2024',
  'Trimestre 1\tMAT1\tMatemáticas I\tB\t0.33',
  'Trimestre 2\tMAT1\tMatemáticas I\tC+\t0.33',
  'Trimestre 3\tMAT1\tMatemáticas I\tA-\t0.34',
];

const file = (lines: string[]) => `${lines.join('\n')}\n`;
const terms = (lines: string[]) =>
  rowsOf(file(lines)).map((r) => [r.line, r.schoolYear, r.term, r.courseCode, r.letterGrade]);

describe('transcripts of schools on trimesters', () => {
  const expected = [
    [7, 2025, 't1', 'ENG201', 'A'],
    [8, 2025, 't1', 'BIO201', 'B+'],
    [10, 2025, 't2', 'ENG201', 'A-'],
    [12, 2025, 't3', 'ENG201', 'B'],
  ];

  it.each([
    [['Trimester 1', 'Trimester 2', 'Trimester 3']],
    [['T1', 'T2', 'T3']],
    [['1st Trimester', 'Tri 2', 'Trimester III']],
    [['Primer trimestre', 'Segundo trimestre', 'Tercer trimestre']],
    [['Trimestre 1', '2do trimestre', '3er trimestre']],
  ] as Array<[[string, string, string]]>)('term headings %j', (names) => {
    expect(terms(HEADINGS(names))).toEqual(expected);
  });

  it('a Spanish term column, tabs between the cells', () => {
    expect(terms(COLUMN)).toEqual([
      [6, 2024, 't1', 'MAT1', 'B'],
      [7, 2024, 't2', 'MAT1', 'C+'],
      [8, 2024, 't3', 'MAT1', 'A-'],
    ]);
  });

  it('a fourth trimester is refused naming its line, in English and Spanish', () => {
    const parsed = parse(file(HEADINGS(['Trimestre 1', 'Trimestre 2', 'Trimestre 4'])));
    expect(parsed.issues.map((i) => i.line)).toContain(11);
    expect(parsed.issues.find((i) => i.line === 11)?.message).toContain('Trimestre 4');
    expectSpanish(parsed.issues);
    const es = localizeIssue(
      parsed.issues.find((i) => i.line === 11)!,
      'es',
    ).message;
    expect(es).toContain('Trimestre 4');
  });
});
