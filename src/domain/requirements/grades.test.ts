import { describe, expect, it } from 'vitest';
import { gradeRank, meetsMinimum } from './grades.ts';

describe('grades', () => {
  it('ranks letters, and percentages as the letter they stand for', () => {
    expect(gradeRank('A+')).toBe(12);
    expect(gradeRank('F')).toBe(0);
    expect(gradeRank('93')).toBe(gradeRank('A'));
    expect(gradeRank('87.5')).toBe(gradeRank('B+'));
    expect(gradeRank('100')).toBe(gradeRank('A+'));
    expect(gradeRank('72')).toBe(gradeRank('C-'));
    expect(gradeRank('59.9')).toBe(gradeRank('F'));
    expect([gradeRank('P'), gradeRank('CR'), gradeRank('101'), gradeRank(null)]).toEqual([
      -1, -1, -1, -1,
    ]);
  });

  it('checks a minimum grade against a percentage', () => {
    expect(meetsMinimum('75', 'C')).toBe(true);
    expect(meetsMinimum('72', 'C')).toBe(false);
    expect(meetsMinimum('P', 'D')).toBe(false);
    expect(meetsMinimum('b+', 'B')).toBe(true);
  });
});
