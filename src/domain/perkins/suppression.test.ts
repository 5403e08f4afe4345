import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverable, suppress, type Relation } from './suppression.ts';

/** A table of rows × columns with row totals, column totals and a grand total, as cells and relations. */
function table(values: number[][]) {
  const cells = new Map<string, number>();
  const relations: Relation[] = [];
  const cols = values[0]!.length;
  values.forEach((row, r) => {
    row.forEach((v, c) => cells.set(`${r},${c}`, v));
    cells.set(
      `${r},T`,
      row.reduce((a, b) => a + b, 0),
    );
    relations.push({ total: `${r},T`, parts: row.map((_, c) => `${r},${c}`) });
  });
  for (let c = 0; c < cols; c++) {
    cells.set(
      `T,${c}`,
      values.reduce((a, row) => a + row[c]!, 0),
    );
    relations.push({ total: `T,${c}`, parts: values.map((_, r) => `${r},${c}`) });
  }
  const grand = [...cells].filter(([k]) => k.endsWith(',T')).reduce((a, [, v]) => a + v, 0);
  cells.set('T,T', grand);
  relations.push({ total: 'T,T', parts: values.map((_, r) => `${r},T`) });
  relations.push({ total: 'T,T', parts: Array.from({ length: cols }, (_, c) => `T,${c}`) });
  return { cells, relations };
}

describe('suppress', () => {
  it('hides another part before the total, so a headline total stays published', () => {
    // A district of three schools: 4 is small; its complement is the next school, not the total.
    const cells = new Map([
      ['district', 84],
      ['a', 4],
      ['b', 50],
      ['c', 30],
    ]);
    const hidden = suppress(cells, [{ total: 'district', parts: ['a', 'b', 'c'] }], 10);
    expect([...hidden].sort()).toEqual(['a', 'c']);
    // With one school, nothing but the total is left to hide.
    const one = new Map([
      ['district', 4],
      ['state', 4],
    ]);
    expect(suppress(one, [{ total: 'state', parts: ['district'] }], 10)).toEqual(
      new Set(['district', 'state']),
    );
  });

  it('hides a small cell and the next smallest of its row and column', () => {
    const { cells, relations } = table([
      [40, 3, 50],
      [30, 20, 60],
    ]);
    const hidden = suppress(cells, relations, 10);
    expect(hidden.has('0,1')).toBe(true);
    expect(hidden.has('1,1')).toBe(true); // next smallest in column 1
    expect(hidden.has('0,0')).toBe(true); // next smallest in row 0
    expect(hidden.has('1,0')).toBe(true); // row 1 now has one hidden cell, then column 0 closes
    expect(hidden.has('0,2')).toBe(false);
    expect(recoverable(cells, relations, hidden).size).toBe(0);
  });
  it('leaves a table without small cells alone', () => {
    const { cells, relations } = table([
      [40, 30],
      [30, 20],
    ]);
    expect(suppress(cells, relations, 10).size).toBe(0);
  });
  it('the threshold is a setting', () => {
    const { cells, relations } = table([[12, 40]]);
    expect(suppress(cells, relations, 10).size).toBe(0);
    expect(suppress(cells, relations, 15).has('0,0')).toBe(true);
  });
  it('hides the total when it is the only other cell of a relation', () => {
    const cells = new Map([
      ['all', 4],
      ['only', 4],
    ]);
    const hidden = suppress(cells, [{ total: 'all', parts: ['only'] }], 3);
    expect(hidden.size).toBe(0);
    expect([...suppress(cells, [{ total: 'all', parts: ['only'] }], 10)].sort()).toEqual([
      'all',
      'only',
    ]);
  });
});

describe('suppress, for any table', () => {
  it('hides every cell under the threshold, and no hidden cell can be worked out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((cols) =>
          fc.array(fc.array(fc.nat({ max: 60 }), { minLength: cols, maxLength: cols }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        fc.integer({ min: 1, max: 20 }),
        (values, threshold) => {
          const { cells, relations } = table(values);
          const hidden = suppress(cells, relations, threshold);
          for (const [k, v] of cells) if (v < threshold) expect(hidden.has(k)).toBe(true);
          expect([...recoverable(cells, relations, hidden)]).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
