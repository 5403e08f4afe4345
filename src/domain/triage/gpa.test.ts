import { describe, expect, it } from 'vitest';
import { attempt } from '../requirements/test-factories.ts';
import { gradePointAverage } from './gpa.ts';

describe('gradePointAverage', () => {
  it('counts letter and percentage grades by credits attempted, and leaves P and in-progress out', () => {
    const attempts = [
      attempt('A1', { grade: 'A' }),
      attempt('A2', { grade: '85' }),
      attempt('A3', { grade: '55', result: 'fail', creditsAttempted: 1 }),
      attempt('A4', { grade: 'P' }),
      attempt('A5', { grade: '91', result: 'in_progress' }),
    ];
    // A 4.0, 85 is B 3.0, 55 is F 0: (4 + 3 + 0) / 3.
    expect(gradePointAverage(attempts)).toBe(2.33);
  });

  it('keeps the grade of a pass whose credit was withheld; a course carrying none weighs nothing', () => {
    const attempts = [
      attempt('A1', { grade: 'A' }),
      attempt('A2', { grade: 'C', creditsEarned: 0 }),
      attempt('A3', { grade: 'D', creditsAttempted: 0, creditsEarned: 0 }),
    ];
    // (4 + 2) / 2: the D of a course carrying no credit has no weight.
    expect(gradePointAverage(attempts)).toBe(3);
  });
});
