import { describe, expect, it } from 'vitest';
import type { TCreditAgreement } from '../../contracts/program.ts';
import { credentialCredit as agreement } from '../program/test-builders.ts';
import { credentialCredit } from './credential-credit.ts';

const course: TCreditAgreement = {
  id: 'course-cna',
  type: 'dual_credit',
  secondaryCourseId: 'nurse-aide',
  postsecondaryCourseId: 'hca-110',
  credits: 3,
  postsecondaryInstitutionId: 'college',
  effectiveFrom: '2025-07-01',
};
const ids = (m: Map<string, TCreditAgreement[]>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, v.map((a) => a.id)]));

describe('credentialCredit', () => {
  const agreements = [
    agreement('later', 'cna', 'hca-120', { effectiveFrom: '2027-07-01' }),
    agreement('now', 'cna', 'hca-110', { effectiveTo: '2026-11-01' }),
    agreement('ended', 'cna', 'hca-100', { effectiveTo: '2026-10-31' }),
    agreement('other', 'ekg', 'hca-130'),
    course,
  ];

  it('keeps the credential credit of the plan’s credentials not ended before today, earliest first', () => {
    expect(ids(credentialCredit(agreements, ['cna', 'nurse-aide'], '2026-11-01'))).toEqual({
      cna: ['now', 'later'],
    });
  });

  it('drops an agreement the day after it ends, and brings nothing for credentials it lacks', () => {
    expect(ids(credentialCredit(agreements, ['cna'], '2026-11-02'))).toEqual({ cna: ['later'] });
    expect(credentialCredit(agreements, ['pct'], '2026-11-01').size).toBe(0);
  });

  it('lists an agreement the catalog gives twice once', () => {
    const twice = credentialCredit([agreements[3]!, agreements[3]!], ['ekg'], '2026-01-01');
    expect(ids(twice)).toEqual({ ekg: ['other'] });
  });
});
