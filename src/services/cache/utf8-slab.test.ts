import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Bytes } from './utf8-slab.ts';

describe('utf8Bytes', () => {
  it('gives the bytes Buffer.from gives, and later texts never change earlier slices', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 300 }),
            fc.string({ unit: 'grapheme', maxLength: 3000 }),
            fc.string({ maxLength: 20_000 }),
          ),
          { maxLength: 60 },
        ),
        (texts) => {
          const slices = texts.map(utf8Bytes);
          texts.forEach((text, i) =>
            expect(slices[i]!.equals(Buffer.from(text, 'utf8'))).toBe(true),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
