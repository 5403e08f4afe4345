import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import {
  CREDENTIAL_REMOVAL_TEXT,
  credentialRemovalText,
  removalProblem,
} from './credential-removal.ts';

describe('what removing a credential says', () => {
  it('is said in English and Spanish with the same placeholders', () => {
    expectSpanishOfEach(CREDENTIAL_REMOVAL_TEXT);
  });

  it('names the field of a problem, and what is left after a removal', () => {
    const error = removalProblem('not_found', 'notHeld', 'credentialId', {
      student: 'S9',
      credential: 'cna',
    });
    expect([error.code, error.field]).toEqual(['not_found', 'credentialId']);
    expect(error.message).toContain('Student S9 holds no credential cna');
    expect(error.translations?.es).toContain('El estudiante S9 no tiene la credencial cna');
    const values = { credential: 'cna', earnedOn: '2026-04-01', student: 'S1' };
    expect(
      credentialRemovalText('en', 'removed', { ...values, remaining: 0, fact: 'N' }),
    ).toContain(
      'no named credential remains, so credential_earned is now as the roster gave it: N.',
    );
    expect(
      credentialRemovalText('en', 'removed', { ...values, remaining: 0, fact: 'none' }),
    ).toContain('as the roster gave it: not recorded.');
    expect(
      credentialRemovalText('es', 'removed', { ...values, remaining: 0, fact: 'none' }),
    ).toContain('del registro de estudiantes: sin registrar.');
    expect(
      credentialRemovalText('en', 'removed', { ...values, remaining: 2, fact: 'Y' }),
    ).toContain('2 named credentials remain');
    expect(
      credentialRemovalText('es', 'removed', { ...values, remaining: 1, fact: 'Y' }),
    ).toContain('queda 1 credencial nombrada');
  });
});
