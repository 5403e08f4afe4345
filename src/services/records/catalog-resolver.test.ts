import { describe, expect, it } from 'vitest';
import { catalogResolver } from './catalog-resolver.ts';

describe('catalogResolver', () => {
  const resolve = catalogResolver(
    new Map([
      ['02052', null],
      ['ENG 9', null],
      ['ART1', null],
      ['ART 1', null],
    ]),
  );

  it("finds the catalog's spelling of a code written another way", () => {
    expect(resolve('2052')).toBe('02052');
    expect(resolve('ENG-9')).toBe('ENG 9');
    expect(resolve('ENG9')).toBe('ENG 9');
  });

  it('leaves a known code, an unknown one and an ambiguous one as they are', () => {
    expect(resolve('ENG 9')).toBeUndefined();
    expect(resolve('ENG 10')).toBeUndefined();
    // Two catalog courses share the key: no guess.
    expect(resolve('ART-1')).toBeUndefined();
  });
});
