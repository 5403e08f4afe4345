import { describe, expect, it } from 'vitest';
import { loadOidcProviders } from './oidc-settings.ts';

const google = {
  id: 'google',
  name: 'Google',
  issuer: 'https://accounts.google.com',
  clientId: 'id',
  clientSecret: 'secret',
};
const load = (value: unknown, extra: Record<string, string> = {}) =>
  loadOidcProviders({ WAYFINDER_OIDC_PROVIDERS: JSON.stringify(value), ...extra });

describe('WAYFINDER_OIDC_PROVIDERS', () => {
  it('is optional, and reads providers with their secret inline or from its own variable', () => {
    expect(loadOidcProviders({})).toEqual([]);
    expect(load([google])).toEqual([google]);
    const { clientSecret: _secret, ...noSecret } = google;
    expect(
      load([{ ...noSecret, id: 'google-k12' }], {
        WAYFINDER_OIDC_GOOGLE_K12_CLIENT_SECRET: 's2',
      })[0]!.clientSecret,
    ).toBe('s2');
  });

  it('names the variable and the field that is wrong', () => {
    expect(() => loadOidcProviders({ WAYFINDER_OIDC_PROVIDERS: '{nope' })).toThrow(
      /WAYFINDER_OIDC_PROVIDERS: must be a JSON array/,
    );
    expect(() => load([{ ...google, issuer: 'http://accounts.google.com' }])).toThrow(
      /WAYFINDER_OIDC_PROVIDERS\[0\]\.issuer: must be an https URL/,
    );
    const { clientSecret: _secret, ...noSecret } = google;
    expect(() => load([noSecret])).toThrow(
      /\[0\]\.clientSecret: .*WAYFINDER_OIDC_GOOGLE_CLIENT_SECRET/,
    );
    expect(() => load([google, google])).toThrow(/ids must differ/);
    expect(load([{ ...google, issuer: 'http://127.0.0.1:4000' }])).toHaveLength(1);
    expect(() => load([{ ...google, subjectClaim: 'object id' }])).toThrow(
      /\[0\]\.subjectClaim: must be the name of an id token claim/,
    );
    expect(load([{ ...google, subjectClaim: 'oid' }])[0]!.subjectClaim).toBe('oid');
  });
});
