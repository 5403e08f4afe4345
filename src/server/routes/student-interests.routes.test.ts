import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { loadInterestOccupations, seedFrameworkOnly } from '../../../test/interest-occupations.ts';
import type {
  TOfferedPrograms,
  TResultList,
  TSavedItemList,
  TStudentHome,
} from '../../contracts/student-interests.ts';
import type { Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { createUser } from '../../services/accounts/manage-users.ts';

const mini = (byArea: string) =>
  Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [
      `MINI-${String(i + 1).padStart(2, '0')}`,
      Number(byArea['RIASEC'.indexOf('RIASEC'[i % 6]!)]),
    ]),
  );

describe.each(testEngines())("students' interest results on $name", (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let student: string;
  const headers = async (role: Role, district: 0 | 1 = 0) =>
    sessionHeaders(runtime, userOf(world, role, district));

  beforeAll(async () => {
    runtime = await engine.open();
    await seedFrameworkOnly(runtime);
    await runtime.seedDemoRegion();
    await loadInterestOccupations(runtime);
    world = await buildWorld(runtime);
    student = world.districts[0].users.student;
    app = await buildTestApp(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const url = (path: string, id = student) => `/api/v1/students/${id}/${path}`;

  it('saves a result scored by the server, and shows how the profile moved on a retake', async () => {
    const me = await headers('student');
    const first = await app.inject({
      method: 'POST',
      url: url('interest-results'),
      headers: me,
      payload: { form: 30, answers: mini('551111') },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ form: 30, max: 20, code: 'RIA' });
    expect(first.json().scores).toEqual({ R: 20, I: 20, A: 0, S: 0, E: 0, C: 0 });
    await app.inject({
      method: 'POST',
      url: url('interest-results'),
      headers: me,
      payload: { form: 30, answers: mini('531511') },
    });
    const list = (
      await app.inject({ url: url('interest-results'), headers: me })
    ).json<TResultList>();
    expect(list.items).toHaveLength(2);
    expect(list.items[0]!.scores).toEqual({ R: 20, I: 10, A: 0, S: 20, E: 0, C: 0 });
    expect(list.change).toEqual({ R: 0, I: -50, A: 0, S: 100, E: 0, C: 0 });
    const bad = await app.inject({
      method: 'POST',
      url: url('interest-results'),
      headers: me,
      payload: { form: 60, answers: mini('531511') },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('answers.IP60-01');
  });

  it('lets guardians and the caseload counselor read (audited), and no one else', async () => {
    for (const role of ['guardian', 'counselor'] as const) {
      const res = await app.inject({ url: url('interest-results'), headers: await headers(role) });
      expect(res.statusCode, role).toBe(200);
      expect(res.json<TResultList>().items).toHaveLength(2);
      const writes = await app.inject({
        method: 'POST',
        url: url('interest-results'),
        headers: await headers(role),
        payload: { form: 30, answers: mini('551111') },
      });
      expect(writes.statusCode, role).toBe(403);
    }
    const log = await runtime.accounts.deps.audit.list({
      districtId: 'da',
      action: 'interest_result.read',
      limit: 50,
    });
    expect(
      log
        .filter((e) => e.outcome === 'ok')
        .map((e) => e.actorRole)
        .sort(),
    ).toEqual(expect.arrayContaining(['counselor', 'guardian']));
    for (const role of ['teacher', 'district_admin', 'state_admin'] as const) {
      const res = await app.inject({ url: url('interest-results'), headers: await headers(role) });
      expect(res.statusCode, role).toBe(403);
    }
    const other = await app.inject({
      url: url('interest-results', world.districts[0].users.otherStudent),
      headers: await headers('student'),
    });
    expect(other.statusCode).toBe(403);
    const otherGuardian = await app.inject({
      url: url('interest-results'),
      headers: await headers('guardian', 1),
    });
    expect(otherGuardian.statusCode).toBe(403);
    expect((await app.inject({ url: url('interest-results') })).statusCode).toBe(401);
  });

  it('keeps a list of saved occupations, pathways and programs', async () => {
    const me = await headers('student');
    const save = (kind: string, ref: string) =>
      app.inject({ method: 'POST', url: url('saved-items'), headers: me, payload: { kind, ref } });
    expect((await save('occupation', '29-1141.00')).statusCode).toBe(200);
    expect((await save('pathway', '08-05')).statusCode).toBe(200);
    const last = await save('program', 'riverside-nursing');
    expect(last.statusCode).toBe(200);
    expect(
      last
        .json<TSavedItemList>()
        .items.map((i) => [i.kind, i.title])
        .sort(),
    ).toEqual([
      ['occupation', 'Registered Nurses'],
      ['pathway', expect.any(String)],
      ['program', expect.stringMatching(/Nursing/)],
    ]);
    const missing = await save('occupation', '99-9999.00');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('ref');
    const removed = await app.inject({
      method: 'DELETE',
      url: url('saved-items/pathway/08-05'),
      headers: me,
    });
    expect(removed.statusCode).toBe(204);
    const list = await app.inject({ url: url('saved-items'), headers: await headers('guardian') });
    expect(list.json<TSavedItemList>().items).toHaveLength(2);
  });

  it("finds the programs of study the student's own school and district offer", async () => {
    const deps = runtime.accounts.deps;
    // The demo region made Riverside Unified and its high school `rhs` organizations.
    const { user } = await createUser(deps, CLI, {
      email: 'rhs-student@x.test',
      name: 'Riverside student',
      role: 'student',
      orgId: 'rhs',
      baseUrl: 'http://localhost',
    });
    const mine = await sessionHeaders(runtime, user.id);
    const offered = (
      await app.inject({ url: url('programs?pathways=08-05,11-03', user.id), headers: mine })
    ).json<TOfferedPrograms>();
    expect(offered.items.map((p) => p.id).sort()).toEqual([
      'riverside-nursing',
      'riverside-software-development',
    ]);
    const elsewhere = (
      await app.inject({ url: url('programs?pathways=08-05'), headers: await headers('student') })
    ).json<TOfferedPrograms>();
    expect(elsewhere.items).toEqual([]);
    // The home: no result yet, so the first thing to do is take the profiler.
    const home = (
      await app.inject({ url: url('home', user.id), headers: mine })
    ).json<TStudentHome>();
    expect(home.latest).toBeNull();
    expect(home.next[0]).toBe('take_profiler');
    await app.inject({
      method: 'POST',
      url: url('interest-results', user.id),
      headers: mine,
      payload: { form: 30, answers: mini('141511') },
    });
    const after = (
      await app.inject({ url: url('home?lang=es', user.id), headers: mine })
    ).json<TStudentHome>();
    expect(after.latest!.code).toBe('SIR');
    expect(after.results!.occupations[0]!.code).toBe('29-1141.00');
    expect(after.programs.map((p) => p.id)).toContain('riverside-nursing');
    expect(after.next).toContain('explore_pathways');
  });

  it('never answers a 5xx to a save (fuzz)', async () => {
    const me = await headers('student');
    const body = fc.oneof(
      fc.record(
        {
          form: fc.oneof(fc.constantFrom(30, 60), fc.anything()),
          answers: fc.oneof(fc.constant(mini('333333')), fc.dictionary(fc.string(), fc.anything())),
          kind: fc.oneof(fc.constantFrom('occupation', 'pathway', 'program'), fc.string()),
          ref: fc.oneof(fc.constantFrom('08-05', '29-1141.00', ''), fc.string()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('interest-results', 'saved-items'),
        async (p, path) => {
          const res = await app.inject({
            method: 'POST',
            url: url(path),
            headers: { ...me, 'content-type': 'application/json' },
            payload: JSON.stringify(p ?? null),
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 150, seed: 20261126 },
    );
  });
});
