import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonBytes, piece } from './json-bytes.ts';

type Part =
  { kind: 'piece'; text: string } | { kind: 'ascii'; text: string } | { kind: 'number'; n: number };

const part: fc.Arbitrary<Part> = fc.oneof(
  fc.record({ kind: fc.constant('piece' as const), text: fc.string({ unit: 'grapheme' }) }),
  fc.record({ kind: fc.constant('piece' as const), text: fc.string({ minLength: 17 }) }),
  fc.record({
    kind: fc.constant('ascii' as const),
    text: fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    }),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    n: fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.double(), fc.constant(-0)),
  }),
);

const textOf = (p: Part) => (p.kind === 'number' ? JSON.stringify(p.n) : p.text);

describe('JsonBytes', () => {
  it('writes the UTF-8 bytes of its parts put together, and answers never change each other', () => {
    const writer = new JsonBytes();
    fc.assert(
      fc.property(fc.array(fc.array(part, { maxLength: 40 }), { maxLength: 8 }), (answers) => {
        const written = answers.map((parts) => {
          const out = writer.start();
          for (const p of parts) {
            if (p.kind === 'piece') out.bytes(piece(p.text));
            else if (p.kind === 'ascii') out.ascii(p.text);
            else out.number(p.n);
          }
          return out.done();
        });
        answers.forEach((parts, i) =>
          expect(written[i]!.toString('utf8')).toBe(parts.map(textOf).join('')),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('grows past its first buffer, keeping what it has written', () => {
    const out = new JsonBytes().start();
    const chunk = piece('é'.repeat(10_000));
    for (let i = 0; i < 10; i++) out.bytes(chunk).ascii(',');
    const text = out.done().toString('utf8');
    expect(text).toBe(('é'.repeat(10_000) + ',').repeat(10));
  });
});
