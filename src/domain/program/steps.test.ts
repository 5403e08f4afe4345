import { describe, expect, it } from 'vitest';
import { stepLabel } from './labels.ts';
import { isBefore } from './steps.ts';

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
