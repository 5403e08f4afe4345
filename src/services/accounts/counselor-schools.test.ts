/**
 * A counselor serving further schools (both engines): a caseload link to a student of their own
 * school or of a further school is made, of any other school refused; only the counselor's own
 * district admin sets them (not another district's, not the state's); a further school of another
 * district (or no school at all) is refused naming the field `schools` in English and Spanish,
 * changing nothing; a school dropped takes its students off the caseload; a non-counselor is
 * refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import type { AppError } from '../../domain/errors.ts';
import type { Runtime } from '../../runtime.ts';
import { addUsers, importRosters, recordsWorld } from '../records/test-world.ts';
import { CLI, type Caller } from './caller.ts';
import { setCounselorSchools } from './counselor-schools.ts';
import { assignCaseload } from './link-students.ts';
import { listUsers } from './manage-users.ts';

const admin = (role: Actor['role'], districtId: string | null): Caller => ({
  actor: {
    userId: `${role}-${districtId ?? 'state'}`,
    role,
    orgId: districtId ?? 'state',
    districtId,
    childIds: [],
    caseloadIds: [],
  },
});

describe.each(testEngines())('a counselor of several schools on $name', (engine) => {
  let runtime: Runtime;
  let ids: Record<string, string>;
  const caseload = async () =>
    (await runtime.database.db.selectFrom('caseload').select('student_id').execute()).length;
  const assign = (student: string) =>
    assignCaseload(runtime.accounts.deps, CLI, {
      student: `${student}@multi.test`,
      counselor: 'coach@multi.test',
    });
  const set = (schools: string[], caller: Caller = admin('district_admin', 'rusd')) =>
    setCounselorSchools(runtime.accounts.deps, caller, { counselor: 'coach@multi.test', schools });
  const further = () => runtime.accounts.deps.counselorSchools.list(ids.coach!);

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
    expect(await caseload()).toBe(1);
  });

  it('lets only the counselor’s own district admin set further schools', async () => {
    for (const caller of [admin('district_admin', 'other'), admin('state_admin', null)])
      await expect(set(['cvhs'], caller)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await further()).toEqual([]);
  });

  it('links a student of a further school once the counselor serves it', async () => {
    const deps = runtime.accounts.deps;
    expect(await set(['cvhs', 'rhs'])).toEqual({
      email: 'coach@multi.test',
      orgId: 'rhs',
      furtherSchools: ['cvhs'],
      caseloadEnded: 0,
    });
    expect(await further()).toEqual(['cvhs']);
    await assign('c1');
    expect(await caseload()).toBe(2);
    // Another district's student stays refused.
    await expect(assign('o1')).rejects.toMatchObject({ field: 'counselor' });
    const audit = await deps.audit.list({ action: 'user.set_counselor_schools', limit: 10 });
    expect(audit.map((a) => a.detail)).toEqual([
      { schools: ['cvhs'], added: ['cvhs'], dropped: [], caseloadEnded: [] },
    ]);
    const listed = await listUsers(deps, admin('district_admin', 'rusd'), { role: 'counselor' });
    expect(listed.map((u) => [u.email, u.furtherSchools])).toEqual([
      ['coach@multi.test', ['cvhs']],
    ]);
  });

  it('refuses a school of another district, or no school, naming the field in both languages', async () => {
    for (const school of ['other-high', 'rusd', 'nowhere']) {
      const error = (await set(['cvhs', school]).catch((e: unknown) => e)) as AppError;
      expect(error.code).toBe('invalid');
      expect(error.field).toBe('schools');
      expect(error.message).toContain(`(schools): ${school} is not a school of the counselor`);
      expect(error.translations?.es).toContain(
        `(schools): ${school} no es una escuela del distrito`,
      );
    }
    expect(await further()).toEqual(['cvhs']);
    expect(await caseload()).toBe(2);
  });

  it('refuses further schools for an account that is not a counselor', async () => {
    const error = (await setCounselorSchools(runtime.accounts.deps, CLI, {
      counselor: 'mom@multi.test',
      schools: ['cvhs'],
    }).catch((e: unknown) => e)) as AppError;
    expect(error.field).toBe('schools');
    expect(error.translations?.es).toContain('mom@multi.test no lo es');
    expect(await runtime.accounts.deps.counselorSchools.list(ids.mom!)).toEqual([]);
  });

  it('takes the students of a school dropped off the caseload, and keeps the own school’s', async () => {
    expect(await set([])).toMatchObject({ furtherSchools: [], caseloadEnded: 1 });
    expect(await further()).toEqual([]);
    expect(await caseload()).toBe(1);
    await expect(assign('c1')).rejects.toMatchObject({ field: 'counselor' });
  });
});
