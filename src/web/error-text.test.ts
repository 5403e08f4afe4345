import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { errorText } from './error-text.ts';
import { en, es } from './i18n.ts';

describe('errorText', () => {
  const notFound = new ApiError('No occupation with O*NET-SOC code "1".', 404, 'not_found');
  it('shows the API’s own words on an English page', () => {
    expect(errorText(en, notFound)).toBe('No occupation with O*NET-SOC code "1".');
  });
  it('says in Spanish what kind of failure it was on a Spanish page', () => {
    expect(errorText(es, notFound)).toBe(es.errorApiNotFound);
    expect(errorText(es, new ApiError('Too many', 429))).toBe(es.errorApiTooMany);
    expect(errorText(es, new ApiError('Bad field', 400, 'invalid', 'email'))).toBe(
      es.errorApiInvalid,
    );
    expect(errorText(es, new ApiError('boom', 500, 'internal'))).toBe(es.errorApiServer);
    expect(errorText(es, new ApiError('offline', 0))).toBe(es.errorNetwork);
    expect(errorText(es, new Error('Something broke'))).toBe(es.errorApiServer);
  });
  it('shows the server’s own message on a Spanish page when it is written in Spanish', () => {
    const told = 'El campo email: ya hay una cuenta con este correo.';
    const refusal = new ApiError(told, 409, 'conflict', 'email', 'es');
    expect(errorText(es, refusal)).toBe(told);
    // In English (the server had no Spanish for it), the kind of failure in Spanish instead.
    expect(
      errorText(es, new ApiError('That email is taken.', 409, 'conflict', 'email', 'en')),
    ).toBe(es.errorApiConflict);
    expect(errorText(en, refusal)).toBe(en.errorApiConflict);
  });
});
