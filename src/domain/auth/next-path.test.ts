import { describe, expect, it } from 'vitest';
import { codeStepPath, pageAfterSignIn, pageIn, safeNext } from './next-path.ts';

describe('the page after signing in', () => {
  it('puts a page in a language', () => {
    expect(pageIn('en', '/')).toBe('/');
    expect(pageIn('es', '/')).toBe('/es');
    expect(pageIn('es', '/account')).toBe('/es/account');
    expect(pageIn('en', '/es/account')).toBe('/account');
    expect(pageIn('es', '/es')).toBe('/es');
  });

  it('keeps only paths of this site as next', () => {
    expect(safeNext('/es/programs?cluster=08#top')).toBe('/es/programs?cluster=08#top');
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', '/es/sign-in'])
      expect(safeNext(bad), bad).toBeNull();
  });

  it('asks for the code first, in the language started in, and keeps a safe next', () => {
    expect(codeStepPath('en')).toBe('/sign-in?step=code');
    expect(codeStepPath('es', '/es/programs')).toBe('/es/sign-in?step=code&next=%2Fes%2Fprograms');
    expect(codeStepPath('en', '//evil.example')).toBe('/sign-in?step=code');
    expect(pageAfterSignIn('code_required', 'es', '/es/account')).toBe(
      '/es/sign-in?step=code&next=%2Fes%2Faccount',
    );
  });

  it('sends staff without a second factor to set it up, whatever next says', () => {
    expect(pageAfterSignIn('enrol_required', 'en', '/programs')).toBe('/account');
    expect(pageAfterSignIn('enrol_required', 'es', null)).toBe('/es/account');
  });

  it('otherwise goes to next, or home when next is missing or unsafe', () => {
    expect(pageAfterSignIn('passed', 'en', '/admin/users')).toBe('/admin/users');
    expect(pageAfterSignIn('not_required', 'es', undefined)).toBe('/es');
    expect(pageAfterSignIn('not_required', 'en', 'https://evil.example/')).toBe('/');
    expect(pageAfterSignIn('not_required', 'en', '//evil.example')).toBe('/');
  });
});
