import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { partnersSecondaryPostsecondary } from './partners-secondary-postsecondary.ts';

describe('pos.partners-secondary-postsecondary', () => {
  it('passes a program with secondary and postsecondary partners', () => {
    expect(checkRule(partnersSecondaryPostsecondary, softwareProgram())).toEqual([]);
  });

  it('reports each missing partner', () => {
    const file = modify(
      softwareProgram(),
      (f) => (f.program.partners = [{ institutionId: 'employer', role: 'employer' }]),
    );
    const findings = checkRule(partnersSecondaryPostsecondary, file);
    expect(findings.map((f) => f.message.en)).toEqual([
      'The program has no secondary partner; add the district or high school that teaches its high school courses to the partners.',
      'The program has no postsecondary partner; add the college or university that teaches its postsecondary courses to the partners.',
    ]);
    expect(findings.every((f) => f.path === 'program.partners' && f.severity === 'error')).toBe(
      true,
    );
  });
});
