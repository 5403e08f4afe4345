import { describe, expect, it } from 'vitest';
import { canonicalTerm, termRank } from './terms.ts';

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
    ];
    expect(cases.map(([raw]) => canonicalTerm(raw))).toEqual(cases.map(([, name]) => name));
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
});
