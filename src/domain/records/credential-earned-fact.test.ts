import { describe, expect, it } from 'vitest';
import { saysNoCredential } from './credential-earned-fact.ts';

describe('saysNoCredential', () => {
  const row = (value: string | null) => ({ english_learner: 'N', credential_earned: value });

  it('names a row whose credential_earned is a code other than Y', () => {
    expect([row('N'), row('Y'), row(null)].map(saysNoCredential)).toEqual([true, false, false]);
  });

  it('leaves a row without the column alone', () => {
    expect(saysNoCredential({ english_learner: 'N' })).toBe(false);
    expect(saysNoCredential({})).toBe(false);
  });
});
