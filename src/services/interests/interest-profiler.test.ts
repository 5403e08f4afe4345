/**
 * The profiler keeps its occupation snapshot and its results view between requests without
 * asking the framework catalog each time; a change to the framework still shows at once.
 */
import { describe, expect, it } from 'vitest';
import { profilerWorld as world } from '../../../test/profiler-world.ts';
import { PROFILER_ITEMS } from '../../data/interest-items/index.ts';

// Social first: the one occupation and its pathway fit.
const answers = Object.fromEntries(
  PROFILER_ITEMS[60].map((item) => [item.id, item.area === 'S' ? 5 : item.area === 'I' ? 4 : 2]),
);

describe('InterestProfiler', () => {
  it('answers from what it keeps, and shows a framework change at once', async () => {
    const { names, frameworks, profiler } = world();
    const first = JSON.parse(String(await profiler.resultsBody({ form: 60, answers }, 'en')));
    expect(first.pathways).toMatchObject([{ code: '08-05', title: 'Nursing' }]);
    const reads = names.reads;
    await profiler.resultsBody({ form: 60, answers: { ...answers, 'IP60-01': 3 } }, 'en');
    expect(names.reads).toBe(reads);
    names.pathway = 'Nursing Services';
    frameworks.invalidate();
    const after = JSON.parse(String(await profiler.resultsBody({ form: 60, answers }, 'en')));
    expect(after.pathways).toMatchObject([{ code: '08-05', title: 'Nursing Services' }]);
    expect((await profiler.results({ form: 60, answers }, 'en')).pathways[0]?.title).toBe(
      'Nursing Services',
    );
  });

  it('keeps an answer from the second time it is asked for, not the first', async () => {
    const { profiler } = world();
    const request = { form: 60 as const, answers };
    const first = await profiler.resultsBody(request, 'en');
    const second = await profiler.resultsBody(request, 'en');
    const third = await profiler.resultsBody(request, 'en');
    // Worked out again the second time (the first was not kept), the same bytes each time.
    expect(second).not.toBe(first);
    expect(second.equals(first)).toBe(true);
    expect(third).toBe(second);
    // Another language or form is another answer.
    expect(await profiler.resultsBody(request, 'es')).not.toBe(third);
  });
});
