/**
 * A student account made by hand takes the student's given and family names (tidied as the shown
 * name is), so the caseload can sort it by family name; other roles have none on record, and a
 * bad name part is refused naming its field. The student's own data export and the district's
 * bulk export (JSON and CSV) carry them, null or blank where not known. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from './caller.ts';
import { studentData } from '../records/student-data.ts';
import { createUser } from './manage-users.ts';
import { actorByEmail, exportStudents, studentsCsv } from './student-export.ts';

describe.each(testEngines())('createUser with split names on $name', (engine) => {
  let runtime: Runtime;
  const create = (email: string, extra: Record<string, string>, role = 'student') =>
    createUser(runtime.accounts.deps, CLI, {
      email,
      name: 'María José García López',
      role: role as 'student',
      orgId: 'da-high',
      baseUrl: 'http://localhost:3000',
      ...extra,
    });
  const dataDeps = () => ({
    records: runtime.records,
    interests: runtime.interests.students.results,
  });
  const stored = async (email: string) =>
    runtime.database.db
      .selectFrom('student as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['s.given_name', 's.family_name'])
      .where('u.email', '=', email)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    runtime = await engine.open();
    await buildWorld(runtime);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it("stores a student's given and family names, tidied", async () => {
    await create('mj@da.test', { givenName: ' María  José ', familyName: 'Garci\u0301a López' });
    expect(await stored('mj@da.test')).toEqual({
      given_name: 'María José',
      family_name: 'García López',
    });
  });

  it('leaves them null when not given or blank', async () => {
    await create('none@da.test', { givenName: '  ' });
    expect(await stored('none@da.test')).toEqual({ given_name: null, family_name: null });
  });

  it('refuses them for other roles and refuses a bad part, naming the field', async () => {
    await expect(create('t@da.test', { familyName: 'López' }, 'teacher')).rejects.toMatchObject({
      code: 'invalid',
      field: 'familyName',
    });
    await expect(create('bad@da.test', { givenName: 'Ana\u202e' })).rejects.toMatchObject({
      code: 'invalid',
      field: 'givenName',
    });
    expect(await runtime.accounts.deps.users.findByEmail('t@da.test')).toBeUndefined();
  });

  it("puts them in the student's own data export and the district's export", async () => {
    const mj = await runtime.accounts.deps.users.findByEmail('mj@da.test');
    const none = await runtime.accounts.deps.users.findByEmail('none@da.test');
    const own = await studentData(dataDeps(), CLI, { studentId: mj!.id });
    expect(own.student).toMatchObject({
      name: 'María José García López',
      givenName: 'María José',
      familyName: 'García López',
    });
    const ownNone = await studentData(dataDeps(), CLI, { studentId: none!.id });
    expect(ownNone.student).toMatchObject({ givenName: null, familyName: null });

    const admin = { actor: await actorByEmail(runtime.accounts.deps, 'admin@da.test') };
    const bulk = await exportStudents(runtime.accounts.deps, admin, {
      format: 'json',
      dailyCap: 1000,
    });
    const byId = new Map(bulk.items.map((s) => [s.id, s]));
    expect(byId.get(mj!.id)).toMatchObject({ givenName: 'María José', familyName: 'García López' });
    expect(byId.get(none!.id)).toMatchObject({ givenName: null, familyName: null });
    const csv = studentsCsv([byId.get(mj!.id)!]).split('\n');
    expect(csv[0]).toContain(',name,given_name,family_name,');
    expect(csv[1]).toContain(',María José García López,María José,García López,');
  });
});
