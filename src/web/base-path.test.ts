import { describe, expect, it } from 'vitest';
import { appUrl, basePathOf } from './base-path.ts';

/** A page whose <meta name="wayfinder-base-path"> says `content` (none when undefined). */
function pageWith(content: string | undefined) {
  return {
    querySelector: (selector: string) =>
      content !== undefined && selector === 'meta[name="wayfinder-base-path"]'
        ? ({ getAttribute: (name: string) => (name === 'content' ? content : null) } as Element)
        : null,
  };
}

describe('basePathOf', () => {
  it('reads the prefix the server wrote into the page', () => {
    expect(basePathOf(pageWith('/wayfinder'))).toBe('/wayfinder');
    expect(basePathOf(pageWith('/apps/career-pathways'))).toBe('/apps/career-pathways');
  });

  it('is the root without a page, without the <meta>, or with a value of another shape', () => {
    expect(basePathOf(undefined)).toBe('');
    expect(basePathOf(pageWith(undefined))).toBe('');
    expect(basePathOf(pageWith(''))).toBe('');
    for (const odd of ['wayfinder', '/wayfinder/', '//evil.example', '/a b', 'https://x.org/w'])
      expect(basePathOf(pageWith(odd)), odd).toBe('');
  });
});

describe('appUrl', () => {
  it('puts addresses of the site under the prefix', () => {
    expect(appUrl('/api/v1/clusters?lang=es', '/wayfinder')).toBe(
      '/wayfinder/api/v1/clusters?lang=es',
    );
    expect(appUrl('/api/docs', '')).toBe('/api/docs');
  });

  it('leaves other sites and relative addresses alone', () => {
    expect(appUrl('https://www.onetcenter.org/', '/wayfinder')).toBe('https://www.onetcenter.org/');
    expect(appUrl('//cdn.example/x.js', '/wayfinder')).toBe('//cdn.example/x.js');
    expect(appUrl('#main', '/wayfinder')).toBe('#main');
  });
});
