import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import type { TCredentialCreditEarned } from '../../contracts/credential-credit-earned.ts';
import { PROGRESS_TEXT, formatCredentials } from './progress-text.ts';

const titled = (id: string, title: string) => ({ id, title, titleLang: 'en' as const });

/** A credit line of `credentialId` through an agreement for `code`. */
const line = (credentialId: string, title: string, code: string, credits: number) => ({
  credential: titled(credentialId, title),
  earnedOn: '2025-05-04',
  agreementId: `${credentialId}-${code}`,
  credits,
  course: { ...titled(code.toLowerCase(), `${code} course`), code },
  institution: 'Valley CC',
  effectiveFrom: '2024-07-01',
});

const credit = (): TCredentialCreditEarned => ({
  credentials: [
    { credential: titled('comptia-a', 'CompTIA A+'), earnedOn: '2025-05-04' },
    { credential: titled('cna', 'CNA'), earnedOn: '2025-12-15' },
  ],
  credits: 7,
  counted: [
    line('comptia-a', 'CompTIA A+', 'CIS 110', 4),
    line('comptia-a', 'CompTIA A+', 'CIS 120', 3),
  ],
  notCounted: [
    {
      ...line('cna', 'CNA', 'HCA 110', 6),
      reason: 'not-yet',
      sentence: 'CNA was earned on 2025-12-15, before …',
    },
  ],
});

describe('progress text', () => {
  it('has each text in both languages, with the same placeholders and other words', () => {
    expectSpanishOfEach(PROGRESS_TEXT);
  });

  it('lists each credential with the credit counted under it, the total and what did not count', () => {
    expect(formatCredentials(credit())).toBe(
      [
        'Credentials earned:',
        '  ✓ CompTIA A+, earned 2025-05-04',
        '      CIS 110 CIS 110 course: 4 cr at Valley CC',
        '      CIS 120 CIS 120 course: 3 cr at Valley CC',
        '  ✓ CNA, earned 2025-12-15',
        '  College credit counted: 7 credits',
        '  Not counted:',
        '    ✗ CNA was earned on 2025-12-15, before …',
      ].join('\n'),
    );
    const es = formatCredentials(credit(), 'es').split('\n');
    expect(es).toHaveLength(8);
    expect(es[0]).toBe('Credenciales obtenidas:');
    expect(es[2]).toBe('      CIS 110 CIS 110 course: 4 cr en Valley CC');
    expect(es[5]).toBe('  Crédito universitario contado: 7 créditos');
  });

  it('says one credit in the singular, and nothing when the records name no credential', () => {
    const one = { ...credit(), credits: 1, counted: [], notCounted: [] };
    expect(formatCredentials(one)).toMatch(/College credit counted: 1 credit$/);
    expect(formatCredentials(one, 'es')).toMatch(/contado: 1 crédito$/);
    expect(formatCredentials({ credentials: [], credits: 0, counted: [], notCounted: [] })).toBe(
      '',
    );
  });
});
