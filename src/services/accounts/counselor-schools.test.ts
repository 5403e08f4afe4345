/**
 * A counselor serving further schools (both engines): a caseload link to a student of their own
 * school or of a further school is made, of any other school refused; a further school of another
 * district (or no school at all) is refused naming the field `schools` in English and Spanish,
 * changing nothing; SQL itself refuses a row across districts; a non-counselor is refused.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { AppError } from '../../domain/errors.ts';
import type { Runtime } from '../../runtime.ts';
import { addUsers, importRosters, recordsWorld } from '../records/test-world.ts';
import { CLI } from './caller.ts';
import { setCounselorSchools } from './counselor-schools.ts';
import { assignCaseload } from './link-students.ts';

describe.each(testEngines())('a counselor of several schools on $name', (engine) => {
  let runtime: Runtime;
  let ids: Record<string, string>;
  const caseload = async () =>
    (await runtime.database.db.selectFrom('caseload').select('student_id').execute())
      .map((r) => r.student_id)
      .sort();
  const assign = (student: string) =>
    assignCaseload(runtime.accounts.deps, CLI, {
      student: `${student}@multi.test`,
      counselor: 'coach@multi.test',
    });

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    await importRosters(runtime, {
      rusd: ['R1,rhs,Ana,Ruiz,r1@multi.test,11,2027', 'C1,cvhs,Cy,Paz,c1@multi.test,9,2029'],
      other: ['O1,other-high,Oli,Vera,o1@multi.test,11,2027'],
    });
    ids = await addUsers(runtime, 'multi.test', [
      ['coach', 'counselor', 'rhs'],
      ['mom', 'guardian', 'rhs'],
    ]);
  }, 120_000);
  afterAll(() => runtime?.close());

  it('refuses a student of a school the counselor does not serve', async () => {
    await assign('r1');
    await expect(assign('c1')).rejects.toMatchObject({ field: 'counselor' });
    expect(await caseload()).toHaveLength(1);
  });

  it('links a student of a further school once the counselor serves it', async () => {
    const deps = runtime.accounts.deps;
    expect(
      await setCounselorSchools(deps, CLI, {
        counselor: 'coach@multi.test',
        schools: ['cvhs', 'rhs'],
      }),
    ).toEqual(['cvhs']);
    expect(await deps.counselorSchools.list(ids.coach!)).toEqual(['cvhs']);
    await assign('c1');
    expect(await caseload()).toHaveLength(2);
    // Another district's student stays refused.
    await expect(assign('o1')).rejects.toMatchObject({ field: 'counselor' });
    const audit = await deps.audit.list({ action: 'user.set_counselor_schools', limit: 10 });
    expect(audit.map((a) => a.detail)).toEqual([{ schools: ['cvhs'], via: 'cli' }]);
  });

  it('refuses a school of another district, or no school, naming the field in both languages', async () => {
    const deps = runtime.accounts.deps;
    for (const school of ['other-high', 'rusd', 'nowhere']) {
      const error = (await setCounselorSchools(deps, CLI, {
        counselor: 'coach@multi.test',
        schools: ['cvhs', school],
      }).catch((e: unknown) => e)) as AppError;
      expect(error.code).toBe('invalid');
      expect(error.field).toBe('schools');
      expect(error.message).toContain(`(schools): ${school} is not a school of the counselor`);
      expect(error.translations?.es).toContain(
        `(schools): ${school} no es una escuela del distrito`,
      );
    }
    expect(await deps.counselorSchools.list(ids.coach!)).toEqual(['cvhs']);
  });

  it('refuses further schools for an account that is not a counselor', async () => {
    await expect(
      setCounselorSchools(runtime.accounts.deps, CLI, {
        counselor: 'mom@multi.test',
        schools: ['cvhs'],
      }),
    ).rejects.toMatchObject({ field: 'schools' });
    expect(await runtime.accounts.deps.counselorSchools.list(ids.mom!)).toEqual([]);
  });

  it('has SQL refuse a further school across districts', async () => {
    await expect(
      sql`insert into counselor_school (district_id, counselor_id, school_id)
        values ('rusd', ${ids.coach!}, 'other-high')`.execute(runtime.database.db),
    ).rejects.toThrow(/counselor_school_school_fk/);
    await expect(
      sql`insert into counselor_school (district_id, counselor_id, school_id)
        values ('other', ${ids.coach!}, 'other-high')`.execute(runtime.database.db),
    ).rejects.toThrow(/counselor_school_counselor_fk/);
  });

  it('drops only the unlisted schools when set again', async () => {
    const deps = runtime.accounts.deps;
    expect(
      await setCounselorSchools(deps, CLI, { counselor: 'coach@multi.test', schools: [] }),
    ).toEqual([]);
    expect(await deps.counselorSchools.list(ids.coach!)).toEqual([]);
  });
});
