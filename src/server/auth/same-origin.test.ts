import { describe, expect, it } from 'vitest';
import { isSameOrigin, type SiteAddresses } from './same-origin.ts';

const direct: SiteAddresses = {
  host: '127.0.0.1:3000',
  forwardedHost: '127.0.0.1:3000',
  publicUrl: undefined,
};
/** nginx `proxy_set_header Host $host` in front of a site on port 8443: the port is dropped. */
const behindNginx: SiteAddresses = {
  host: 'apps.district.org',
  forwardedHost: 'apps.district.org',
  publicUrl: 'https://apps.district.org:8443/wayfinder',
};

describe('isSameOrigin', () => {
  it('lets a request without an Origin through (not a browser form post)', () => {
    expect(isSameOrigin(undefined, direct)).toBe(true);
  });

  it('matches the Host header, port included', () => {
    expect(isSameOrigin('http://127.0.0.1:3000', direct)).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:3001', direct)).toBe(false);
    expect(isSameOrigin('https://evil.example', direct)).toBe(false);
  });

  it("matches the public URL's origin when a proxy rewrote Host without the port", () => {
    expect(isSameOrigin('https://apps.district.org:8443', behindNginx)).toBe(true);
    // The scheme and the port are part of the origin.
    expect(isSameOrigin('http://apps.district.org:8443', behindNginx)).toBe(false);
    expect(isSameOrigin('https://apps.district.org:9443', behindNginx)).toBe(false);
    expect(isSameOrigin('https://other.district.org:8443', behindNginx)).toBe(false);
  });

  it('matches a default port given or left out', () => {
    const site = { ...behindNginx, publicUrl: 'https://apps.district.org:443/wayfinder' };
    expect(isSameOrigin('https://apps.district.org', site)).toBe(true);
  });

  it('matches the host a trusted proxy forwarded', () => {
    const site = {
      host: '127.0.0.1:3000',
      forwardedHost: 'apps.district.org:8443',
      publicUrl: undefined,
    };
    expect(isSameOrigin('https://apps.district.org:8443', site)).toBe(true);
    expect(isSameOrigin('https://apps.district.org', site)).toBe(false);
  });

  it('refuses an opaque or malformed Origin', () => {
    expect(isSameOrigin('null', direct)).toBe(false);
    expect(isSameOrigin('not a url', direct)).toBe(false);
    expect(isSameOrigin('file://', { ...direct, host: '' })).toBe(false);
  });
});
