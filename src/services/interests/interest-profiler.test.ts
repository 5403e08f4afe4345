/**
 * The profiler keeps its occupation snapshot and its results view between requests without
 * asking the framework catalog each time; a change to the framework still shows at once.
 */
import { describe, expect, it } from 'vitest';
import { PROFILER_ITEMS } from '../../data/interest-items/index.ts';
import type { FrameworkRepository } from '../../db/framework-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import { FrameworkCatalog } from '../framework-catalog.ts';
import { InterestProfiler } from './interest-profiler.ts';

const t = (en: string) => ({ en, es: `${en} (es)` });

function world() {
  const names = { pathway: 'Nursing', reads: 0 };
  const repo = {
    listFrameworks: async () => [
      {
        id: 'f',
        version: '1',
        title: t('F'),
        description: t('d'),
        source: 's',
        isDefault: true,
        clusterCount: 1,
        pathwayCount: 1,
      },
    ],
    findDefaultFrameworkId: async () => 'f',
    listClusters: async () => [
      { frameworkId: 'f', code: '08', title: t('Health'), description: t('h'), pathwayCount: 1 },
    ],
    listPathways: async () => (
      names.reads++,
      [
        {
          frameworkId: 'f',
          code: '08-05',
          clusterCode: '08',
          title: t(names.pathway),
          description: t('p'),
          clusterTitle: t('Health'),
        },
      ]
    ),
  } as unknown as FrameworkRepository;
  const frameworks = new FrameworkCatalog({ repo });
  const row: OccupationRow = {
    code: '29-1141.00',
    socCode: '29-1141',
    title: t('Registered Nurses'),
    description: t('Care for patients.'),
    jobZone: 3,
    riasec: { R: 2, I: 4, A: 2, S: 7, E: 3, C: 4 },
    interestCode: 'SIC',
    brightOutlook: true,
    brightOutlookSourceId: null,
    sourceId: 'onet',
    medianAnnualWage: 90_000,
    wageTopCoded: false,
    employment: null,
    growthPct: 5,
    annualOpenings: null,
    entryEducation: null,
    wageSourceId: null,
    projectionSourceId: null,
  };
  const profiler = new InterestProfiler({
    items: PROFILER_ITEMS,
    frameworks,
    repo: {
      occupationsWithInterests: async () => [row],
      pathwayLinks: async () => [{ occupation: row.code, pathway: '08-05' }],
    },
    sources: async () => [],
  });
  return { names, frameworks, profiler };
}

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
