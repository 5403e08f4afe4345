import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { hasTargetOccupation } from './has-target-occupation.ts';

describe('pos.has-target-occupation', () => {
  it('passes a program with target occupations', () => {
    expect(checkRule(hasTargetOccupation, softwareProgram())).toEqual([]);
  });

  it('reports a program that names no occupation', () => {
    const file = modify(softwareProgram(), (f) => (f.program.occupations = []));
    const [found, ...rest] = checkRule(hasTargetOccupation, file);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ rule: 'pos.has-target-occupation', path: 'program.occupations' });
    expect(found!.message.en).toContain('names no target occupation');
    expect(found!.message.es).toContain('no nombra ninguna ocupación meta');
  });
});
