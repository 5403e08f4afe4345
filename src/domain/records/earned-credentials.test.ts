import { describe, expect, it } from 'vitest';
import { agreement, credentialCredit } from '../program/test-builders.ts';
import { countedCredits, earnedCredentialCredit } from './earned-credentials.ts';

const place = { schoolId: 'rhs', districtId: 'rusd' };
const aPlus = credentialCredit('a-plus-cis-110', 'comptia-a', 'cis-110', {
  credits: 4,
  effectiveFrom: '2025-07-01',
  effectiveTo: '2027-06-30',
});

describe('earnedCredentialCredit', () => {
  it('counts a named credential earned while its agreement is in force, first and last day included', () => {
    for (const earnedOn of ['2025-07-01', '2026-03-15', '2027-06-30']) {
      const credit = earnedCredentialCredit(
        [aPlus],
        [{ credentialId: 'comptia-a', earnedOn }],
        place,
      );
      expect(credit.counted).toEqual([{ credentialId: 'comptia-a', earnedOn, agreement: aPlus }]);
      expect(credit.notCounted).toEqual([]);
      expect(countedCredits(credit)).toBe(4);
    }
  });

  it('does not count a credential earned before the agreement began or after it ended, and says why', () => {
    const early = earnedCredentialCredit(
      [aPlus],
      [{ credentialId: 'comptia-a', earnedOn: '2025-06-30' }],
      place,
    );
    expect(early.counted).toEqual([]);
    expect(early.notCounted).toEqual([
      expect.objectContaining({ reason: { kind: 'not-yet', date: '2025-07-01' } }),
    ]);
    const late = earnedCredentialCredit(
      [aPlus],
      [{ credentialId: 'comptia-a', earnedOn: '2027-07-01' }],
      place,
    );
    expect(late.notCounted).toEqual([
      expect.objectContaining({ reason: { kind: 'expired', date: '2027-06-30' } }),
    ]);
    expect(countedCredits(late)).toBe(0);
  });

  it('counts an agreement with one high school or district only for its students', () => {
    const withDistrict = { ...aPlus, id: 'district-only', secondaryInstitutionId: 'rusd' };
    const withOther = { ...aPlus, id: 'other-only', secondaryInstitutionId: 'other-high' };
    const earned = [{ credentialId: 'comptia-a', earnedOn: '2026-01-10' }];
    expect(earnedCredentialCredit([withDistrict], earned, place).counted).toHaveLength(1);
    expect(earnedCredentialCredit([withOther], earned, place).notCounted).toEqual([
      expect.objectContaining({ reason: { kind: 'not-party', institutionId: 'other-high' } }),
    ]);
  });

  it('counts a college course once, through the agreement in force, and leaves a lapsed one unsaid', () => {
    const old = { ...aPlus, id: 'old', effectiveFrom: '2020-07-01', effectiveTo: '2025-06-30' };
    const other = credentialCredit('net-cis-110', 'network-plus', 'cis-110', { credits: 3 });
    const credit = earnedCredentialCredit(
      [old, aPlus, other],
      [
        { credentialId: 'comptia-a', earnedOn: '2026-01-10' },
        { credentialId: 'network-plus', earnedOn: '2026-02-10' },
      ],
      place,
    );
    expect(credit.counted.map((l) => l.agreement.id)).toEqual(['a-plus-cis-110']);
    expect(credit.notCounted).toEqual([]);
    expect(countedCredits(credit)).toBe(4);
  });

  it('ignores course agreements and credentials not earned', () => {
    const course = agreement('dual', 'dual_credit', 'it-1', 'cis-110');
    const credit = earnedCredentialCredit(
      [course, aPlus],
      [{ credentialId: 'cna', earnedOn: '2026-01-10' }],
      place,
    );
    expect(credit).toEqual({ counted: [], notCounted: [] });
  });
});
