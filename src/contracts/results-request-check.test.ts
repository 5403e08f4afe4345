import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILER_ITEMS } from '../data/interest-items/index.ts';
import { ZResultsRequest } from './interests.ts';
import { checkResultsRequest } from './results-request-check.ts';

const ids = PROFILER_ITEMS[60].map((i) => i.id);

/** Values near the edges of what the schema accepts, and some of the wrong type. */
const answer = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
  fc.constantFrom(0, 6, -1, 2.5, 1e21, '3', null, true, [], {}, Number.NaN, Infinity),
);
const id = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ids) },
  fc.string({ maxLength: 18 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'x'.repeat(17)),
);
const answers = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(id, answer, { maxKeys: 70 }) },
  fc.constantFrom(null, [], 'x', 3, [3, 4]),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const request = fc.record(
  {
    form: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(60, 30) },
      fc.constantFrom(45, '60', null),
    ),
    answers,
    jobZone: optional(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(2.5, '2'))),
    entryLevel: optional(fc.constantFrom('semi', 'mid', 'high', 'low', 3)),
    limit: optional(fc.oneof(fc.integer({ min: -1, max: 202 }), fc.constantFrom(1.5, '20'))),
    extra: optional(fc.anything()),
  },
  { requiredKeys: [] },
);
/** What a request body is once parsed: JSON (no undefined, no NaN, no prototypes). */
const body = fc.oneof(
  { weight: 9, arbitrary: request.map((r) => JSON.parse(JSON.stringify(r)) as unknown) },
  fc.constantFrom(null, [], 'x', 7),
);

describe('checkResultsRequest against ZResultsRequest', () => {
  it('accepts exactly what the schema accepts, with the value the schema gives', () => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (data) => {
        const quick = checkResultsRequest(data);
        const full = ZResultsRequest.safeParse(data);
        expect(quick !== undefined).toBe(full.success);
        if (quick) {
          accepted++;
          expect(JSON.stringify(quick)).toBe(JSON.stringify(full.data));
        }
      }),
      { numRuns: 3000 },
    );
    // The arbitraries reach both verdicts often.
    expect(accepted).toBeGreaterThan(100);
  });

  it('drops an answer keyed __proto__ as the schema does, whatever its value', () => {
    for (const text of [
      '{"form":60,"answers":{"__proto__":1,"IP60-01":2}}',
      '{"form":30,"answers":{"IP60-01":2,"__proto__":"x"}}',
    ]) {
      const data = JSON.parse(text) as unknown;
      const quick = checkResultsRequest(data);
      expect(quick).toEqual(ZResultsRequest.parse(data));
      expect(Object.keys(quick!.answers)).toEqual(['IP60-01']);
      expect(Object.getPrototypeOf(quick!.answers)).toBe(Object.prototype);
    }
  });

  it('accepts a full set of answers with every option, and strips what the schema strips', () => {
    const answers = Object.fromEntries(ids.map((i, n) => [i, (n % 5) + 1]));
    const data = { limit: 5, entryLevel: 'mid', jobZone: 3, answers, form: 60, note: 'x' };
    expect(checkResultsRequest(data)).toEqual(ZResultsRequest.parse(data));
    expect(Object.keys(checkResultsRequest(data)!)).toEqual(
      Object.keys(ZResultsRequest.parse(data)),
    );
  });
});
