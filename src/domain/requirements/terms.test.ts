import { describe, expect, it } from 'vitest';
import {
  bareTermNumber,
  canonicalTerm,
  numberedTerm,
  termInSchoolYear,
  termRank,
  termWithYear,
} from './terms.ts';

describe('terms as SIS write them', () => {
  it('brings each spelling to one name', () => {
    const cases: Array<[string, string]> = [
      ['S1', 's1'],
      ['Sem 2', 's2'],
      ['Semester 1', 's1'],
      ['1st Semester', 's1'],
      ['second semester', 's2'],
      ['Q3', 'q3'],
      ['Quarter 4', 'q4'],
      ['T2', 't2'],
      ['Tri 3', 't3'],
      ['FY', 'year'],
      ['Y1', 'year'],
      ['Full Year', 'year'],
      ['Year-Round', 'year'],
      ['Fall Semester', 'fall'],
      ['SPRING', 'spring'],
      ['Summer School', 'summer'],
      ['J-Term', 'j-term'],
      ['S3', 's3'],
      ['SUM', 'summer'],
      ['SS', 'summer'],
      ['Semester One', 's1'],
      ['Trimester II', 't2'],
      ['Trimestre 3', 't3'],
      ['Segundo trimestre', 't2'],
      ['Primer semestre', 's1'],
      ['Trimestre 4', 'trimestre 4'],
      ['Sem1', 's1'],
      ['Fall 2024', 'fall'],
      ['constructor', 'constructor'],
    ];
    expect(cases.map(([raw]) => canonicalTerm(raw))).toEqual(cases.map(([, name]) => name));
  });

  it('reads a term written as a bare number, and names it by the count of terms', () => {
    const cases: Array<[string, number | undefined]> = [
      ['1', 1],
      ['04', 4],
      ['Term 2', 2],
      ['TERM3', 3],
      ['T1', 1],
      ['Trm-2', 2],
      ['1st Term', 1],
      ['Term Two', 2],
      ['S2', undefined],
      ['Q3', undefined],
      ['Tri 2', undefined],
      ['Term 5', undefined],
      ['0', undefined],
      ['2024', undefined],
      ['1 T', undefined],
      ['Term 1 2024', undefined],
    ];
    expect(cases.map(([raw]) => bareTermNumber(raw))).toEqual(cases.map(([, n]) => n));
    expect([numberedTerm(2, 2), numberedTerm(3, 3), numberedTerm(1, 4)]).toEqual([
      's2',
      't3',
      'q1',
    ]);
  });

  it('orders the terms of a school year, unknown ones last', () => {
    const terms = ['summer', 'q4', 'j-term', 's2', 'year', 't1', 's1', 'fall'];
    expect([...terms].sort((a, b) => termRank(a) - termRank(b))).toEqual([
      'fall',
      's1',
      't1',
      'year',
      's2',
      'q4',
      'summer',
      'j-term',
    ]);
  });

  // College-style and report exports write the term with its year: "Fall 2024", "FA24" (a
  // season code and two digits), "Spring Semester 2025", or the school year ("S1 2024-25").
  it('splits off the year a term is written with', () => {
    const cases: Array<[string, ReturnType<typeof termWithYear>]> = [
      ['Fall 2024', { term: 'fall', calendarYear: 2024 }],
      ['FA24', { term: 'fall', calendarYear: 2024 }],
      ['SP25', { term: 'spring', calendarYear: 2025 }],
      ["Spring '25", { term: 'spring', calendarYear: 2025 }],
      ['Spring Semester 2025', { term: 'spring', calendarYear: 2025 }],
      ['2024 Fall', { term: 'fall', calendarYear: 2024 }],
      ['Summer 2025', { term: 'summer', calendarYear: 2025 }],
      ['S1 2024-25', { term: 's1', schoolYear: 2025 }],
      ['Full Year 2024-2025', { term: 'year', schoolYear: 2025 }],
      // A term that begins with a digit, its year after it.
      ['1st Semester 2024-2025', { term: 's1', schoolYear: 2025 }],
      ['2nd Qtr 2024-25', { term: 'q2', schoolYear: 2025 }],
      ['2024-25 2nd Semester', { term: 's2', schoolYear: 2025 }],
      ['Q1', { term: 'q1' }],
      ['2023-2024', { term: '2023-2024' }],
      ['J-Term 2025', { term: 'j-term 2025' }],
      ['Grade 9', { term: 'grade 9' }],
    ];
    expect(cases.map(([raw]) => termWithYear(raw))).toEqual(cases.map(([, want]) => want));
  });

  it('holds a season against the school year: fall in its first year, spring in its last', () => {
    expect(termInSchoolYear('fall', 2024, 2025)).toBe(true);
    expect(termInSchoolYear('fall', 2025, 2025)).toBe(false);
    expect(termInSchoolYear('spring', 2025, 2025)).toBe(true);
    expect(termInSchoolYear('spring', 2024, 2025)).toBe(false);
    // Summer school is kept with the year before it or the one after it, as schools choose.
    expect([2024, 2025, 2026].map((y) => termInSchoolYear('summer', y, 2025))).toEqual([
      true,
      true,
      false,
    ]);
  });
});
