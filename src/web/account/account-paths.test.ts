import { describe, expect, it } from 'vitest';
import { oidcStartPath, safeNext, signInCodePath, signInPath } from './account-paths.ts';
import { passwordStrength } from './password.ts';

describe('the ?next= target after sign-in', () => {
  it('keeps paths of this site', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('/es/programs?cluster=08#top')).toBe('/es/programs?cluster=08#top');
  });

  it('refuses other sites, odd schemes and the sign-in page', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'account',
      '/sign-in',
      '/es/sign-in?next=/x',
      '/a\nb',
      '',
      null,
      undefined,
    ])
      expect(safeNext(bad), String(bad)).toBeNull();
  });

  it('builds the sign-in address with a safe next only', () => {
    expect(signInPath('en')).toBe('/sign-in');
    expect(signInPath('es', '/account')).toBe('/es/sign-in?next=%2Faccount');
    expect(signInPath('en', 'https://evil.example')).toBe('/sign-in');
  });

  it('builds the code step and the provider start with the language and a safe next only', () => {
    expect(signInCodePath('en', '/admin/users')).toBe('/sign-in?step=code&next=%2Fadmin%2Fusers');
    expect(signInCodePath('es')).toBe('/es/sign-in?step=code');
    expect(oidcStartPath('google', 'es', '/es/programs')).toBe(
      '/api/v1/auth/oidc/google/start?lang=es&next=%2Fes%2Fprograms',
    );
    expect(oidcStartPath('google', 'en', '//evil.example')).toBe(
      '/api/v1/auth/oidc/google/start?lang=en',
    );
  });
});

describe('password strength hint', () => {
  it('grades by length first', () => {
    expect(passwordStrength('short')).toBe('too_short');
    expect(passwordStrength('aaaaaaaaaaaa')).toBe('weak');
    expect(passwordStrength('Tr0ub4dor&3x')).toBe('fair');
    expect(passwordStrength('correct horse battery staple')).toBe('strong');
  });
});
