import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRuntime, type Runtime } from '../runtime.ts';
import { numberArray, numberOrNullArray, textArray } from './array-literal.ts';

describe('array literals', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await createRuntime({ memory: true });
  }, 60_000);
  afterAll(() => runtime.close());

  const roundTrip = async (literal: string, type: 'text' | 'float8' | 'int') => {
    const { rows } = await sql<{
      v: unknown[];
    }>`select ${literal}::${sql.raw(type)}[] as v`.execute(runtime.database.db);
    return rows[0]!.v;
  };

  it('keeps every string as text (quotes, backslashes, braces, commas, the word NULL) and null as NULL', async () => {
    const values = [
      'a',
      '',
      'NULL',
      'null',
      'say "hi"',
      'back\\slash',
      '{x,y}',
      ' pad ',
      'ñ €',
      null,
    ];
    expect(await roundTrip(textArray(values), 'text')).toEqual(values);
    expect(await roundTrip(textArray([]), 'text')).toEqual([]);
  });

  it('round-trips any string without NUL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\u0000')))),
        async (values) => {
          expect(await roundTrip(textArray(values), 'text')).toEqual(values);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('writes numbers exactly and refuses what is not finite', async () => {
    const values = [0, 1, 0.5, 2.25, 1e21, -3, 1 / 3];
    expect((await roundTrip(numberArray(values), 'float8')).map(Number)).toEqual(values);
    expect(await roundTrip(numberOrNullArray([9, null, 12]), 'int')).toEqual([9, null, 12]);
    expect(() => numberArray([Number.NaN])).toThrow(RangeError);
    expect(() => numberArray([Infinity])).toThrow(RangeError);
  });
});
