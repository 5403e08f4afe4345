/**
 * PUT /api/v1/users/:email/schools (both engines): the counselor's own district admin sets their
 * further schools, and the counselor may then have that school's student on their caseload; the
 * state admin, another district's admin and a counselor are refused; a school of another district
 * is refused naming the field `schools`, in English and in Spanish, changing nothing.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { assignCaseload } from '../../services/accounts/link-students.ts';

describe.each(testEngines())('a counselor’s further schools over HTTP on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime, { secondSchool: true });
    app = await buildTestApp(runtime);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const put = async (as: string, schools: unknown, lang = 'en', email = 'counselor@da.test') =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/users/${encodeURIComponent(email)}/schools?lang=${lang}`,
      headers: await sessionHeaders(runtime, as),
      payload: { schools },
    });
  const further = () =>
    runtime.accounts.deps.counselorSchools.list(world.districts[0].users.counselor);
  const linkElsewhere = () =>
    assignCaseload(runtime.accounts.deps, CLI, {
      student: 'elsewhere@da.test',
      counselor: 'counselor@da.test',
    });

  it('refuses every caller but the counselor’s own district admin', async () => {
    for (const as of [world.stateAdmin, userOf(world, 'district_admin', 1)])
      expect((await put(as, ['da-mid'])).statusCode).toBe(403);
    expect((await put(userOf(world, 'counselor'), ['da-mid'])).statusCode).toBe(403);
    expect(await further()).toEqual([]);
    await expect(linkElsewhere()).rejects.toMatchObject({ field: 'counselor' });
  });

  it('sets them for the district admin, and the caseload takes that school’s student', async () => {
    const res = await put(userOf(world, 'district_admin'), ['da-mid']);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      email: 'counselor@da.test',
      orgId: 'da-high',
      furtherSchools: ['da-mid'],
      caseloadEnded: 0,
    });
    await linkElsewhere();
    const listed = await app.inject({
      method: 'GET',
      url: '/api/v1/users?role=counselor',
      headers: await sessionHeaders(runtime, userOf(world, 'district_admin')),
    });
    expect(listed.json().items).toMatchObject([
      { email: 'counselor@da.test', furtherSchools: ['da-mid'] },
    ]);
  });

  it('refuses another district’s school naming the field in English and Spanish', async () => {
    const admin = userOf(world, 'district_admin');
    const en = await put(admin, ['da-mid', 'db-high']);
    const es = await put(admin, ['da-mid', 'db-high'], 'es');
    for (const res of [en, es]) expect(res.statusCode).toBe(400);
    expect(en.json().error).toMatchObject({
      field: 'schools',
      message: 'Further schools (schools): db-high is not a school of the counselor’s district.',
    });
    expect(es.json().error).toMatchObject({
      field: 'schools',
      lang: 'es',
      message:
        'Otras escuelas (schools): db-high no es una escuela del distrito del consejero escolar.',
    });
    const teacher = await put(admin, ['da-mid'], 'es', 'teacher@da.test');
    expect(teacher.json().error).toMatchObject({ field: 'schools', lang: 'es' });
    expect(await further()).toEqual(['da-mid']);
  });
});
