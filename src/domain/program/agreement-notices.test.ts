import { describe, expect, it } from 'vitest';
import { agreementNotices } from './agreement-notices.ts';
import { nursingProgram } from './test-factories-nursing.ts';
import { modify, softwareProgram } from './test-factories.ts';

const entry = (file: ReturnType<typeof softwareProgram>) => ({
  programId: file.id!,
  title: file.program.title,
  body: file.program,
});

describe('agreementNotices', () => {
  it('names each program that relies on an agreement ending within the period, soonest first', () => {
    const software = modify(softwareProgram(), (f) => {
      f.catalog.creditAgreements[0]!.effectiveTo = '2026-12-01';
      f.catalog.creditAgreements[1]!.effectiveTo = '2026-11-11';
    });
    const nursing = nursingProgram();
    const agreements = [...software.catalog.creditAgreements, ...nursing.catalog.creditAgreements];
    const notices = agreementNotices([entry(software), entry(nursing)], agreements, '2026-11-01');
    expect(notices.map((n) => [n.ownerId, n.programId, n.agreementId, n.daysLeft])).toEqual([
      ['district', 'riverside-software-development', 'ap-csa-cis-135', 10],
      ['district', 'riverside-software-development', 'intro-programming-cis-115', 30],
    ]);
    expect(notices[0]!.message.en).toBe(
      'The credit agreement ap-csa-cis-135, which the program “Software Development” relies on, ends on 2026-11-11, in 10 days; renew it before then, or students lose the college credit.',
    );
    expect(notices[0]!.message.es).toContain(
      'del que depende el programa «Desarrollo de software»',
    );
  });

  it('leaves out agreements ending later, already ended, or for courses the program does not list', () => {
    const software = modify(softwareProgram(), (f) => {
      f.catalog.creditAgreements[0]!.effectiveTo = '2027-03-01';
      f.catalog.creditAgreements[1]!.effectiveTo = '2026-10-31';
    });
    const agreements = software.catalog.creditAgreements;
    expect(agreementNotices([entry(software)], agreements, '2026-11-01')).toEqual([]);
    expect(agreementNotices([entry(software)], agreements, '2026-11-01', 200)).toHaveLength(1);
    const unlisted = modify(software, (f) => (f.program.steps[2]!.courses = []));
    expect(agreementNotices([entry(unlisted)], agreements, '2026-11-01', 200)).toEqual([]);
  });
});
