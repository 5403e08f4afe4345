import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { countRows } from '../../../test/route-app.ts';
import type { Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { assignCaseload, linkGuardian } from '../../services/accounts/link-students.ts';
import { addUser, recordsWorld } from '../../services/records/test-world.ts';

const PROGRAM = 'riverside-software-development';

describe.each(testEngines())('learning plan routes on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    const deps = runtime.accounts.deps;
    const add = async (key: string, role: Role, orgId: string) => {
      ids[key] = await addUser(runtime, key, 'plans.test', role, orgId);
    };
    await add('student', 'student', 'rhs');
    await add('cedar', 'student', 'cvhs');
    await add('faraway', 'student', 'other-high');
    await add('guardian', 'guardian', 'rhs');
    await add('counselor', 'counselor', 'rhs');
    await add('cedarCounselor', 'counselor', 'cvhs');
    await add('teacher', 'teacher', 'rhs');
    await add('admin', 'district_admin', 'rusd');
    await add('otherAdmin', 'district_admin', 'other');
    await linkGuardian(deps, CLI, {
      student: 'student@plans.test',
      guardian: 'guardian@plans.test',
    });
    await assignCaseload(deps, CLI, {
      student: 'student@plans.test',
      counselor: 'counselor@plans.test',
    });
    await assignCaseload(deps, CLI, {
      student: 'cedar@plans.test',
      counselor: 'cedarCounselor@plans.test',
    });
    app = await buildTestApp(runtime);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const call = async (
    who: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url,
      headers: await sessionHeaders(runtime, ids[who]!),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const plan = (student = 'student') => `/api/v1/students/${ids[student]}/plan`;

  it('starts a plan from an approved program: courses by grade, postsecondary years, exit points', async () => {
    const res = await call('counselor', 'POST', plan(), { programId: PROGRAM });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ version: 1, programId: PROGRAM, findings: [], reviewDue: true });
    expect(body.unsigned).toEqual(['student', 'guardian', 'counselor']);
    expect(body.courses).toContainEqual(
      expect.objectContaining({
        courseId: 'rhs-python',
        level: 'grade-10',
        title: 'Programming with Python',
      }),
    );
    expect(body.postsecondary.length).toBeGreaterThanOrEqual(2);
    // The program splits its college years into terms: the plan says which step is which.
    expect(body.postsecondary.slice(0, 2)).toMatchObject([
      { level: 'postsecondary-1', term: 'fall' },
      { level: 'postsecondary-1', term: 'spring' },
    ]);
    expect(body.exitPoints.length).toBeGreaterThan(0);
  });

  it('offers the programs to start from, the sets for a what-if and the catalog to check with', async () => {
    const res = await call('student', 'GET', `${plan()}/options?lang=es`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.programs.map((p: { id: string }) => p.id)).toContain(PROGRAM);
    expect(body.requirementSets.map((s: { id: string }) => s.id)).toEqual(
      // Both California a-g sets, UC's and CSU's, for a what-if; the old joint id is not listed.
      expect.arrayContaining(['rusd-diploma', 'uc-a-g', 'csu-a-g', `program:${PROGRAM}`]),
    );
    expect(body.requirementSets.map((s: { id: string }) => s.id)).not.toContain('uc-csu-a-g');
    expect(body.requirementSets.find((s: { id: string }) => s.id === 'csu-a-g').title).toBe(
      'Requisitos de materias a-g de la Universidad Estatal de California (CSU)',
    );
    expect(body.choices).toContain('rhs-python');
    expect(body.courses.map((c: { id: string }) => c.id)).toContain('rhs-python');
    expect(body.offeredBy).toEqual(expect.arrayContaining(['rhs', 'rusd']));
    expect((await call('teacher', 'GET', `${plan()}/options`)).statusCode).toBe(403);
    expect((await call('otherAdmin', 'GET', `${plan()}/options`)).statusCode).toBe(403);
    const cedar = (await call('cedarCounselor', 'GET', `${plan('cedar')}/options`)).json();
    expect(cedar.choices).not.toContain('rhs-python');
  });

  it("marks courses not offered at the student's school, with the reason", async () => {
    const res = await call('cedarCounselor', 'POST', plan('cedar'), { programId: PROGRAM });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().findings).toContainEqual({
      rule: 'not_offered',
      courseId: 'rhs-python',
      level: 'grade-10',
      message: 'Programming with Python is not offered at your school.',
    });
    const far = await call('otherAdmin', 'POST', plan('faraway'), { programId: PROGRAM });
    expect(far.statusCode).toBe(400);
    expect(far.json().error.field).toBe('programId');
  });

  it('checks an edit as it is made; a signed version is kept and the edit makes a new one', async () => {
    const current = (await call('student', 'GET', plan())).json();
    const moved = current.courses.map(
      (c: { courseId: string; level: string; dualCredit: boolean }) => ({
        courseId: c.courseId,
        level: c.courseId === 'rhs-python' ? 'grade-9' : c.level,
        dualCredit: c.dualCredit,
      }),
    );
    const goals = {
      career: { soc: '15-1252.00', title: 'Software Developers' },
      postsecondary: { kind: 'degree', text: 'Computer science at Cascade State' },
      benchmarks: [{ grade: 9, text: 'Finish IT Foundations with a B', done: false }],
    };
    const edited = await call('student', 'PUT', plan(), { baseVersion: 1, courses: moved, goals });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(1);
    expect(
      edited
        .json()
        .findings.map((f: { rule: string }) => f.rule)
        .sort(),
    ).toEqual(['grade_range', 'prerequisite']);
    const signed = await call('student', 'POST', `${plan()}/sign`, { version: 1 });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().unsigned).toEqual(['guardian', 'counselor']);
    const back = await call('counselor', 'PUT', plan(), {
      baseVersion: 1,
      courses: current.courses.map(({ courseId, level, dualCredit }: never) => ({
        courseId,
        level,
        dualCredit,
      })),
      goals,
    });
    expect(back.json()).toMatchObject({
      version: 2,
      findings: [],
      unsigned: ['student', 'guardian', 'counselor'],
    });
    expect(back.json().history).toEqual([
      expect.objectContaining({ version: 1, signedBy: ['student'] }),
      expect.objectContaining({ version: 2, signedBy: [] }),
    ]);
    const stale = await call('student', 'PUT', plan(), { baseVersion: 1, courses: [], goals });
    expect(stale.statusCode).toBe(409);
    const old = await call('guardian', 'POST', `${plan()}/sign`, { version: 1 });
    expect(old.statusCode).toBe(409);
    const v1 = (await call('guardian', 'GET', `${plan()}/versions/1`)).json();
    expect(v1).toMatchObject({ version: 1, currentVersion: 2 });
    expect(v1.signatures[0]).toMatchObject({ role: 'student', signerId: ids.student });
  });

  it("takes the guardian's signature in Spanish and the counselor's as the yearly review", async () => {
    const g = await call('guardian', 'POST', `${plan()}/sign?lang=es`, { version: 2, lang: 'es' });
    expect(g.statusCode, g.body).toBe(200);
    expect(g.json().signatures).toContainEqual(
      expect.objectContaining({ role: 'guardian', lang: 'es' }),
    );
    const c = await call('counselor', 'POST', `${plan()}/sign`, { version: 2 });
    expect(c.json()).toMatchObject({ reviewDue: false });
    expect(c.json().reviewedAt).not.toBeNull();
  });

  it("counts the plan's courses as planned in the progress check", async () => {
    const res = await call('student', 'GET', `/api/v1/students/${ids.student}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    const english = res.json().check.requirements.find((r: { id: string }) => r.id === 'english');
    expect(english).toMatchObject({ status: 'planned', earned: 0, planned: 4 });
    expect(res.json().program).toMatchObject({
      setId: 'program:riverside-software-development',
      status: 'planned',
    });
    const whatIf = await call(
      'student',
      'GET',
      `/api/v1/students/${ids.student}/progress?whatIf=program:riverside-nursing`,
    );
    expect(whatIf.json().whatIf).toMatchObject({
      setId: 'program:riverside-nursing',
      status: 'missing',
    });
    expect(english.courses[0].sentence).toMatch(
      /^English 9, planned for \d{4}–\d{2}: would count toward English: 4 of 4 credits\.$/,
    );
  });

  it('shows the plan only to the student, guardian, counselor and admins; exports it as JSON', async () => {
    expect((await call('teacher', 'GET', plan())).statusCode).toBe(403);
    expect((await call('otherAdmin', 'GET', plan())).statusCode).toBe(403);
    expect((await call('admin', 'GET', plan())).statusCode).toBe(200);
    expect(
      (await call('guardian', 'PUT', plan(), { baseVersion: 2, courses: [], goals: {} }))
        .statusCode,
    ).toBe(403);
    const exported = await call('student', 'GET', `${plan()}/export`);
    expect(exported.headers['content-disposition']).toContain(`plan-${ids.student}-v2.json`);
    expect(JSON.parse(exported.body)).toMatchObject({
      format: 'wayfinder-plan',
      plan: { version: 2 },
    });
    const pdf = await call('guardian', 'GET', `${plan()}/export?format=pdf&lang=es`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages).toHaveLength(1);
    const reads = await runtime.database.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'plan.read')
      .execute();
    expect(reads.map((r) => r.actor_id)).toContain(ids.admin);
    expect(reads.map((r) => r.actor_id)).not.toContain(ids.student);
  });

  it('never answers 5xx to an edit, sign or start body (fuzz), and a refused write changes nothing', async () => {
    const versions = () => countRows(runtime, 'learning_plan_version');
    const course = fc.record({
      courseId: fc.oneof(fc.constantFrom('rhs-python', 'rusd-eng-9', 'nope'), fc.string()),
      level: fc.oneof(fc.constantFrom('grade-9', 'grade-12'), fc.string()),
      dualCredit: fc.oneof(fc.boolean(), fc.string()),
    });
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({
        baseVersion: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.string()),
        courses: fc.array(course, { maxLength: 4 }),
        goals: fc.oneof(fc.jsonValue(), fc.constant({})),
      }),
      fc.record({
        version: fc.integer({ min: -1, max: 4 }),
        lang: fc.constantFrom('en', 'es', 'fr'),
      }),
      fc.record({ programId: fc.oneof(fc.constant(PROGRAM), fc.string()) }),
    );
    const target = fc.constantFrom(
      ['PUT', ''] as const,
      ['POST', '/sign'] as const,
      ['POST', ''] as const,
    );
    await fc.assert(
      fc.asyncProperty(target, body, async ([method, suffix], payload) => {
        const before = await versions();
        const res = await app.inject({
          method,
          url: `${plan('cedar')}${suffix}`,
          headers: {
            ...(await sessionHeaders(runtime, ids.cedarCounselor!)),
            'content-type': 'application/json',
          },
          payload: JSON.stringify(payload),
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode >= 400) expect(await versions()).toBe(before);
      }),
      { numRuns: engine.name === 'pglite' ? 120 : 50, seed: 20261126 },
    );
  });
});
