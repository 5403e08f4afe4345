import { describe, expect, it } from 'vitest';
import { whatIfChoice } from './what-if-choice.ts';

const offered = [{ id: 'rusd-diploma' }, { id: 'uc-a-g' }, { id: 'csu-a-g' }];

describe('the set the what-if list shows as chosen', () => {
  it('is the set the server checked against, even when the address has its old id', () => {
    expect(whatIfChoice(offered, 'uc-csu-a-g', 'uc-a-g')).toBe('uc-a-g');
    expect(whatIfChoice(offered, 'csu-a-g', 'csu-a-g')).toBe('csu-a-g');
  });

  it('is the one the address names before the check answers, else the first offered', () => {
    expect(whatIfChoice(offered, 'csu-a-g', undefined)).toBe('csu-a-g');
    expect(whatIfChoice(offered, 'uc-csu-a-g', undefined)).toBe('rusd-diploma');
    expect(whatIfChoice(offered, null, undefined)).toBe('rusd-diploma');
    expect(whatIfChoice([], null, undefined)).toBe('');
  });
});
