import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReadCache } from './read-cache.ts';

/** A generation table in memory that counts how often it is read. */
function generations() {
  const rows = new Map([
    ['catalog', '1'],
    ['program', '1'],
  ]);
  const source = {
    reads: 0,
    rows,
    all: async () => {
      source.reads++;
      return new Map(rows);
    },
  };
  return source;
}

const ZText = z.object({ text: z.string() });

describe('ReadCache', () => {
  it('builds an answer once, shares it between concurrent askers, and reads the generations only after a write', async () => {
    const source = generations();
    const cache = new ReadCache({ generations: source });
    let builds = 0;
    const build = async () => ({ text: `built ${++builds}` });
    const answers = await Promise.all([1, 2, 3].map(() => cache.answer('k', ZText, build)));
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]!.body.toString()).toBe('{"text":"built 1"}');
    expect(source.reads).toBe(1);
    await cache.answer('k', ZText, build);
    expect(source.reads).toBe(1);

    // A write that bumps nothing: the generations are read again, the answer stays.
    cache.markStale();
    expect((await cache.answer('k', ZText, build)).body.toString()).toBe('{"text":"built 1"}');
    expect(source.reads).toBe(2);
    // A write that bumps a generation: the next answer is built again.
    source.rows.set('program', '2');
    cache.markStale();
    expect((await cache.answer('k', ZText, build)).body.toString()).toBe('{"text":"built 2"}');
    expect(builds).toBe(2);
  });

  it('keeps no more bytes than it is given, dropping the least recently used', async () => {
    const cache = new ReadCache({ generations: generations(), maxBytes: 10_000 });
    const big = async () => ({ text: 'x'.repeat(3000) });
    for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.answer(key, ZText, big);
    expect(cache.size).toBeLessThanOrEqual(10_000);
    const misses = cache.stats.misses;
    await cache.answer('e', ZText, big);
    expect(cache.stats.misses).toBe(misses);
    await cache.answer('a', ZText, big);
    expect(cache.stats.misses).toBe(misses + 1);
  });

  it('does not keep an answer whose building failed', async () => {
    const cache = new ReadCache({ generations: generations() });
    await expect(
      cache.answer('k', ZText, async () => {
        throw new Error('not found');
      }),
    ).rejects.toThrow('not found');
    expect((await cache.answer('k', ZText, async () => ({ text: 'ok' }))).body.toString()).toBe(
      '{"text":"ok"}',
    );
  });
});
