import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../profiles/index.ts';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { creditAgreementEndingSoon } from './credit-agreement-ending-soon.ts';

const endingOn = (date: string) =>
  modify(softwareProgram(), (f) => (f.catalog.creditAgreements[0]!.effectiveTo = date));

describe('pos.credit-agreement-ending-soon', () => {
  it('passes agreements without an end, ending after 90 days, or already ended', () => {
    const today = '2026-11-01';
    expect(checkRule(creditAgreementEndingSoon, softwareProgram(), { today })).toEqual([]);
    expect(checkRule(creditAgreementEndingSoon, endingOn('2027-01-31'), { today })).toEqual([]);
    expect(checkRule(creditAgreementEndingSoon, endingOn('2026-10-31'), { today })).toEqual([]);
  });

  it('warns about an agreement ending within 90 days', () => {
    const found = checkRule(creditAgreementEndingSoon, endingOn('2027-01-30'), {
      today: '2026-11-01',
    });
    expect(found).toEqual([
      {
        rule: 'pos.credit-agreement-ending-soon',
        severity: 'warning',
        path: 'catalog.creditAgreements[0].effectiveTo',
        message: {
          en: 'The credit agreement intro-programming-cis-115 ends on 2027-01-30, in 90 days; renew it before then, or students lose the college credit.',
          es: 'El acuerdo de créditos intro-programming-cis-115 vence el 2027-01-30, en 90 días; renuévalo antes o los estudiantes perderán el crédito universitario.',
        },
      },
    ]);
    const profile = { ...builtInProfile('federal')! };
    profile.options = { ...profile.options, agreementNoticeDays: 30 };
    expect(
      checkRule(creditAgreementEndingSoon, endingOn('2027-01-30'), {
        today: '2026-11-01',
        profile,
      }),
    ).toEqual([]);
  });
});
