import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageCount, pageQuery, pageWindow } from './caseload-pages.ts';

describe('the caseload pager', () => {
  it('links the first, the last and the pages around the current one', () => {
    expect(pageWindow(1, 0)).toEqual([]);
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 2)).toEqual([1, 2]);
    expect(pageWindow(1, 9)).toEqual([1, 2, null, 9]);
    expect(pageWindow(5, 9)).toEqual([1, null, 4, 5, 6, null, 9]);
    expect(pageWindow(3, 9)).toEqual([1, 2, 3, 4, null, 9]);
    expect(pageWindow(9, 9)).toEqual([1, null, 8, 9]);
    expect(pageWindow(4, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('always offers the current page and its neighbours, in order, without repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 600 }), (p, c) => {
        const current = Math.min(Math.max(c, 1), p);
        const numbers = pageWindow(current, p).filter((n): n is number => n !== null);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        for (const n of [1, p, current - 1, current, current + 1])
          if (n >= 1 && n <= p) expect(numbers).toContain(n);
        expect(numbers.length).toBeLessThanOrEqual(7);
      }),
    );
  });

  it("keeps the list's filters in another page's address; page 1 has no page", () => {
    const params = new URLSearchParams('signal=no_plan&sort=name&page=3&pageSize=10');
    expect(pageQuery(params, 4)).toBe('?signal=no_plan&sort=name&page=4&pageSize=10');
    expect(pageQuery(params, 1)).toBe('?signal=no_plan&sort=name&pageSize=10');
    expect(pageQuery(new URLSearchParams(), 2)).toBe('?page=2');
    expect(pageQuery(new URLSearchParams('page=2'), 1)).toBe('?');
  });

  it('counts pages, one at least', () => {
    expect([0, 1, 50, 51, 425].map((n) => pageCount(n, 50))).toEqual([1, 1, 1, 2, 9]);
  });
});
