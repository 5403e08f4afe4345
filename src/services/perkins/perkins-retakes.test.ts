/**
 * Perkins credits of courses taken more than once, on both engines: the count statement
 * (src/db/perkins-count-query.ts) against the pure rules (status.ts countedCourses), on
 * hand-worked students and on many drawn ones. Texas-like profile (a concentrator has two courses
 * for two credits in one program), school year 2025–26, software development at rhs (CTE-IT-100,
 * CTE-IT-210, CTE-IT-310 in the demo catalog):
 *
 * - R1: IT-100 S1 failed and S2 passed in 2023–24, S1 passed again in 2024–25 (1 credit);
 *   IT-210 passed 2024–25 (1) → concentrator.
 * - R2: IT-100 passed with a D in 2023–24 and again with an A in 2024–25 (1, not 2); IT-210 S1
 *   passed 2025–26 (0.5) → participant.
 * - R3: IT-100 passed with a D in 2023–24, S1 retaken 2024–25 (1); IT-210 2025–26 (1) →
 *   concentrator.
 * - R4: IT-100 S1 and S2 passed in 2025–26 (1); IT-210 2025–26 (1) → concentrator.
 * - R5: IT-100 S1 failed and S2 passed in 2024–25, S1 passed in 2026–27, after the school year
 *   (0.5); IT-210 2025–26 (1) → participant.
 * - R6: IT-100 passed in 2023–24, when an S1 section of it was also left (withdrawn: that year
 *   offered 1.5), and passed again in 2024–25: whole tries of 1 fit 1.5 once (1, not 1.5);
 *   IT-210 S1 passed 2025–26 (0.5) → participant.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { importPerkinsRecords, openPerkinsWorld } from '../../../test/perkins-world.ts';
import type { TPerkinsProfile } from '../../contracts/perkins.ts';
import { ALL_STUDENTS } from '../../domain/perkins/aggregate.ts';
import { PERKINS_PROFILES, perkinsProfile } from '../../domain/perkins/profiles.ts';
import type { Runtime } from '../../runtime.ts';
import { queryCounts, sorted, specification } from './test-specification.ts';

const YEAR = 2026;
const SOFTWARE = 'riverside-software-development';
const CODES = ['CTE-IT-100', 'CTE-IT-210', 'CTE-IT-310', 'CTE-HS-100', 'CTE-HS-210'];
type Result = 'pass' | 'fail' | 'withdrawn' | 'incomplete' | 'in_progress';

/** One transcript line: a semester (s1, s2) is half a credit, a year one credit. */
const line = (id: string, year: number, term: string, code: string, result: Result, grade = '') => {
  const credits = term === 'year' ? 1 : 0.5;
  const earned = result === 'pass' ? credits : 0;
  const mark = result === 'pass' ? grade || 'B' : result === 'fail' ? 'F' : '';
  return `${id},rhs,${year - 1}-${String(year).slice(2)},${term},${code},${code},,${credits},${earned},${mark},${result}`;
};

const HAND = [
  line('R1', 2024, 's1', 'CTE-IT-100', 'fail'),
  line('R1', 2024, 's2', 'CTE-IT-100', 'pass'),
  line('R1', 2025, 's1', 'CTE-IT-100', 'pass'),
  line('R1', 2025, 'year', 'CTE-IT-210', 'pass'),
  line('R1', 2026, 'year', 'CTE-IT-310', 'in_progress'),
  line('R2', 2024, 'year', 'CTE-IT-100', 'pass', 'D'),
  line('R2', 2025, 'year', 'CTE-IT-100', 'pass', 'A'),
  line('R2', 2026, 's1', 'CTE-IT-210', 'pass'),
  line('R3', 2024, 'year', 'CTE-IT-100', 'pass', 'D'),
  line('R3', 2025, 's1', 'CTE-IT-100', 'pass', 'A'),
  line('R3', 2026, 'year', 'CTE-IT-210', 'pass'),
  line('R4', 2026, 's1', 'CTE-IT-100', 'pass'),
  line('R4', 2026, 's2', 'CTE-IT-100', 'pass'),
  line('R4', 2026, 'year', 'CTE-IT-210', 'pass'),
  line('R5', 2025, 's1', 'CTE-IT-100', 'fail'),
  line('R5', 2025, 's2', 'CTE-IT-100', 'pass'),
  line('R5', 2027, 's1', 'CTE-IT-100', 'pass'),
  line('R5', 2026, 'year', 'CTE-IT-210', 'pass'),
  line('R6', 2024, 'year', 'CTE-IT-100', 'pass'),
  line('R6', 2024, 's1', 'CTE-IT-100', 'withdrawn'),
  line('R6', 2025, 'year', 'CTE-IT-100', 'pass'),
  line('R6', 2026, 's1', 'CTE-IT-210', 'pass'),
];

/** Drawn students: tries of a few CTE courses by semester or year, passed or not. */
const arbStudent = fc.uniqueArray(
  fc.record({
    year: fc.integer({ min: 2023, max: 2027 }),
    term: fc.constantFrom('s1', 's2', 'year'),
    code: fc.constantFrom(...CODES),
    result: fc.constantFrom<Result>('pass', 'pass', 'pass', 'fail', 'withdrawn', 'incomplete'),
  }),
  { minLength: 1, maxLength: 9, selector: (t) => `${t.year}|${t.term}|${t.code}` },
);

/** Credit rules where halves matter: 1.5 credits make a concentrator, 2.5 a completer. */
const halves: TPerkinsProfile = {
  ...perkinsProfile('texas-like')!,
  id: 'halves',
  concentrator: { minCourses: 2, minCredits: 1.5 },
  completer: { minCourses: 2, minCredits: 2.5 },
};

describe.each(testEngines())('Perkins credits of retaken courses on $name', (engine) => {
  let runtime: Runtime;

  const counts = (profile: TPerkinsProfile) => queryCounts(runtime, profile, YEAR);

  const load = (ids: string[], lines: string[]) =>
    importPerkinsRecords(runtime, { students: ids, transcripts: lines });

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    await load(['R1', 'R2', 'R3', 'R4', 'R5', 'R6'], HAND);
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('counts the hand-worked students as worked out by hand', async () => {
    const rows = await counts(perkinsProfile('texas-like')!);
    const software = rows.find(
      (r) => r.schoolId === 'rhs' && r.programKey === SOFTWARE && r.group === ALL_STUDENTS,
    );
    expect(software).toMatchObject({ participants: 6, concentrators: 3 });
    expect(sorted(rows)).toEqual(sorted(await specification(runtime, 'texas-like')));
  });

  it('gives the pure rules’ numbers for any semester and year retakes', async () => {
    let next = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbStudent, { minLength: 1, maxLength: 6 }), async (drawn) => {
        const ids = drawn.map(() => `D${(next += 1)}`);
        const lines = drawn.flatMap((tries, i) =>
          tries.map((t) => line(ids[i]!, t.year, t.term, t.code, t.result)),
        );
        await load(ids, lines);
        for (const profile of [halves, ...PERKINS_PROFILES.values()])
          expect(sorted(await counts(profile))).toEqual(
            sorted(await specification(runtime, profile)),
          );
      }),
      { numRuns: 12 },
    );
  }, 600_000);
});
