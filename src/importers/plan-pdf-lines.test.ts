import { describe, expect, it } from 'vitest';
import type { TPlan } from '../contracts/plans.ts';
import { planWithCredentialChoices } from '../../test/plan-credential-choice-fixture.ts';
import { credentialChoiceLines, creditSuffix } from './plan-pdf-lines.ts';

const plan = planWithCredentialChoices();

describe('credentialChoiceLines', () => {
  it('prints each pick with its choice, in its own grade or college year only', () => {
    expect(credentialChoiceLines(plan, 'grade-11', 'en', '*')).toEqual([
      '* Patient Care Technician · one of: Nursing Assistant, Patient Care Technician',
    ]);
    expect(credentialChoiceLines(plan, 'grade-12', 'en', '*')).toEqual([]);
  });

  it('says what is still to choose when a choice has fewer picks than it takes, EN and ES', () => {
    expect(credentialChoiceLines(plan, 'postsecondary-1', 'en', '*')).toEqual([
      '* BLS · 2 of: CPR, BLS, EKG',
      '* Still to choose: 2 of: CPR, BLS, EKG',
    ]);
    expect(credentialChoiceLines(plan, 'postsecondary-1', 'es', '*')[1]).toBe(
      '* Falta elegir: 2 de: CPR, BLS, EKG',
    );
  });
});

describe('creditSuffix', () => {
  const credit = {
    id: 'a',
    type: 'credential_credit' as const,
    credits: 4,
    institution: 'Valley CC',
    course: { id: 'cs-161', code: 'CS 161', title: 'CS I' },
    effectiveFrom: '2025-07-01',
  };

  it('names the college course, its credit, the college and the agreement’s end, EN and ES', () => {
    expect(creditSuffix([{ ...credit, effectiveTo: '2028-06-30' }], 'en', '>')).toBe(
      ' > transfers to CS 161 (4 cr) at Valley CC (until 2028-06-30)',
    );
    expect(creditSuffix([credit], 'es', '>')).toBe(' > se transfiere a CS 161 (4 cr) en Valley CC');
    expect(creditSuffix(undefined, 'en', '>')).toBe('');
  });

  it('gives the day the credential was earned instead of the end, once the credit is earned', () => {
    const earned = { ...credit, effectiveTo: '2028-06-30', earnedOn: '2026-05-04' };
    expect(creditSuffix([earned], 'en', '>')).toBe(
      ' > transfers to CS 161 (4 cr) at Valley CC (earned 2026-05-04)',
    );
    expect(creditSuffix([earned], 'es', '>')).toBe(
      ' > se transfiere a CS 161 (4 cr) en Valley CC (obtenido el 2026-05-04)',
    );
  });

  it('follows a picked credential in its choice’s line', () => {
    const withCredit = {
      credentialChoices: [
        {
          level: 'grade-10',
          choose: 1,
          options: [
            { credentialId: 'pcap', title: 'PCAP', earlyCredit: [credit] },
            { credentialId: 'pcep', title: 'PCEP' },
          ],
          picked: ['pcap'],
        },
      ],
    } as unknown as TPlan;
    expect(credentialChoiceLines(withCredit, 'grade-10', 'en', '*')).toEqual([
      '* PCAP ⇄ transfers to CS 161 (4 cr) at Valley CC · one of: PCAP, PCEP',
    ]);
  });
});
