/**
 * Results written on the scoring thread are the very bytes the main thread writes, follow a
 * change to the framework at once, and are written on the main thread whenever the thread
 * cannot take them (busy, closed), so no request waits on it or fails for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profilerWorld } from '../../../test/profiler-world.ts';
import { PROFILER_ITEMS } from '../../data/interest-items/index.ts';
import { createRuntime, type Runtime } from '../../runtime.ts';
import type { InterestProfiler } from './interest-profiler.ts';
import { ScoringThread } from './scoring-thread.ts';

type Request = Parameters<InterestProfiler['results']>[0];

/**
 * Asks until the thread has started and written an answer (it starts at the first ask), each
 * time with other scores: an answer asked for again may come from the profiler's cache.
 */
async function untilRunning(profiler: InterestProfiler, request: Request): Promise<void> {
  const thread = profiler.scoringThread!;
  const deadline = Date.now() + 30_000;
  for (let i = 0; thread.answered === 0; i++) {
    if (Date.now() > deadline) throw new Error('the scoring thread did not start');
    const item = PROFILER_ITEMS[request.form][i % request.form]!.id;
    const answers = { ...request.answers, [item]: 1 + ((request.answers[item]! + i) % 5) };
    await profiler.resultsBody({ ...request, answers }, 'en');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function answerSet(seed: number): Record<string, number> {
  let x = seed;
  const rnd = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Object.fromEntries(PROFILER_ITEMS[60].map((item) => [item.id, 1 + Math.floor(rnd() * 5)]));
}

describe('the scoring thread, on the shipped occupations', () => {
  let runtime: Runtime;
  let profiler: InterestProfiler;

  beforeAll(async () => {
    runtime = await createRuntime({ memory: true }, { scoringThread: true });
    await runtime.migrate();
    await runtime.seed();
    profiler = runtime.interests.profiler;
    await untilRunning(profiler, { form: 60, answers: answerSet(1) });
  }, 180_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('writes the same bytes as the main thread, for varied answers, narrowing and languages', async () => {
    const extras = [
      {},
      { jobZone: 3 },
      { entryLevel: 'high' as const },
      { limit: 5 },
      { limit: 200 },
    ];
    const before = profiler.scoringThread!.answered;
    for (let i = 0; i < 40; i++) {
      const flat = i === 7;
      const answers = flat
        ? Object.fromEntries(PROFILER_ITEMS[30].map((item) => [item.id, 3]))
        : answerSet(100 + i);
      const request: Request = { form: flat ? 30 : 60, answers, ...extras[i % extras.length] };
      const lang = i % 2 ? 'es' : 'en';
      const body = await profiler.resultsBody(request, lang);
      // Asked once before, so not kept: worked out again here, on the main thread.
      expect(String(body)).toBe(JSON.stringify(await profiler.results(request, lang)));
    }
    expect(profiler.scoringThread!.answered - before).toBe(40);
  });

  it('stops with the runtime, and answers are then written on the main thread', async () => {
    const other = await createRuntime({ memory: true }, { scoringThread: true });
    await other.migrate();
    await other.seed();
    const request: Request = { form: 60, answers: answerSet(7) };
    await untilRunning(other.interests.profiler, request);
    const thread = other.interests.profiler.scoringThread!;
    const asked = Array.from({ length: 20 }, (_, i) =>
      other.interests.profiler.resultsBody({ form: 60, answers: answerSet(500 + i) }, 'en'),
    );
    await thread.close();
    const bodies = await Promise.all(asked);
    const after = await other.interests.profiler.resultsBody(
      { form: 60, answers: answerSet(9) },
      'es',
    );
    expect(thread.running).toBe(false);
    expect(JSON.parse(String(after)).lang).toBe('es');
    for (const [i, body] of bodies.entries())
      expect(String(body)).toBe(
        JSON.stringify(
          await other.interests.profiler.results({ form: 60, answers: answerSet(500 + i) }, 'en'),
        ),
      );
    await other.close();
  }, 180_000);
});

describe('the scoring thread, on a framework that changes', () => {
  it('shows a change of pathway title at once, and takes nothing beyond what it can hold', async () => {
    const thread = new ScoringThread();
    const { names, frameworks, profiler } = profilerWorld({ scoring: thread });
    const answers = Object.fromEntries(
      PROFILER_ITEMS[60].map((item) => [item.id, item.area === 'S' ? 5 : 2]),
    );
    try {
      await untilRunning(profiler, { form: 60, answers });
      const first = JSON.parse(String(await profiler.resultsBody({ form: 60, answers }, 'en')));
      expect(first.pathways).toMatchObject([{ code: '08-05', title: 'Nursing' }]);
      names.pathway = 'Nursing Services';
      frameworks.invalidate();
      const written = thread.answered;
      const after = JSON.parse(
        String(
          await profiler.resultsBody({ form: 60, answers: { ...answers, 'IP60-02': 4 } }, 'en'),
        ),
      );
      expect(after.pathways).toMatchObject([{ code: '08-05', title: 'Nursing Services' }]);
      expect(thread.answered).toBe(written + 1);
    } finally {
      await thread.close();
    }
    const busy = new ScoringThread({ maxPending: 0 });
    try {
      const world = profilerWorld({ scoring: busy });
      for (let i = 0; i < 5; i++) await world.profiler.resultsBody({ form: 60, answers }, 'en');
      expect(busy.answered).toBe(0);
    } finally {
      await busy.close();
    }
  }, 60_000);

  it('writes on the main thread an answer larger than the thread may hand back', async () => {
    const answers = Object.fromEntries(
      PROFILER_ITEMS[60].map((item) => [item.id, item.area === 'S' ? 5 : 2]),
    );
    // Liking only realistic work: no pathway or occupation fits, so a shorter answer.
    const realistic = Object.fromEntries(
      PROFILER_ITEMS[60].map((item) => [item.id, item.area === 'R' ? 5 : 1]),
    );
    const plain = profilerWorld({}).profiler;
    const expected = String(await plain.resultsBody({ form: 60, answers }, 'es'));
    const shorter = String(await plain.resultsBody({ form: 60, answers: realistic }, 'es'));
    expect(shorter.length).toBeLessThan(expected.length - 100);
    // Room for the shorter answers, not for this one.
    const small = new ScoringThread({ slotBytes: expected.length - 1 });
    try {
      const { profiler } = profilerWorld({ scoring: small });
      await untilRunning(profiler, { form: 60, answers: realistic });
      const written = small.answered;
      expect(String(await profiler.resultsBody({ form: 60, answers }, 'es'))).toBe(expected);
      expect(small.answered).toBe(written);
    } finally {
      await small.close();
    }
  }, 60_000);
});
