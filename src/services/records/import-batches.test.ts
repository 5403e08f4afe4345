/**
 * Large imports are written in batches of thousands of rows, all in one transaction: a bad row
 * in the middle of a file refuses the whole file (with its place), and a write that fails after
 * earlier batches went in rolls those back too. Planner statistics are refreshed after a load.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import type { RecordRepos, RecordsDeps } from './deps.ts';

type Upsert = RecordRepos['transcripts']['upsert'];
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { csv, recordsWorld, ROSTER_HEADER, TRANSCRIPT_HEADER } from './test-world.ts';

const STUDENTS = 100;
const COURSES = 120;
const roster = Array.from(
  { length: STUDENTS },
  (_, i) => `B${i},rhs,First${i},Last${i},b${i}@rusd.test,10,2028`,
);
/** 12,000 attempts: more than two upsert statements' worth. */
const attempts = roster.flatMap((_, s) =>
  Array.from({ length: COURSES }, (_, c) => `B${s},rhs,2025,year,X${c},Course ${c},,1,1,B,pass`),
);
const file = (rows: string[]) => ({ name: 'big.csv', text: csv(TRANSCRIPT_HEADER, rows) });

describe.each(testEngines())('batched imports on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  /** The records deps with each transcript upsert going through `wrap` (to fail a batch). */
  const withUpsert = (
    wrap: (rows: Parameters<Upsert>[0], upsert: Upsert) => ReturnType<Upsert>,
  ): RecordsDeps => ({
    ...runtime.records,
    transaction: (work) =>
      runtime.records.transaction((repos) => {
        const upsert = repos.transcripts.upsert.bind(repos.transcripts);
        repos.transcripts.upsert = (rows) => wrap(rows, upsert);
        return work(repos);
      }),
  });
  const count = async () =>
    Number(
      (
        await runtime.database.db
          .selectFrom('course_attempt')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('district_id', '=', 'rusd')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    await importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: csv(ROSTER_HEADER, roster) },
      district,
    );
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a file with one bad row in the middle, naming its place, and writes nothing', async () => {
    const rows = [...attempts];
    rows[7_000] = rows[7_000]!.replace(',B,pass', ',B,passed');
    await expect(
      importTranscripts(runtime.records, CLI, file(rows), district),
    ).rejects.toMatchObject({ code: 'invalid', field: 'big.csv:7002:11' });
    expect(await count()).toBe(0);
  }, 120_000);

  it('rolls back earlier batches when a later one fails in the database', async () => {
    let calls = 0;
    const failing = withUpsert(async (rows, upsert) => {
      calls += 1;
      if (calls === 2) throw new Error('the database refused a batch');
      return upsert(rows);
    });
    await expect(importTranscripts(failing, CLI, file(attempts), district)).rejects.toThrow(
      'the database refused a batch',
    );
    expect(calls).toBe(2);
    expect(await count()).toBe(0);
  }, 120_000);

  it('rolls back the first two batches when the third fails in the middle', async () => {
    let calls = 0;
    const failing = withUpsert(async (rows, upsert) => {
      calls += 1;
      if (calls < 3) return upsert(rows);
      // Half of the third batch goes in, then the database refuses the rest.
      await upsert(rows.slice(0, rows.length / 2));
      throw new Error('the database refused the third batch');
    });
    await expect(importTranscripts(failing, CLI, file(attempts), district)).rejects.toThrow(
      'the database refused the third batch',
    );
    expect(calls).toBe(3);
    expect(await count()).toBe(0);
  }, 120_000);

  it('imports every row once, refreshes the statistics, and a second run changes nothing', async () => {
    const first = await importTranscripts(runtime.records, CLI, file(attempts), district);
    expect(first).toMatchObject({ inserted: attempts.length, updated: 0 });
    const { rows } = await sql<{ tuples: number }>`
      select reltuples::float8 as tuples from pg_class where relname = 'course_attempt'`.execute(
      runtime.database.db,
    );
    expect(Number(rows[0]!.tuples)).toBeGreaterThanOrEqual(attempts.length * 0.9);
    const again = await importTranscripts(runtime.records, CLI, file(attempts), district);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: attempts.length });
    expect(await count()).toBe(attempts.length);
  }, 120_000);

  it('re-imports idempotently across batch boundaries: only changed rows are updated', async () => {
    // Rows on both sides of each batch boundary (5,000 and 10,000) change their grade.
    const changed = [4_999, 5_000, 9_999, 10_000];
    const rows = attempts.map((row, i) =>
      changed.includes(i) ? row.replace(',1,1,B,pass', ',1,1,A,pass') : row,
    );
    const edited = await importTranscripts(runtime.records, CLI, file(rows), district);
    expect(edited).toMatchObject({
      inserted: 0,
      updated: changed.length,
      unchanged: attempts.length - changed.length,
    });
    const again = await importTranscripts(runtime.records, CLI, file(rows), district);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: attempts.length });
    expect(await count()).toBe(attempts.length);
  }, 120_000);
});
