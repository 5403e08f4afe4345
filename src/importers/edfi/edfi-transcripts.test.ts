import { describe, expect, it } from 'vitest';
import { edfiTerm } from './edfi-transcripts.ts';

describe('Ed-Fi terms', () => {
  // Ed-Fi TermDescriptor default values ("Fall Semester", "Year Round", "First Trimester"), and
  // states' own spellings of the descriptor.
  it('keeps a TermDescriptor under the name the CSV import gives the term', () => {
    const cases: Array<[string, string]> = [
      ['Fall Semester', 'fall'],
      ['Year Round', 'year'],
      ['Second Trimester', 't2'],
      ['Semester 1', 's1'],
      ['Q2', 'q2'],
      ['Summer School', 'summer'],
      ['MiniTerm', 'miniterm'],
      ['Other Term', 'other-term'],
      ['constructor', 'constructor'],
    ];
    expect(cases.map(([code]) => edfiTerm(code))).toEqual(cases.map(([, term]) => term));
  });
});
