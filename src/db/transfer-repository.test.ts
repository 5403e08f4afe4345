/**
 * Transfer credit keyed by the course as written there, on both engines: "c s 312" from a school
 * is the "CS 312" already on the record (courseKeyThere, the importers' course-code key), also
 * when the stored credit carries the key written before the key read them as one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/databases.ts';
import type { TransferCredit } from '../domain/requirements/transfer.ts';
import type { Runtime } from '../runtime.ts';
import { CLI } from '../services/accounts/caller.ts';
import { importStudents } from '../services/records/import-students.ts';
import { csv, recordsWorld, ROSTER_HEADER } from '../services/records/test-world.ts';

describe.each(testEngines())('transfer credit by course key on $name', (engine) => {
  let runtime: Runtime;
  let studentId: string;
  const credit = (id: string, code: string): TransferCredit => ({
    id,
    districtId: 'rusd',
    studentId,
    kind: 'transfer',
    earnedAt: { name: 'Valley College', state: null, institutionId: null },
    course: { title: 'Data Structures', code, scedCode: null },
    flags: null,
    schoolYear: 2025,
    term: 'fall',
    creditsAttempted: 1,
    creditsEarned: 1,
    grade: 'A',
    result: 'pass',
    countsAs: { kind: 'elective' },
    createdBy: null,
    createdAt: new Date(0),
  });
  const keys = async () =>
    (
      await runtime.database.db
        .selectFrom('transfer_credit')
        .select(['course_code', 'course_key'])
        .where('student_id', '=', studentId)
        .orderBy('id')
        .execute()
    ).map((r) => [r.course_code, r.course_key]);

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    const roster = csv(ROSTER_HEADER, ['K1,rhs,Kai,Ono,kai@rusd.test,11,2027']);
    await importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: roster },
      { districtId: 'rusd' },
    );
    studentId = (await runtime.records.roster.byLocalIds('rusd', ['K1'])).get('K1')!.userId;
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('"c s 312" there is the "CS 312" on the record', async () => {
    const transfers = runtime.records.transfers;
    expect(await transfers.insert(credit('t1', 'CS 312'))).toBe(true);
    expect(await keys()).toEqual([['CS 312', 'CS312']]);
    expect(await transfers.insert(credit('t2', 'c s 312'))).toBe(false);
    expect(await transfers.upsertMany('rusd', [credit('t3', 'cs-312')])).toEqual({
      inserted: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await keys()).toEqual([['cs-312', 'CS312']]);
  });

  it('matches a credit stored under the older key as well', async () => {
    // The key as it was written before: upper case, one space.
    await runtime.database.db
      .updateTable('transfer_credit')
      .set({ course_code: 'C S 312', course_key: 'C S 312' })
      .where('student_id', '=', studentId)
      .execute();
    expect(await runtime.records.transfers.insert(credit('t4', 'CS 312'))).toBe(false);
    expect(await keys()).toEqual([['C S 312', 'C S 312']]);
  });
});
