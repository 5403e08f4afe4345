import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { partnersEmployer } from './partners-employer.ts';

describe('pos.partners-employer', () => {
  it('passes a program with an employer partner', () => {
    expect(checkRule(partnersEmployer, softwareProgram())).toEqual([]);
  });

  it('warns when no employer takes part', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.partners = f.program.partners.filter((p) => p.role !== 'employer');
    });
    expect(checkRule(partnersEmployer, file)).toEqual([
      expect.objectContaining({
        rule: 'pos.partners-employer',
        severity: 'warning',
        path: 'program.partners',
      }),
    ]);
  });
});
