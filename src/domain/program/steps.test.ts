import { describe, expect, it } from 'vitest';
import { stepLabel } from './labels.ts';
import { buildPosGrid } from './pos-grid.ts';
import { posLabels } from './pos-labels.ts';
import { isBefore, isGradeLevel, postsecondaryYearOf } from './steps.ts';

describe('terms within a year', () => {
  it('orders a quarter college’s fall, winter, spring and summer', () => {
    const at = (term: 'fall' | 'winter' | 'spring' | 'summer' | 'year') =>
      ({ level: 'postsecondary-1', term }) as const;
    expect(isBefore(at('fall'), at('winter'))).toBe(true);
    expect(isBefore(at('winter'), at('spring'))).toBe(true);
    expect(isBefore(at('spring'), at('summer'))).toBe(true);
    expect(isBefore(at('winter'), at('fall'))).toBe(false);
    expect(isBefore(at('winter'), at('year'))).toBe(false);
    expect(isBefore(at('winter'), { level: 'postsecondary-2', term: 'fall' })).toBe(true);
  });

  it('names the winter quarter in English and Spanish', () => {
    expect(stepLabel({ level: 'postsecondary-1', term: 'winter' })).toEqual({
      en: 'postsecondary year 1 (winter)',
      es: 'educación superior, año 1 (invierno)',
    });
  });
});

// Oregon's apprenticeship committees outline two to five years of on-the-job training (Portland
// Community College catalog, Apprenticeship and Trades): a program may run past year 4.
describe('a long apprenticeship', () => {
  it('has postsecondary years 5 and 6, after year 4, named in both languages', () => {
    expect(isBefore({ level: 'postsecondary-4' }, { level: 'postsecondary-5' })).toBe(true);
    expect(isBefore({ level: 'postsecondary-6' }, { level: 'postsecondary-5' })).toBe(false);
    expect(postsecondaryYearOf('postsecondary-6')).toBe(6);
    expect(isGradeLevel('postsecondary-5')).toBe(false);
    expect(stepLabel({ level: 'postsecondary-5' })).toEqual({
      en: 'postsecondary year 5',
      es: 'educación superior, año 5',
    });
    expect(posLabels('es').level['postsecondary-6']).toBe('Educación superior, año 6');
    const grid = buildPosGrid(
      {
        steps: (['postsecondary-5', 'grade-12', 'postsecondary-4'] as const).map((level) => ({
          level,
          label: level,
          courses: [],
          credentials: [],
          workBasedLearning: [],
        })),
      },
      (level) => level,
    );
    expect(grid.rows.map((r) => r.level)).toEqual([
      'grade-12',
      'postsecondary-4',
      'postsecondary-5',
    ]);
  });
});
