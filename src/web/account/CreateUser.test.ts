import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { en, es } from '../i18n.ts';
import { fieldErrorText } from './CreateUser.tsx';

describe('fieldErrorText', () => {
  // As manage-users.ts refuses an address already taken.
  const taken = new ApiError(
    'A user with the email ana@example.org already exists.',
    409,
    'conflict',
    'email',
  );

  it('keeps the API’s words on an English page', () => {
    expect(fieldErrorText(en, taken)).toBe(taken.message);
  });

  it('says in Spanish that the address is taken, and any other refusal by its kind', () => {
    expect(fieldErrorText(es, taken)).toBe(es.errorEmailTaken);
    expect(fieldErrorText(es, new ApiError('name: too long', 400, 'invalid', 'name'))).toBe(
      es.errorApiInvalid,
    );
    expect(fieldErrorText(es, new ApiError('Org gone', 409, 'conflict', 'orgId'))).toBe(
      es.errorApiConflict,
    );
  });

  it('shows the server’s Spanish refusal on a Spanish page, naming the address', () => {
    const told = 'Ya existe un usuario con el correo electrónico ana@example.org.';
    expect(fieldErrorText(es, new ApiError(told, 409, 'conflict', 'email', 'es'))).toBe(told);
  });
});
