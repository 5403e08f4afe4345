/**
 * A student named in a request is found in the one district only, by local id (as written, spaces
 * around it aside) or by user id; another district's student, by either, is "no such student"
 * naming studentId, as is nobody. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { findDistrictStudent } from './district-student.ts';
import { importStudents } from './import-students.ts';
import { csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

describe.each(testEngines())('finding a student in a district on $name', (engine) => {
  let runtime: Runtime;
  const ids: Record<string, string> = {};
  const find = (districtId: string, written: string) =>
    findDistrictStudent(runtime.records, districtId, written);

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    for (const [districtId, rows] of [
      ['rusd', ['R1,rhs,Ana,Ruiz,ana@rusd.test,12,2027']],
      ['other', ['O1,other-high,Oli,Vera,oli@other.test,12,2027']],
    ] as const) {
      await importStudents(
        runtime.records,
        CLI,
        { name: 's.csv', text: csv(ROSTER_HEADER, [...rows]) },
        { districtId },
      );
      const key = rows[0].split(',')[0]!;
      ids[key] = (await runtime.records.roster.byLocalIds(districtId, [key])).get(key)!.userId;
    }
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('finds a student of the district by local id or by user id', async () => {
    const ana = { userId: ids.R1, localId: 'R1' };
    expect(await find('rusd', 'R1')).toEqual(ana);
    expect(await find('rusd', '  R1 ')).toEqual(ana);
    expect(await find('rusd', ids.R1!)).toEqual(ana);
    expect(await find('other', ids.O1!)).toEqual({ userId: ids.O1, localId: 'O1' });
  });

  it("refuses another district's student, by either id, and nobody, naming studentId", async () => {
    for (const written of ['O1', ids.O1!, 'nobody']) {
      const error = await find('rusd', written).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, written).toMatchObject({ code: 'not_found', field: 'studentId' });
      expect((error as Error).message).toContain(`District rusd has no student ${written} `);
    }
    await expect(find('other', 'R1')).rejects.toMatchObject({ field: 'studentId' });
  });
});
