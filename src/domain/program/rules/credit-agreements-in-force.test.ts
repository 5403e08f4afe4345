import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { creditAgreementsInForce } from './credit-agreements-in-force.ts';

const today = '2026-11-01';

describe('pos.credit-agreements-in-force', () => {
  it('passes agreements within their dates, between partners', () => {
    expect(checkRule(creditAgreementsInForce, softwareProgram(), { today })).toEqual([]);
  });

  it('reports an ended, a future and a non-partner agreement', () => {
    const file = modify(softwareProgram(), (f) => {
      const [dual, exam] = f.catalog.creditAgreements;
      dual!.effectiveTo = '2026-06-30';
      exam!.postsecondaryInstitutionId = 'uni';
      f.catalog.institutions.push({ id: 'uni', kind: 'university', name: 'Cascade State' });
    });
    const found = checkRule(creditAgreementsInForce, file, { today });
    expect(found.map((f) => f.path)).toEqual([
      'catalog.creditAgreements[0]',
      'catalog.creditAgreements[1]',
    ]);
    expect(found[0]!.message.en).toBe(
      'The credit agreement intro-programming-cis-115 ended on 2026-06-30; it no longer earns college credit and does not count for early college credit. Renew it or remove it.',
    );
    expect(found[1]!.message.es).toContain(
      'es con Cascade State, que no es socio de este programa',
    );
    const future = modify(
      softwareProgram(),
      (f) => (f.catalog.creditAgreements[0]!.effectiveFrom = '2027-01-01'),
    );
    expect(checkRule(creditAgreementsInForce, future, { today })[0]!.message.en).toContain(
      'takes effect on 2027-01-01',
    );
    // Without today's date only the partners are judged.
    expect(checkRule(creditAgreementsInForce, future)).toEqual([]);
  });
});
