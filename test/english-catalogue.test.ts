import { describe, expect, it } from 'vitest';
import { ENGLISH_CATALOGUE, englishIn } from './english-catalogue.ts';

describe('English catalogue', () => {
  it('holds the UI, label and credit phrases, not those that read the same in Spanish', () => {
    expect(ENGLISH_CATALOGUE).toEqual(
      expect.arrayContaining([
        'Download CSV',
        'Approved',
        'Semi-skilled',
        'Used under the CC BY 4.0 license',
      ]),
    );
    expect(ENGLISH_CATALOGUE).not.toContain('CTE');
    expect(ENGLISH_CATALOGUE.length).toBeGreaterThan(300);
  });

  it('finds English in a Spanish text, but not glosses or proper names', () => {
    expect(englishIn('Versión 2 · Estado: approved')).toEqual(['Approved']);
    expect(englishIn('Crédito: 3 cr at Riverside')).toEqual([]);
    expect(
      englishIn('Los grupos profesionales (Career Clusters) y la preparatoria (high school)'),
    ).toEqual([]);
    expect(
      englishIn('Riverside Valley Community College', ['Riverside Valley Community College']),
    ).toEqual([]);
    expect(englishIn('This product includes information from the O*NET 27.0 Database')).toContain(
      'This product includes information from the O*NET',
    );
  });
});
