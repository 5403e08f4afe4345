/**
 * A framework with one pathway and one occupation, read through a catalog whose pathway title
 * the test can change (`names.pathway`, then `frameworks.invalidate()`): for the profiler's tests.
 */
import { PROFILER_ITEMS } from '../src/data/interest-items/index.ts';
import type { FrameworkRepository } from '../src/db/framework-repository.ts';
import type { OccupationRow } from '../src/db/occupation-rows.ts';
import { FrameworkCatalog } from '../src/services/framework-catalog.ts';
import { InterestProfiler } from '../src/services/interests/interest-profiler.ts';
import type { ScoringThread } from '../src/services/interests/scoring-thread.ts';

const t = (en: string) => ({ en, es: `${en} (es)` });

export function profilerWorld(options: { scoring?: ScoringThread } = {}) {
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
    ...options,
  });
  return { names, frameworks, profiler };
}
