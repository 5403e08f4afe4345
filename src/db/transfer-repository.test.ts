/**
 * Transfer credit keyed by the course as written there, on both engines: "c s 312" from a school
 * is the "CS 312" already on the record (courseKeyThere, the importers' course-code key, which
 * the unique index holds); the same course from another place or term is another credit. The
 * credits stored under the older key are keyed anew by migration 0046 (its own test).
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

  it('keeps the same course from another place or term, and a course with a letter more', async () => {
    const transfers = runtime.records.transfers;
    const elsewhere = credit('t4', 'c s 312');
    elsewhere.earnedAt = { ...elsewhere.earnedAt, name: 'Lakeview H.S.' };
    expect(await transfers.insert(elsewhere)).toBe(true);
    expect(await transfers.insert({ ...credit('t5', 'CS-312'), term: 'spring' })).toBe(true);
    expect(await transfers.insert(credit('t6', 'CS 312L'))).toBe(true);
    expect(await transfers.insert(credit('t7', 'C.S. 312'))).toBe(false);
    expect(await keys()).toEqual([
      ['cs-312', 'CS312'],
      ['c s 312', 'CS312'],
      ['CS-312', 'CS312'],
      ['CS 312L', 'CS312L'],
    ]);
  });
});
