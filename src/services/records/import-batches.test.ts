/**
 * Large imports are written in batches of thousands of rows, all in one transaction: a bad row
 * in the middle of a file refuses the whole file (with its place), and a write that fails after
 * earlier batches went in rolls those back too. Planner statistics are refreshed after a load.
 */
import { sql } from 'kysely';
import { encodeAttempts } from '../../db/attempt-batch.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import type { RecordRepos, RecordsDeps } from './deps.ts';

/** One batch write (an upsert or a plain insert of an encoded batch of attempts). */
type Write = RecordRepos['transcripts']['upsertBatch'];
import { importTranscripts } from './import-transcripts.ts';
import {
  csv,
  importRosters,
  recordsWorld,
  TRANSCRIPT_HEADER,
  countInDistrict,
} from './test-world.ts';

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
  /**
   * The records deps with each batch write of attempts (upsert or plain insert) going through
   * `wrap` (to fail a batch).
   */
  const withWrites = (
    wrap: (batch: Parameters<Write>[0], write: Write) => ReturnType<Write>,
  ): RecordsDeps => ({
    ...runtime.records,
    transaction: (work) =>
      runtime.records.transaction((repos) => {
        const t = repos.transcripts;
        const upsert = t.upsertBatch.bind(t);
        const insert = t.insertBatch.bind(t);
        t.upsertBatch = (batch) => wrap(batch, upsert);
        t.insertBatch = (batch) => wrap(batch, insert);
        return work(repos);
      }),
  });
  const count = () => countInDistrict(runtime, 'course_attempt');

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    await importRosters(runtime, { [district.districtId]: roster });
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a file with one bad row in the middle, naming its place, and writes nothing', async () => {
    const rows = [...attempts];
    rows[7_000] = rows[7_000]!.replace(',B,pass', ',B,maybe');
    await expect(
      importTranscripts(runtime.records, CLI, file(rows), district),
    ).rejects.toMatchObject({ code: 'invalid', field: 'big.csv:7002:11' });
    expect(await count()).toBe(0);
  }, 120_000);

  it('rolls back earlier batches when a later one fails in the database', async () => {
    let calls = 0;
    const failing = withWrites(async (batch, write) => {
      calls += 1;
      if (calls === 2) throw new Error('the database refused a batch');
      return write(batch);
    });
    await expect(importTranscripts(failing, CLI, file(attempts), district)).rejects.toThrow(
      'the database refused a batch',
    );
    expect(calls).toBe(2);
    expect(await count()).toBe(0);
  }, 120_000);

  it('rolls back the first two batches when the third fails in the middle', async () => {
    let calls = 0;
    const failing = withWrites(async (batch, write) => {
      calls += 1;
      if (calls < 3) return write(batch);
      // Half of the third batch goes in, then the database refuses the rest.
      await write(encodeAttempts(batch.rows.slice(0, batch.size / 2)));
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

  describe('a file mixing students with stored attempts and students with none', () => {
    /** 60 new students, 100 attempts each (6,000: more than one insert batch). */
    const freshRoster = Array.from(
      { length: 60 },
      (_, i) => `C${i},cvhs,New${i},Student${i},c${i}@rusd.test,9,2029`,
    );
    const freshAttempts = freshRoster.flatMap((_, s) =>
      Array.from({ length: 100 }, (_, c) => `C${s},cvhs,2025,fall,Y${c},Course ${c},,1,1,C,pass`),
    );
    /**
     * Every stored attempt again after the new students' rows: the test before left four with
     * an A; two more get one here.
     */
    const withA = [3, 4_999, 5_000, 9_999, 10_000, 11_000];
    const stored = attempts.map((row, i) =>
      withA.includes(i) ? row.replace(',1,1,B,pass', ',1,1,A,pass') : row,
    );
    const mixed = [...freshAttempts, ...stored];
    const grades = async () =>
      (
        await runtime.database.db
          .selectFrom('course_attempt')
          .select(['letter_grade'])
          .where('district_id', '=', 'rusd')
          .where('letter_grade', '=', 'A')
          .execute()
      ).length;

    it('rolls everything back when the last (upsert) batch fails after the inserts went in', async () => {
      await importRosters(runtime, { [district.districtId]: freshRoster });
      const before = await count();
      const gradesBefore = await grades();
      const kinds: string[] = [];
      const failing = withWrites(async (batch, write) => {
        const fresh = batch.rows[0]!.courseCode.startsWith('Y');
        kinds.push(fresh ? 'fresh' : 'stored');
        if (kinds.length === 5) throw new Error('the database refused the last batch');
        return write(batch);
      });
      await expect(importTranscripts(failing, CLI, file(mixed), district)).rejects.toThrow(
        'the database refused the last batch',
      );
      // The new students' rows went first (two insert batches), then the stored ones.
      expect(kinds).toEqual(['fresh', 'fresh', 'stored', 'stored', 'stored']);
      expect(await count()).toBe(before);
      expect(await grades()).toBe(gradesBefore);
    }, 120_000);

    it("inserts the new students' rows, updates only the changed stored ones, and a re-import changes nothing", async () => {
      const before = await count();
      const gradesBefore = await grades();
      const first = await importTranscripts(runtime.records, CLI, file(mixed), district);
      expect(gradesBefore).toBe(4);
      expect(first).toMatchObject({
        inserted: freshAttempts.length,
        updated: 2,
        unchanged: attempts.length - 2,
      });
      expect(await count()).toBe(before + freshAttempts.length);
      expect(await grades()).toBe(withA.length);
      const again = await importTranscripts(runtime.records, CLI, file(mixed), district);
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: mixed.length });
      expect(await count()).toBe(before + freshAttempts.length);
    }, 120_000);
  });
});
