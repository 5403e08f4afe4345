import { describe, expect, it } from 'vitest';
import { oidcRefusalText, readOidcRefusal } from './oidc-refusal.ts';

describe('a refused provider sign-in on the sign-in page', () => {
  it('reads the reason, the provider and the sign-in id from the address', () => {
    expect(readOidcRefusal(new URLSearchParams('next=/programs'))).toBeNull();
    expect(
      readOidcRefusal(
        new URLSearchParams('oidc_error=unverified_email&provider=entra&sign_in_id=abc-123'),
      ),
    ).toEqual({ reason: 'unverified_email', provider: 'entra', signInId: 'abc-123' });
    // An unknown reason reads as a failed sign-in, never as text from the address.
    expect(readOidcRefusal(new URLSearchParams('oidc_error=<b>hi</b>'))).toMatchObject({
      reason: 'not_verified',
      signInId: null,
    });
  });

  it('says why in the page language, then the id to give an administrator', () => {
    const notice = { reason: 'unknown_email' as const, provider: 'entra', signInId: 'abc-123' };
    expect(oidcRefusalText('en', notice, 'Microsoft')).toEqual([
      'No Wayfinder account uses the email address Microsoft gave. Accounts are not created at sign-in: ask your school.',
      'Your Microsoft sign-in id is abc-123. Give it to your administrator, who can link it to your Wayfinder account.',
    ]);
    expect(oidcRefusalText('es', { ...notice, signInId: null }, '')).toEqual([
      'Ninguna cuenta de Wayfinder usa la dirección de correo que dio entra. Las cuentas no se crean al iniciar sesión: consulta con tu escuela.',
    ]);
  });
});
