import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slabCopy } from './byte-slab.ts';

describe('slabCopy', () => {
  it('copies the bytes, and later copies never change earlier ones', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 300 }),
            fc.uint8Array({ minLength: 3_000, maxLength: 20_000 }),
          ),
          { maxLength: 60 },
        ),
        (arrays) => {
          const copies = arrays.map((bytes) => slabCopy(bytes));
          arrays.forEach((bytes, i) => {
            expect(copies[i]!.equals(bytes)).toBe(true);
            expect(copies[i]!.buffer).not.toBe(bytes.buffer);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
