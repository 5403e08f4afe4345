/**
 * Perkins counts with passes that earned no credit (domain/perkins/status.ts), on both engines:
 * the count statement (src/db/perkins-count-query.ts) against the pure rules, and against these
 * cases worked out by hand. Federal profile, school year 2025–26, Riverside High School's software
 * development program (CTE-IT-100, CTE-IT-210, CTE-IT-310, each one credit; CTE-IT-210 dual
 * credit). A withheld credit is a passing mark with 1 credit attempted and 0 earned; a course
 * carrying no credit has 0 attempted.
 *
 * - Z1: IT-100 passed; IT-210 passed, credit withheld → participant (one course completed).
 * - Z2: IT-100 passed; IT-210 passed carrying no credit → participant.
 * - Z3: IT-100 passed, credit withheld, only → not a participant (enrolled, no course completed).
 * - Z4: IT-100 withheld in 2024–25 and passed again in 2025–26; IT-210 passed → concentrator, 5S2.
 * - Z5: IT-100 and IT-310 passed; IT-210 withheld → concentrator without 5S2 (no dual credit).
 * - Z6: IT-100 passed here; IT-210 passed elsewhere (transfer credit), credit withheld →
 *   participant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { importPerkinsRecords, openPerkinsWorld } from '../../../test/perkins-world.ts';
import { ALL_STUDENTS } from '../../domain/perkins/aggregate.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import type { Runtime } from '../../runtime.ts';
import { queryCounts, sorted, specification } from './test-specification.ts';

const YEAR = 2026;
const SOFTWARE = 'riverside-software-development';
const STUDENTS = ['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6'];

/** A passed year-long course: earned as given (1 earned, 0 withheld), attempted 1 unless 0. */
const passed = (id: string, code: string, earned = 1, attempted = 1, year = '2025-26') =>
  [id, 'rhs', year, 'year', code, code, '', attempted, earned, earned > 0 ? 'B' : 'C', 'pass'].join(
    ',',
  );

const LINES = [
  passed('Z1', 'CTE-IT-100'),
  passed('Z1', 'CTE-IT-210', 0),
  passed('Z2', 'CTE-IT-100'),
  passed('Z2', 'CTE-IT-210', 0, 0),
  passed('Z3', 'CTE-IT-100', 0),
  passed('Z4', 'CTE-IT-100', 0, 1, '2024-25'),
  passed('Z4', 'CTE-IT-100'),
  passed('Z4', 'CTE-IT-210'),
  passed('Z5', 'CTE-IT-100'),
  passed('Z5', 'CTE-IT-310'),
  passed('Z5', 'CTE-IT-210', 0),
  passed('Z6', 'CTE-IT-100'),
];

describe.each(testEngines())(
  'Perkins counts with passes that earned no credit on $name',
  (engine) => {
    let runtime: Runtime;

    beforeAll(async () => {
      runtime = await openPerkinsWorld(engine);
      await importPerkinsRecords(runtime, {
        students: STUDENTS,
        transcripts: LINES,
        transfers: {
          Z6: [
            {
              id: 'tc-z6',
              creditsEarned: 0,
              grade: 'C',
              countsAs: { kind: 'course', code: 'CTE-IT-210' },
            },
          ],
        },
      });
    }, 600_000);
    afterAll(async () => {
      await runtime?.close();
    });

    it('counts a course only where it earned its credit, as worked out by hand', async () => {
      const rows = await queryCounts(runtime, perkinsProfile('federal')!, YEAR);
      const software = rows.find(
        (r) => r.schoolId === 'rhs' && r.programKey === SOFTWARE && r.group === ALL_STUDENTS,
      );
      expect(software).toMatchObject({ participants: 5, concentrators: 2, dualCredit: 1 });
    });

    it('gives the pure rules’ numbers, with and without a credit threshold', async () => {
      for (const name of ['federal', 'texas-like', 'nebraska-like']) {
        const p = perkinsProfile(name)!;
        expect(sorted(await queryCounts(runtime, p, YEAR)), name).toEqual(
          sorted(await specification(runtime, p, YEAR)),
        );
      }
    });
  },
);
