/**
 * Perkins counts compare course codes by their key (domain/requirements/course-code-key.ts), on
 * both engines: a catalog written one way and transcripts or credits elsewhere written another
 * count as one course, in the count statement and in each student's own status. Federal profile,
 * school year 2025–26, Riverside High School's software development program. The catalog writes
 * its two courses "cte-it 100" and "CTE-IT 210" (changed after the import, so the stored attempts
 * keep the spellings below):
 *
 * - K1: "CTE-IT-100" and "cte-it210" passed here → concentrator.
 * - K2: "CTE-IT-100" passed, then "CTE-IT_100" passed again (one course, retaken) → participant.
 * - K3: "CTE-IT-100" passed here, "cte-it 210" as dual credit elsewhere → concentrator.
 * - K4: "CTE-IT-1000" and "CTE-IT-21" passed (other courses; no key of the program) → not counted.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  importPerkinsRecords,
  insertTransfers,
  openPerkinsWorld,
} from '../../../test/perkins-world.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import { ALL_STUDENTS } from '../../domain/perkins/aggregate.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import type { Runtime } from '../../runtime.ts';
import { myPerkinsStatus } from './my-status.ts';
import { queryCounts, sorted, specification } from './test-specification.ts';

const YEAR = 2026;
const SOFTWARE = 'riverside-software-development';

const line = (id: string, year: number, code: string) =>
  `${id},rhs,${year - 1}-${String(year).slice(2)},year,${code},${code},,1,1,B,pass`;

/** What each student's attempts are stored as, in the order written. */
const STORED: Record<string, string[]> = {
  K1: ['CTE-IT-100', 'cte-it210'],
  K2: ['CTE-IT-100', 'CTE-IT_100'],
  K3: ['CTE-IT-100'],
  K4: ['CTE-IT-1000', 'CTE-IT-21'],
};

describe.each(testEngines())('Perkins course codes by key on $name', (engine) => {
  let runtime: Runtime;
  let ids: Map<string, string>;
  const profile = perkinsProfile('federal')!;

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    const db = runtime.database.db;
    // Distinct codes as imported, one a year up to 2025–26 (so each student is enrolled in it and
    // K2 retakes the course the next year), then respelled as stored.
    const lines = Object.entries(STORED).flatMap(([id, codes]) =>
      codes.map((_, i) => line(id, YEAR - codes.length + 1 + i, `TMP-${id}-${i}`)),
    );
    ids = await importPerkinsRecords(runtime, {
      students: Object.keys(STORED),
      transcripts: lines,
    });
    for (const [id, codes] of Object.entries(STORED))
      for (const [i, code] of codes.entries())
        await db
          .updateTable('course_attempt')
          .set({ course_code: code })
          .where('student_id', '=', ids.get(id)!)
          .where('course_code', '=', `TMP-${id}-${i}`)
          .execute();
    await insertTransfers(runtime, [
      {
        id: 'tc-k3',
        studentId: ids.get('K3')!,
        kind: 'dual_credit',
        schoolYear: 2026,
        countsAs: { kind: 'course', code: 'cte-it 210' },
      },
    ]);
    const respell = (id: string, code: string) =>
      db
        .updateTable('course')
        .set({ doc: sql`doc || ${JSON.stringify({ stateCode: code })}::jsonb` })
        .where('id', '=', id)
        .execute();
    await respell('rhs-it-foundations', 'cte-it 100');
    await respell('rhs-python', 'CTE-IT 210');
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('counts the statement’s students as the pure rules do, spellings aside', async () => {
    const rows = await queryCounts(runtime, profile, YEAR);
    const software = rows.find(
      (r) => r.schoolId === 'rhs' && r.programKey === SOFTWARE && r.group === ALL_STUDENTS,
    );
    expect(software).toMatchObject({ participants: 3, concentrators: 2 });
    expect(sorted(rows)).toEqual(sorted(await specification(runtime, profile, YEAR)));
  });

  it.each([
    ['K1', 'concentrator'],
    ['K2', 'participant'],
    ['K3', 'concentrator'],
    ['K4', undefined],
  ])('%s: the student’s own status is %s', async (local, expected) => {
    const actor: Actor = {
      userId: ids.get(local)!,
      role: 'student',
      orgId: 'rhs',
      districtId: 'rusd',
      childIds: [],
      caseloadIds: [],
    };
    const mine = await myPerkinsStatus(runtime.perkins, { actor }, { year: YEAR, profile });
    expect(mine.programs.find((p) => p.programKey === SOFTWARE)?.status).toBe(expected);
  });
});
