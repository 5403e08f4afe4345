import { describe, expect, it } from 'vitest';
import { ScoringRings, SLOT_BYTES, SLOTS, slotOf, type Ask } from './scoring-rings.ts';

describe('the memory shared with the scoring thread', () => {
  it('carries an ask whole as numbers: scores, limit and every narrowing', () => {
    const rings = new ScoringRings();
    const scores = { R: 0, I: 40, A: 7, S: 13, E: 40, C: 1 };
    let k = 2 ** 31 - 3;
    for (const jobZones of [undefined, [], [3], [1, 2], [4, 5], [1, 2, 3, 4, 5]])
      for (const limit of [0, 10, 200]) {
        const ask: Ask = { view: 4_294_967_294, form: 30, scores, asked: { jobZones, limit } };
        rings.writeAsk(k, ask);
        // Seen from another thread's view of the same memory.
        expect(new ScoringRings(SLOT_BYTES, rings.memory).readAsk(k)).toEqual(ask);
        k = (k + 1) | 0;
      }
  });

  it('puts ask k in slot k mod SLOTS, on past the int32 wrap', () => {
    const slots = [2 ** 31 - 2, 2 ** 31 - 1, -(2 ** 31), -(2 ** 31) + 1].map(slotOf);
    expect(slots).toEqual([SLOTS - 2, SLOTS - 1, 0, 1]);
    expect(slotOf(SLOTS * 3 + 5)).toBe(5);
  });

  it('carries an answer as its bytes, and says when one did not fit', () => {
    const rings = new ScoringRings();
    const other = new ScoringRings(SLOT_BYTES, rings.memory);
    const body = Buffer.from('{"title":"Enfermería — €"}');
    expect(rings.writeAnswer(5, body)).toBe(true);
    expect(Buffer.from(other.answer(5)!).equals(body)).toBe(true);
    expect(rings.writeAnswer(6, new Uint8Array(SLOT_BYTES + 1))).toBe(false);
    expect(other.answer(6)).toBeUndefined();
    expect(rings.writeAnswer(7, undefined)).toBe(false);
    expect(other.answer(7)).toBeUndefined();
    expect(other.answer(5 + SLOTS)!.length).toBe(body.length);
  });
});
