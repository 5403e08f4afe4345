import { describe, expect, it } from 'vitest';
import { credentialEarnedFact, mayLowerCredentialEarned } from './credential-earned-fact.ts';

describe('credentialEarnedFact', () => {
  const row = (value: string | null) => ({ english_learner: 'N', credential_earned: value });

  it('keeps Y for a student holding a named credential when the row says N or is empty', () => {
    expect(credentialEarnedFact(row('N'), true)).toEqual({
      facts: { english_learner: 'N', credential_earned: 'Y' },
      overruled: true,
    });
    expect(credentialEarnedFact(row(null), true)).toEqual({
      facts: { english_learner: 'N', credential_earned: 'Y' },
      overruled: false,
    });
  });

  it('takes the row as written for a student with no named credential, or a row saying Y', () => {
    for (const value of ['N', null, 'Y']) {
      expect(credentialEarnedFact(row(value), false)).toEqual({
        facts: row(value),
        overruled: false,
      });
    }
    expect(credentialEarnedFact(row('Y'), true)).toEqual({ facts: row('Y'), overruled: false });
  });

  it('leaves a row without the column alone, even for a holder', () => {
    const facts = { english_learner: 'Y' };
    expect(credentialEarnedFact(facts, true)).toEqual({ facts, overruled: false });
    expect(mayLowerCredentialEarned(facts)).toBe(false);
  });

  it('names the rows that could lower the fact', () => {
    expect([row('N'), row(null), row('Y')].map(mayLowerCredentialEarned)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
