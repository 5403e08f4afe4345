import { describe, expect, it } from 'vitest';
import { nursingProgram } from '../test-factories-nursing.ts';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { exitPointOccupations } from './exit-point-occupations.ts';

describe('pos.exit-point-occupations', () => {
  it('passes when every placed credential opens an occupation', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.occupations[1]!.credentialId = 'pcep';
    });
    expect(checkRule(exitPointOccupations, file)).toEqual([]);
  });

  it('reports each placed credential no occupation names', () => {
    const found = checkRule(exitPointOccupations, softwareProgram());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      path: 'program.steps[3].credentials[0]',
      stepLevel: 'grade-12',
    });
    expect(found[0]!.message.en).toContain('“PCEP – Certified Entry-Level Python Programmer”');
    expect(checkRule(exitPointOccupations, nursingProgram()).map((f) => f.path)).toEqual([
      'program.steps[7].credentials[0]',
    ]);
  });
});
