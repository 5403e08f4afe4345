/**
 * The school admin (a principal): made by the district admin of the school's own district or by
 * the state admin, never by another district's admin nor by itself; must pass a second factor
 * before reading anything; reads the records of its own school's students (student, progress,
 * plan, notes), each read audited, and nothing of the district's other school.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('school admin on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let serial = 0;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime, { secondSchool: true });
    app = await buildTestApp(runtime);
    for (const d of world.districts)
      await runtime.records.requirements.saveSet(
        d.id,
        shippedRequirementSet('rusd-diploma')!,
        true,
      );
    for (const d of world.districts)
      for (const who of ['student', 'otherSchoolStudent'] as const)
        await runtime.records.plans.saveVersion(
          d.id,
          d.users[who],
          1,
          {
            programId: 'some-program',
            programVersion: 1,
            courses: [],
            goals: { career: null, postsecondary: null, benchmarks: [] },
          },
          null,
        );
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const send = async (
    userId: string,
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    totpPassed = true,
  ) =>
    app.inject({
      method,
      url,
      headers: await sessionHeaders(runtime, userId, totpPassed),
      ...(payload ? { payload } : {}),
    });
  const newPrincipal = (by: string, orgId: string) => {
    serial += 1;
    return send(by, 'POST', '/api/v1/users', {
      email: `principal${serial}@x.test`,
      name: 'Principal',
      role: 'school_admin',
      orgId,
    });
  };

  it("is made by its own district's admin or the state admin, nobody else", async () => {
    const made = await newPrincipal(userOf(world, 'district_admin'), 'da-high');
    expect(made.statusCode, made.body).toBe(200);
    // Unlike a district admin made by a district admin, it needs no second approval.
    expect(made.json().user).toMatchObject({
      role: 'school_admin',
      orgId: 'da-high',
      disabled: false,
    });
    expect((await newPrincipal(userOf(world, 'state_admin'), 'db-mid')).statusCode).toBe(200);
    expect((await newPrincipal(userOf(world, 'district_admin', 1), 'da-high')).statusCode).toBe(
      403,
    );
    for (const role of ['school_admin', 'counselor', 'teacher'] as const)
      expect((await newPrincipal(userOf(world, role), 'da-high')).statusCode, role).toBe(403);
    const atDistrict = await newPrincipal(userOf(world, 'district_admin'), 'da');
    expect(atDistrict.statusCode).toBe(400);
    expect(atDistrict.json().error).toMatchObject({
      field: 'org',
      message: 'A school admin belongs to a school, not to a district.',
    });
  });

  it('keeps a name as written, tidied, and refuses a name with control characters', async () => {
    const by = userOf(world, 'district_admin');
    const create = (name: string, email: string) =>
      send(by, 'POST', '/api/v1/users', { email, name, role: 'counselor', orgId: 'da-high' });
    const made = await create('  Siobha\u0301n   O’Brien ', 'siobhan@x.test');
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().user.name).toBe('Siobhán O’Brien');
    for (const name of ['Ana\u0000', 'Ana\u0085 Lopez', 'Ana\u202e', '   '])
      for (const res of [await create(name, 'refused@x.test')]) {
        expect(res.statusCode, JSON.stringify(name)).toBe(400);
        expect(res.json().error.field).toBe('name');
      }
    const refused = await runtime.database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'refused@x.test')
      .execute();
    expect(refused).toEqual([]);
  });

  it('must pass a second factor before reading a student', async () => {
    const url = `/api/v1/students/${world.districts[0].users.student}`;
    const before = await send(userOf(world, 'school_admin'), 'GET', url, undefined, false);
    expect(before.statusCode).toBe(403);
    expect(before.json().error.message).toMatch(/second factor/);
    expect((await send(userOf(world, 'school_admin'), 'GET', url)).statusCode).toBe(200);
  });

  it("reads its own school's students' records, each read audited; not the other school's", async () => {
    const principal = userOf(world, 'school_admin');
    const d = world.districts[0];
    const reads = (id: string) => [
      [`/api/v1/students/${id}`, 'student.read'],
      [`/api/v1/students/${id}/progress`, 'progress.read'],
      [`/api/v1/students/${id}/plan`, 'plan.read'],
      [`/api/v1/students/${id}/notes`, 'note.read'],
    ];
    const logged = async (id: string, action: string, outcome: 'ok' | 'denied') =>
      (
        await runtime.database.db
          .selectFrom('audit_log')
          .select('id')
          .where('actor_id', '=', principal)
          .where('action', '=', action)
          .where('target_id', '=', id)
          .where('outcome', '=', outcome)
          .execute()
      ).length;
    for (const [url, action] of reads(d.users.student)) {
      const before = await logged(d.users.student, action!, 'ok');
      const res = await send(principal, 'GET', url!);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(await logged(d.users.student, action!, 'ok'), action).toBe(before + 1);
    }
    for (const id of [d.users.otherSchoolStudent, world.districts[1].users.student])
      for (const [url, action] of reads(id)) {
        expect((await send(principal, 'GET', url!)).statusCode, url).toBe(403);
        expect(await logged(id, action!, 'denied'), action).toBeGreaterThan(0);
      }
    const list = await send(principal, 'GET', '/api/v1/students');
    expect(
      new Set(list.json<{ items: { schoolId: string }[] }>().items.map((s) => s.schoolId)),
    ).toEqual(new Set(['da-high']));
    // Writes stay with the counselor and the district: no exception, note or plan edit.
    for (const [url, payload] of [
      [
        `/api/v1/students/${d.users.student}/exceptions`,
        { kind: 'waive', nodeId: 'x', reason: 'r' },
      ],
      [`/api/v1/students/${d.users.student}/notes`, { body: 'note' }],
      [`/api/v1/students/${d.users.student}/plan/sign`, { version: 1 }],
    ] as const)
      expect((await send(principal, 'POST', url, payload)).statusCode, url).toBe(403);
  });
});
