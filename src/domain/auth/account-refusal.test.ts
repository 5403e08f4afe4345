import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import { messagePlaceholders } from '../i18n/message.ts';
import { ACCOUNT_MESSAGES, accountRefusal, accountText } from './account-refusal.ts';

describe('account refusals', () => {
  it('has each refusal in Spanish, with the same placeholders and other words', () => {
    expectSpanishOfEach(ACCOUNT_MESSAGES);
  });

  it('renders every refusal in both languages with sample values', () => {
    for (const key of Object.keys(ACCOUNT_MESSAGES.en) as (keyof typeof ACCOUNT_MESSAGES.en)[]) {
      const values = Object.fromEntries(
        Object.keys(messagePlaceholders(ACCOUNT_MESSAGES.en[key])).map((name) => [name, 'x1']),
      );
      expect(accountText('es', key, values), key).not.toMatch(/[{}]/);
      expect(accountText('es', key, values)).not.toBe(accountText('en', key, values));
    }
  });

  it('makes errors that carry the Spanish and name the field', () => {
    const error = accountRefusal('not_found', 'noUserEmail', { email: 'a@b.test' }, 'email');
    expect(error).toMatchObject({
      code: 'not_found',
      field: 'email',
      message: 'No user has the email a@b.test.',
      translations: { es: 'Ningún usuario tiene el correo electrónico a@b.test.' },
    });
    const perLanguage = accountRefusal('invalid', 'nameProblem', (lang) => ({
      problem: lang === 'es' ? 'está mal' : 'is wrong',
    }));
    expect([perLanguage.message, perLanguage.translations?.es]).toEqual([
      'The name is wrong.',
      'El nombre está mal.',
    ]);
  });

  it('says roles and kinds of organization in Spanish words', () => {
    expect(
      accountText('es', 'roleOrg', {
        role: 'guardian',
        wanted: 'school-district',
        kind: 'college',
      }),
    ).toBe(
      'La cuenta de padre o tutor pertenece a una escuela o un distrito, no a un colegio comunitario.',
    );
    expect(
      accountText('en', 'roleOrg', { role: 'district_admin', wanted: 'district', kind: 'school' }),
    ).toBe('A district admin belongs to a district, not to a school.');
  });
});
