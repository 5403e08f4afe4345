import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockBound, makeBlocks } from './match-blocks.ts';

/** A unit vector with zero mean (as every occupation's and student's deviations are). */
const unitVector = fc
  .array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 })
  .map((v) => {
    const mean = v.reduce((a, b) => a + b, 0) / 6;
    const d = v.map((x) => x - mean);
    const length = Math.hypot(...d);
    return length < 1e-6 ? null : d.map((x) => x / length);
  })
  .filter((v): v is number[] => v !== null);

/** Occupations' unit vectors, some of them repeated or nearly so, each with a zone bucket. */
const occupations = fc.array(fc.tuple(unitVector, fc.integer({ min: 0, max: 2 })), {
  minLength: 1,
  maxLength: 120,
});

describe('match blocks', () => {
  it('hold every occupation once, each block in one zone', () => {
    fc.assert(
      fc.property(occupations, (list) => {
        const unit = Float64Array.from(list.flatMap(([u]) => u));
        const zoneOf = Int32Array.from(list, ([, z]) => z);
        const blocks = makeBlocks(unit, zoneOf, 3);
        expect([...blocks.member].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
        for (let b = 0; b < blocks.zone.length; b++) {
          expect(blocks.start[b + 1]!).toBeGreaterThan(blocks.start[b]!);
          for (let j = blocks.start[b]!; j < blocks.start[b + 1]!; j++) {
            const i = blocks.member[j]!;
            expect(zoneOf[i]).toBe(blocks.zone[b]);
            for (let k = 0; k < 6; k++)
              expect(blocks.unit32[j * 6 + k]).toBe(Math.fround(unit[i * 6 + k]!));
          }
        }
        expect(blocks.start[blocks.zone.length]).toBe(list.length);
      }),
    );
  });

  it("bound every member's fit from above, for any student", () => {
    fc.assert(
      fc.property(
        occupations,
        fc.array(unitVector, { minLength: 1, maxLength: 10 }),
        (list, es) => {
          const unit = Float64Array.from(list.flatMap(([u]) => u));
          const blocks = makeBlocks(
            unit,
            Int32Array.from(list, ([, z]) => z),
            3,
          );
          for (const e of es) {
            const [e0, e1, e2, e3, e4, e5] = e as [number, number, number, number, number, number];
            for (let b = 0; b < blocks.zone.length; b++) {
              const bound = blockBound(blocks, b, e0, e1, e2, e3, e4, e5);
              for (let j = blocks.start[b]!; j < blocks.start[b + 1]!; j++) {
                const i = blocks.member[j]!;
                let r = 0;
                for (let k = 0; k < 6; k++) r += e[k]! * unit[i * 6 + k]!;
                expect(r).toBeLessThanOrEqual(bound);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bound every member for a student along or opposite a block centre or an occupation, where sines lose digits', () => {
    fc.assert(
      fc.property(occupations, (list) => {
        const unit = Float64Array.from(list.flatMap(([u]) => u));
        const blocks = makeBlocks(
          unit,
          Int32Array.from(list, ([, z]) => z),
          3,
        );
        const along = [
          ...Array.from({ length: blocks.zone.length }, (_, c) =>
            blocks.centre.subarray(c * 6, c * 6 + 6),
          ),
          ...list.map(([u]) => u),
        ].map((v) => Array.from(v));
        for (const v of along) {
          for (const e of [v, v.map((x) => -x)]) {
            const [e0, e1, e2, e3, e4, e5] = e as [number, number, number, number, number, number];
            for (let b = 0; b < blocks.zone.length; b++) {
              const bound = blockBound(blocks, b, e0, e1, e2, e3, e4, e5);
              for (let j = blocks.start[b]!; j < blocks.start[b + 1]!; j++) {
                const i = blocks.member[j]!;
                let r = 0;
                for (let k = 0; k < 6; k++) r += e[k]! * unit[i * 6 + k]!;
                expect(r).toBeLessThanOrEqual(bound);
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pass over far blocks: a bound well below 1 for a student opposite a tight block', () => {
    const u = [1, -1, 0, 0, 0, 0].map((x) => x / Math.SQRT2);
    const v = [1, -0.9, -0.1, 0, 0, 0];
    const lv = Math.hypot(...v);
    const unit = Float64Array.from([...u, ...v.map((x) => x / lv)]);
    const blocks = makeBlocks(unit, new Int32Array(2), 1);
    expect(blocks.zone.length).toBe(1);
    const e = u.map((x) => -x) as [number, number, number, number, number, number];
    expect(blockBound(blocks, 0, ...e)).toBeLessThan(-0.9);
  });
});
