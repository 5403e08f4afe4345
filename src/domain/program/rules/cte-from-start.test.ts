import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { cteFromStart } from './cte-from-start.ts';

describe('pos.cte-from-start', () => {
  it('passes a program with a CTE course in grade 9', () => {
    expect(checkRule(cteFromStart, softwareProgram())).toEqual([]);
  });

  it('reports a grade 9 of academic courses only, and a program without grade 9', () => {
    const academic = modify(softwareProgram(), (f) => {
      stepOf(f, 'grade-9').courses = ['eng-9', 'alg-1', 'biology'];
    });
    expect(checkRule(cteFromStart, academic)).toEqual([
      expect.objectContaining({
        rule: 'pos.cte-from-start',
        path: 'program.steps[0].courses',
        stepLevel: 'grade-9',
      }),
    ]);
    const none = modify(softwareProgram(), (f) => {
      f.program.steps = f.program.steps.filter((s) => s.level !== 'grade-9');
    });
    expect(checkRule(cteFromStart, none)).toEqual([
      expect.objectContaining({ path: 'program.steps' }),
    ]);
  });
});
