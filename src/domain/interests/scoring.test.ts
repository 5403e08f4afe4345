import { describe, expect, it } from 'vitest';
import { PROFILER_ITEMS } from '../../data/interest-items/index.ts';
import type { ProfilerItem } from './profiler.ts';
import {
  answerProblem,
  highPointCode,
  profileChange,
  profileOf,
  scoreAnswers,
  type AreaScores,
} from './scoring.ts';

/** Answers from a string of digits in the form's order, as O*NET's web service takes them. */
const fromString = (items: readonly ProfilerItem[], digits: string) =>
  Object.fromEntries(items.map((item, i) => [item.id, Number(digits[i])]));

describe('interest profiler scoring', () => {
  it("scores O*NET's published sample answer string: R 27, I 13, A 23, S 25, E 14, C 14", () => {
    const items = PROFILER_ITEMS[60];
    const sample = '553421321134342523523523254115342111351145453111231155343444';
    const profile = profileOf(items, fromString(items, sample));
    expect(profile.scores).toEqual({ R: 27, I: 13, A: 23, S: 25, E: 14, C: 14 });
    expect(profile.max).toBe(40);
    expect(profile.code).toBe('RSA');
    expect(profile.flat).toBe(false);
  });

  it('gives 0–40 per area on the Short Form and 0–20 on the Mini-IP', () => {
    for (const [form, max] of [
      [60, 40],
      [30, 20],
    ] as const) {
      const items = PROFILER_ITEMS[form];
      const low = profileOf(items, fromString(items, '1'.repeat(items.length)));
      const high = profileOf(items, fromString(items, '5'.repeat(items.length)));
      expect(low.scores).toEqual({ R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 });
      expect(high.scores).toEqual({ R: max, I: max, A: max, S: max, E: max, C: max });
      expect(high.flat).toBe(true);
      expect(high.max).toBe(max);
    }
  });

  it('scores a hand-worked Mini-IP: each area summed as (answer − 1)', () => {
    // Mini-IP order is R I A S E C repeated five times; answer every R item 5, I 4, A 3, S 2,
    // E 1, C 2 → R 5×4 = 20, I 5×3 = 15, A 10, S 5, E 0, C 5.
    const items = PROFILER_ITEMS[30];
    const profile = profileOf(items, fromString(items, '543212'.repeat(5)));
    expect(profile.scores).toEqual({ R: 20, I: 15, A: 10, S: 5, E: 0, C: 5 });
    expect(profile.code).toBe('RIA');
  });

  it('breaks ties in RIASEC order and names the areas tied with the third letter', () => {
    const scores: AreaScores = { R: 10, I: 30, A: 20, S: 30, E: 20, C: 20 };
    expect(highPointCode(scores)).toEqual({ code: 'ISA', tied: ['E', 'C'] });
    expect(highPointCode({ R: 5, I: 5, A: 5, S: 5, E: 5, C: 5 })).toEqual({
      code: 'RIA',
      tied: ['S', 'E', 'C'],
    });
    expect(highPointCode({ R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 })).toEqual({
      code: 'CES',
      tied: [],
    });
  });

  it('names the first item with a missing or out-of-range answer, and strays', () => {
    const items = PROFILER_ITEMS[30];
    const all = fromString(items, '3'.repeat(30));
    expect(answerProblem(items, all)).toBeUndefined();
    const { ['MINI-07']: _gone, ...missing } = all;
    expect(answerProblem(items, missing)?.itemId).toBe('MINI-07');
    for (const bad of [0, 6, 2.5, '3', true]) {
      expect(answerProblem(items, { ...all, 'MINI-12': bad })).toEqual({
        itemId: 'MINI-12',
        message: 'Item MINI-12: the answer must be a whole number from 1 to 5.',
      });
    }
    expect(answerProblem(items, { ...all, 'IP60-02': 3 })?.itemId).toBe('IP60-02');
    expect(() => scoreAnswers(items, missing)).toThrow(
      expect.objectContaining({ code: 'invalid', field: 'answers.MINI-07' }),
    );
  });

  it('counts only answers of its own when looking for strays', () => {
    const items = PROFILER_ITEMS[30];
    const { ['MINI-01']: first, ...rest } = fromString(items, '3'.repeat(30));
    const answers = Object.assign(Object.create({ 'MINI-01': first }), rest, { 'X-1': 3 });
    expect(answerProblem(items, answers)).toEqual({
      itemId: 'X-1',
      message: 'This form has no item X-1.',
    });
  });

  it('scores in one pass what the plain sum gives, and refuses what answerProblem refuses', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const odd = [0, 6, 2.5, -0, '3', null, undefined, true, Number.NaN];
    for (const form of [60, 30] as const) {
      const items = PROFILER_ITEMS[form];
      for (let n = 0; n < 300; n++) {
        const entries = items.map((item) => [item.id, 1 + Math.floor(rnd() * 5)] as const);
        // In the form's order (scored by keys and values side by side) or shuffled (looked up).
        if (rnd() < 0.5) entries.sort(() => rnd() - 0.5);
        const answers: Record<string, unknown> = Object.fromEntries(entries);
        const change = Math.floor(rnd() * 5);
        const id = items[Math.floor(rnd() * items.length)]!.id;
        if (change === 1) answers[id] = odd[Math.floor(rnd() * odd.length)];
        if (change === 2) delete answers[id];
        if (change === 3) answers['IP60-99'] = 3;
        const problem = answerProblem(items, answers);
        if (problem) {
          expect(() => scoreAnswers(items, answers)).toThrow(
            expect.objectContaining({ field: `answers.${problem.itemId}` }),
          );
          continue;
        }
        const plain = { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 };
        for (const item of items) plain[item.area] += (answers[item.id] as number) - 1;
        expect(scoreAnswers(items, answers)).toEqual(plain);
      }
    }
    // Right answers in an object of another prototype are summed all the same.
    const valid = fromString(PROFILER_ITEMS[60], '12345'.repeat(12));
    expect(scoreAnswers(PROFILER_ITEMS[60], Object.assign(Object.create({}), valid))).toEqual(
      scoreAnswers(PROFILER_ITEMS[60], valid),
    );
    // Every item answered, one of them only by the prototype, and a stray of its own.
    const items = PROFILER_ITEMS[30];
    const { ['MINI-01']: first, ...rest } = fromString(items, '3'.repeat(30));
    const inherited = Object.assign(Object.create({ 'MINI-01': first }), rest, { 'X-1': 3 });
    expect(() => scoreAnswers(items, inherited)).toThrow(
      expect.objectContaining({ field: 'answers.X-1' }),
    );
  });

  it('orders every profile of a few levels as a sort by score, ties in RIASEC order, would', () => {
    const letters = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
    for (let n = 0; n < 3 ** 6; n++) {
      const scores = Object.fromEntries(
        letters.map((l, k) => [l, Math.floor(n / 3 ** k) % 3]),
      ) as AreaScores;
      const sorted = [...letters].sort(
        (a, b) => scores[b] - scores[a] || letters.indexOf(a) - letters.indexOf(b),
      );
      expect(highPointCode(scores)).toEqual({
        code: sorted.slice(0, 3).join(''),
        tied: sorted.slice(3).filter((l) => scores[l] === scores[sorted[2]!]),
      });
    }
  });

  it('measures how a profile moved across forms in percentage points of the maximum', () => {
    const before = { scores: { R: 10, I: 20, A: 0, S: 40, E: 5, C: 0 }, max: 40 };
    const after = { scores: { R: 10, I: 5, A: 10, S: 10, E: 5, C: 0 }, max: 20 };
    expect(profileChange(before, after)).toEqual({ R: 25, I: -25, A: 50, S: -50, E: 13, C: 0 });
  });
});
