/**
 * Test factory: loads a few occupations with O*NET-style interest (OI) scores, job zones, pathway
 * links and wages through the ordinary import path, so interest matching has something to match.
 * The scores are made up for tests; they are not O*NET's.
 */
import { DEFAULT_FRAMEWORK_ID, frameworks } from '../src/data/index.ts';
import type { Runtime } from '../src/runtime.ts';
import { seedFrameworks } from '../src/services/seed.ts';
import { runImport } from '../src/services/occupations/run-import.ts';

export interface TestOccupation {
  code: string;
  title: string;
  jobZone: number;
  /** R I A S E C, 1–7 */
  oi: [number, number, number, number, number, number];
  pathways: string[];
  wage?: number;
}

/** Six occupations of distinct shapes across four clusters. */
export const TEST_OCCUPATIONS: TestOccupation[] = [
  {
    code: '47-2031.00',
    title: 'Carpenters',
    jobZone: 2,
    oi: [7, 3, 3, 2, 3, 3],
    pathways: ['02-01'],
    wage: 56350,
  },
  {
    code: '17-2051.00',
    title: 'Civil Engineers',
    jobZone: 4,
    oi: [6, 6, 3, 2, 3, 4],
    pathways: ['02-02'],
    wage: 95890,
  },
  {
    code: '29-1141.00',
    title: 'Registered Nurses',
    jobZone: 3,
    oi: [3, 5, 2, 7, 3, 3],
    pathways: ['08-05'],
    wage: 86070,
  },
  {
    code: '21-1012.00',
    title: 'Educational, Guidance, and Career Counselors and Advisors',
    jobZone: 5,
    oi: [1, 3, 3, 7, 4, 3],
    pathways: ['05-01'],
    wage: 61710,
  },
  {
    code: '15-1252.00',
    title: 'Software Developers',
    jobZone: 4,
    oi: [3, 7, 4, 2, 3, 5],
    pathways: ['11-04'],
    wage: 132270,
  },
  {
    code: '43-3031.00',
    title: 'Bookkeeping, Accounting, and Auditing Clerks',
    jobZone: 3,
    oi: [1, 3, 1, 2, 3, 7],
    pathways: ['04-02'],
    wage: 47440,
  },
];

export async function loadInterestOccupations(
  runtime: Runtime,
  occupations: TestOccupation[] = TEST_OCCUPATIONS,
): Promise<void> {
  const source = {
    id: 'test-interests@1',
    kind: 'onet',
    version: '1',
    title: 'Test interest scores',
    publisher: 'Wayfinder tests',
    url: 'https://example.test/',
    license: 'CC BY 4.0',
    attribution: 'Test data.',
  };
  await runImport(runtime.occupations.imports, {
    kind: 'onet',
    source,
    files: ['test'],
    rowsRead: occupations.length,
    skipped: 0,
    issues: [],
    data: {
      occupations: occupations.map((o) => ({
        code: o.code,
        title: { en: o.title },
        description: { en: `${o.title} (test)` },
        jobZone: o.jobZone,
        riasec: { R: o.oi[0], I: o.oi[1], A: o.oi[2], S: o.oi[3], E: o.oi[4], C: o.oi[5] },
        interestCode: null,
      })),
      pathwayLinks: occupations.flatMap((o) =>
        o.pathways.map((p, i) => ({
          frameworkId: 'nccf-16',
          pathwayCode: p,
          occupationCode: o.code,
          isPrimary: i === 0,
        })),
      ),
      wages: occupations
        .filter((o) => o.wage !== undefined)
        .map((o) => ({
          socCode: o.code.slice(0, 7),
          title: o.title,
          employment: 1000,
          medianAnnualWage: o.wage!,
          topCoded: false,
        })),
    },
  });
}

/**
 * The framework alone, without the shipped occupation data, so a test's own occupations are the
 * only ones there are.
 */
export async function seedFrameworkOnly(runtime: Runtime): Promise<void> {
  await seedFrameworks({
    repo: runtime.repos.framework,
    frameworks,
    defaultFrameworkId: DEFAULT_FRAMEWORK_ID,
  });
  runtime.catalog.invalidate();
}
