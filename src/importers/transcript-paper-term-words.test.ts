/**
 * Transcripts that print their terms "Term 1", "1st Term" (headings or a term column): the word
 * says nothing of the term's length, so the year's highest such number is how many terms it has,
 * 2 semesters, 3 trimesters or 4 quarters, as a transcript file's bare numbers are
 * (transcript-term-numbers.ts). A year whose terms are not all there, or are still under way
 * with fewer than four, keeps them as written; "Term 5" is refused naming its line. And year
 * headings that write the school year alone with "SY", "Año escolar", "Ciclo escolar"; a paper
 * transcript with no year heading any reader knows is refused line by line. Made-up data.
 */
import { describe, expect, it } from 'vitest';
import { parse, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';

const TOP = [
  'Maple Valley High School — Official Transcript',
  'Student ID: 52318',
  'School: mvhs',
  'Course | Title | Grade | Credit',
];
/** A year heading, then each term heading with one course under it. */
const year = (heading: string, terms: string[], mark = 'A') => [
  heading,
  ...terms.flatMap((t, i) => [t, `ART${i + 1} | Studio Art | ${mark} | 0.25`]),
];
const file = (lines: string[]) => `${lines.join('\n')}\n`;
const terms = (lines: string[]) => rowsOf(file(lines)).map((r) => `${r.schoolYear} ${r.term}`);

describe('terms printed "Term 1", "1st Term"', () => {
  it.each([
    [
      ['Term 1', 'Term 2'],
      ['s1', 's2'],
    ],
    [
      ['Term 1', 'Term 2', 'Term 3'],
      ['t1', 't2', 't3'],
    ],
    [
      ['Term 1', 'Term 2', 'Term 3', 'Term 4'],
      ['q1', 'q2', 'q3', 'q4'],
    ],
    [
      ['1st Term', '2nd Term', '3rd Term', '4th Term'],
      ['q1', 'q2', 'q3', 'q4'],
    ],
    [
      ['TERM 1', 'Term Two'],
      ['s1', 's2'],
    ],
  ])('headings %j are %j', (names, expected) => {
    expect(terms([...TOP, ...year('Grade 10 — 2024-2025', names)])).toEqual(
      expected.map((t) => `2025 ${t}`),
    );
  });

  it('each year is counted on its own, and apart from its T1 to T4', () => {
    const lines = [
      ...TOP,
      ...year('Grade 9 — 2023-2024', ['Term 1', 'Term 2']),
      ...year('Grade 10 — 2024-2025', ['T1', 'T2', 'T3', 'T4']),
      ...year('Grade 11 — 2025-2026', ['Term 1', 'Term 2', 'Term 3']),
    ];
    expect(terms(lines)).toEqual([
      '2024 s1',
      '2024 s2',
      ...['q1', 'q2', 'q3', 'q4'].map((t) => `2025 ${t}`),
      ...['t1', 't2', 't3'].map((t) => `2026 ${t}`),
    ]);
  });

  it('a year with a term missing, or under way, keeps the terms as written', () => {
    expect(terms([...TOP, ...year('Grade 10 — 2024-2025', ['Term 2', 'Term 3'])])).toEqual([
      '2025 term 2',
      '2025 term 3',
    ]);
    expect(terms([...TOP, ...year('Grade 12 — 2025-2026', ['Term 1', 'Term 2'], 'IP')])).toEqual([
      '2026 term 1',
      '2026 term 2',
    ]);
  });

  it('a term column "Term 1" to "Term 4", tabs between the cells', () => {
    const lines = [
      'Student ID: 52318',
      'School: mvhs',
      'Term\tCourse\tTitle\tGrade\tCredit',
      'Grade 12 — 2025-2026',
      ...['Term 1', 'Term 2', 'Term 3', 'Term 4'].map((t) => `${t}\tHLT4\tHealth\tB\t0.25`),
    ];
    expect(terms(lines)).toEqual(['q1', 'q2', 'q3', 'q4'].map((t) => `2026 ${t}`));
  });

  it('"Term 5" is refused naming its line, in English and Spanish', () => {
    const lines = [...TOP, ...year('Grade 10 — 2024-2025', ['Term 1', 'Term 2', 'Term 5'])];
    const parsed = parse(file(lines));
    expect(parsed.issues.map((i) => i.line)).toEqual([10]);
    expect(parsed.issues[0]!.message).toContain('"Term 5" is neither a course line nor a heading');
    expectSpanish(parsed.issues);
  });
});

describe('a school year printed "SY 2024-25", "Año escolar 2024-2025", "Ciclo escolar"', () => {
  it.each([
    'SY 2024-25',
    'SY 2024-2025',
    'Año escolar 2024-2025',
    'Ano escolar 2024-25',
    'Año lectivo 2024-2025',
    'Ciclo escolar 2024-2025',
    'Curso escolar 2024-25',
  ])('%s is a year heading', (heading) => {
    const lines = [...TOP, heading, 'Term 1', 'ENG2 | English 10 | B+ | 0.5', 'Term 2'];
    lines.push('ENG2 | English 10 | A- | 0.5');
    expect(terms(lines)).toEqual(['2025 s1', '2025 s2']);
  });
});

describe('a transcript typed from paper whose year headings are unknown', () => {
  it('is refused line by line as a paper transcript, not as a CSV file without columns', () => {
    const lines = [...TOP, 'Fiscal 2024-25', 'PE1 | Physical Education | A | 0.5'];
    lines.push('ENG9 | English 9 | B | 1');
    const parsed = parse(file(lines));
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => [i.line, i.message])).toEqual([
      [5, expect.stringContaining('"Fiscal 2024-25" is neither a course line nor a heading')],
      [6, expect.stringContaining('comes before any year heading')],
      [7, expect.stringContaining('comes before any year heading')],
    ]);
    expect(parsed.issues.map((i) => i.message).join()).not.toContain('missing column');
    expectSpanish(parsed.issues);
  });

  it('a CSV file missing its columns is still told so', () => {
    const parsed = parse('student,course,mark\n1001,ENG9,A\n');
    expect(parsed.issues[0]!.message).toContain('missing column');
  });
});
