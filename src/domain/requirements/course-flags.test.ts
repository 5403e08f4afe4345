import { describe, expect, it } from 'vitest';
import { flagFacts, flagsText, levelFlag } from './course-flags.ts';

describe('course level flags', () => {
  it('are kept in one order, so equal flags compare equal', () => {
    expect(flagsText(['DE', 'AP', 'AP'])).toBe('AP,DE');
    expect(flagsText([])).toBeNull();
  });

  it('make a course advanced (AP, IB, honors) or dual credit (DE)', () => {
    expect(flagFacts('H')).toEqual({ advanced: true, dualCredit: false });
    expect(flagFacts('DE')).toEqual({ advanced: false, dualCredit: true });
    expect(flagFacts(null)).toEqual({ advanced: false, dualCredit: false });
  });

  it('read course levels as written; a regular or college-prep level flags nothing', () => {
    expect(
      [
        'AP',
        'Advanced Placement',
        'I.B.',
        'Honors',
        'Concurrent Enrollment',
        'CP',
        'Regular',
        '',
      ].map(levelFlag),
    ).toEqual(['AP', 'AP', 'IB', 'H', 'DE', null, null, null]);
    expect(levelFlag('Gifted')).toBeUndefined();
  });
});
