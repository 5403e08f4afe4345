import { describe, expect, it } from 'vitest';
import type { TRequirementNode } from '../../contracts/requirements.ts';
import { checkProgress } from './evaluate.ts';
import { leaf, setOf, summary, took } from './test-factories.ts';

/** UC a-g's U.S. history, written as two ways: a year, or half a year and half of civics. */
const usHistory: TRequirementNode = {
  id: 'us',
  title: { en: 'U.S. history' },
  type: 'n_of',
  n: 1,
  children: [
    leaf('us-year', { codes: ['0410?'] }, { minCredits: 1 }),
    {
      id: 'us-halves',
      title: { en: 'Half U.S. history, half civics' },
      type: 'all_of',
      children: [
        leaf('us-half', { codes: ['0410?'] }, { minCredits: 0.5 }),
        leaf('civics-half', { codes: ['0415?'] }, { minCredits: 0.5 }),
      ],
    },
  ],
};
const IDS = ['us', 'us-year', 'us-halves'];

describe('an n-of requirement whose options want the same course', () => {
  it('a year of U.S. history meets the first way, though the second could take it too', () => {
    const check = checkProgress(setOf(usHistory), [
      took('04101', 'U.S. History', 2026, 'year', 1, 'A'),
    ]);
    expect(summary(check, IDS)).toEqual({
      us: 'met 1+0',
      'us-year': 'met 1+0',
      'us-halves': 'missing 0+0',
    });
  });

  it('half a year of each meets the second way; half of history alone meets neither', () => {
    const both = checkProgress(setOf(usHistory), [
      took('04101', 'U.S. History', 2026, 's1', 0.5, 'B'),
      took('04151', 'Civics', 2026, 's2', 0.5, 'IP'),
    ]);
    expect(summary(both, IDS)).toEqual({
      us: 'in_progress 0.5+0.5',
      'us-year': 'missing 0+0',
      'us-halves': 'in_progress 0.5+0.5',
    });
    const half = checkProgress(setOf(usHistory), [
      took('04101', 'U.S. History', 2026, 's1', 0.5, 'B'),
    ]);
    expect(half.status).toBe('missing');
  });

  it('keeps the other requirements as they were: a course freed by the choice goes elsewhere', () => {
    const set = setOf({
      id: 'all',
      title: { en: 'All' },
      type: 'credits_of',
      credits: 2,
      select: {},
      children: [usHistory],
    });
    const check = checkProgress(set, [
      took('04101', 'U.S. History', 2025, 'year', 1, 'A'),
      took('05001', 'Art', 2026, 'year', 1, 'B'),
    ]);
    expect(summary(check, ['all', ...IDS])).toEqual({
      all: 'met 2+0',
      us: 'met 1+0',
      'us-year': 'met 1+0',
      'us-halves': 'missing 0+0',
    });
  });
});
