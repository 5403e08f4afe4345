/**
 * Starting a plan from a pathway, the plan's credentials and work-based learning, and the dual
 * credit check, through the API on each engine.
 */
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
import { assignCaseload } from '../../services/accounts/link-students.ts';
import { addUser, recordsWorld } from '../../services/records/test-world.ts';

const PROGRAM = 'riverside-software-development';
interface Mark {
  credentialId?: string;
  level: string;
  type?: string | null;
  title?: string;
  employer?: string;
}

describe.each(testEngines())('plans from a pathway, with credentials, on $name', (engine) => {
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
      ids[key] = await addUser(runtime, key, 'plan-start.test', role, orgId);
    };
    await add('ana', 'student', 'rhs');
    await add('ben', 'student', 'rhs');
    await add('faraway', 'student', 'other-high');
    await add('counselor', 'counselor', 'rhs');
    await add('otherAdmin', 'district_admin', 'other');
    for (const student of ['ana', 'ben'])
      await assignCaseload(deps, CLI, {
        student: `${student}@plan-start.test`,
        counselor: 'counselor@plan-start.test',
      });
    app = await buildTestApp(runtime);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: await sessionHeaders(runtime, ids[who]!),
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const plan = (student: string) => `/api/v1/students/${ids[student]}/plan`;

  it("starts from a pathway's program, carrying its credentials and work-based learning by grade", async () => {
    const res = await call('counselor', 'POST', `${plan('ana')}?lang=es`, { pathwayCode: '11-03' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      programId: PROGRAM,
      programTitle: 'Desarrollo de software',
      pathway: { code: '11-03' },
    });
    expect(body.careerChoices.length).toBeGreaterThan(0);
    expect(body.credentials).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ credentialId: 'comptia-tech-plus', level: 'grade-9' }),
        expect.objectContaining({ credentialId: 'pcep', level: 'grade-10' }),
      ]),
    );
    expect(body.credentials.every((c: Mark) => c.type && c.title)).toBe(true);
    expect(body.workBasedLearning).toContainEqual(
      expect.objectContaining({
        level: 'grade-10',
        type: 'job_shadow',
        title: 'Un día con un equipo de desarrollo de software',
        titleLang: 'es',
      }),
    );
    expect(body.workBasedLearning.find((w: Mark) => w.level === 'grade-12').employer).toBeTruthy();
    expect(
      body.postsecondary.some((s: { workBasedLearning: unknown[] }) => s.workBasedLearning.length),
    ).toBe(true);
  });

  it('starts an empty plan aiming at a pathway no program of the district is in', async () => {
    // The options say there is no plan yet (so a page need not ask for it and meet a 404), to
    // the student and their counselor only: another student learns nothing of it.
    const before = await call('ben', 'GET', `${plan('ben')}/options`);
    expect(before.statusCode).toBe(200);
    expect(before.json().currentVersion).toBeNull();
    expect((await call('ben', 'GET', plan('ben'))).statusCode).toBe(404);
    expect((await call('counselor', 'GET', `${plan('ben')}/options`)).json().currentVersion).toBe(
      null,
    );
    for (const other of ['ana', 'faraway']) {
      const refused = await call(other, 'GET', `${plan('ben')}/options`);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('currentVersion');
    }
    const res = await call('ben', 'POST', plan('ben'), { pathwayCode: '01-01' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      programId: null,
      programVersion: null,
      courses: [],
      credentials: [],
      workBasedLearning: [],
      postsecondary: [],
      exitPoints: [],
      pathway: { code: '01-01' },
    });
    expect(body.programTitle).toBe(body.pathway.title);
    expect(body.careerChoices.length).toBeGreaterThan(0);
    const options = (await call('ben', 'GET', `${plan('ben')}/options`)).json();
    expect(options.pathways).toContainEqual(expect.objectContaining({ code: '01-01' }));
    expect(options.credentials.map((c: { id: string }) => c.id)).toContain('pcep');
    expect(options.currentVersion).toBe(body.currentVersion);
    const edited = await call('ben', 'PUT', plan('ben'), {
      baseVersion: 1,
      courses: [{ courseId: 'rusd-eng-9', level: 'grade-9', dualCredit: false }],
      credentials: [{ credentialId: 'pcep', level: 'grade-11' }],
      workBasedLearning: [
        { level: 'grade-10', type: 'job_shadow', title: { en: 'A day on a farm' } },
      ],
      goals: {
        career: { soc: body.careerChoices[0].soc, title: body.careerChoices[0].title },
        postsecondary: null,
        benchmarks: [],
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      version: 1,
      programId: null,
      credentials: [{ credentialId: 'pcep', level: 'grade-11' }],
      workBasedLearning: [{ level: 'grade-10', type: 'job_shadow', title: 'A day on a farm' }],
    });
    const progress = await call('ben', 'GET', `/api/v1/students/${ids.ben}/progress`);
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().program ?? null).toBeNull();
    expect(progress.json().planVersion).toBe(body.currentVersion);
    const caseload = await call('counselor', 'GET', '/api/v1/caseload');
    expect(caseload.statusCode).toBeLessThan(500);
  });

  it('refuses an unknown pathway, both or neither start, and a pathway outside the district reach', async () => {
    const unknown = await call('counselor', 'POST', plan('ana'), { pathwayCode: '99-99' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('pathwayCode');
    const both = await call('counselor', 'POST', plan('ana'), {
      pathwayCode: '11-03',
      programId: PROGRAM,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.field).toBe('programId');
    expect((await call('counselor', 'POST', plan('ana'), {})).statusCode).toBe(400);
    const bad = await call('counselor', 'POST', plan('ana'), { pathwayCode: '11-3' });
    expect(bad.statusCode).toBe(400);
    expect(
      (await call('otherAdmin', 'POST', plan('ana'), { pathwayCode: '01-01' })).statusCode,
    ).toBe(403);
  });

  it('lets a credential go and a job shadow in; refuses an unknown credential and changes nothing', async () => {
    const current = (await call('ana', 'GET', plan('ana'))).json();
    const courses = current.courses.map(({ courseId, level, dualCredit }: never) => ({
      courseId,
      level,
      dualCredit,
    }));
    const goals = current.goals;
    const refused = await call('ana', 'PUT', plan('ana'), {
      baseVersion: current.version,
      courses,
      credentials: [{ credentialId: 'no-such-credential', level: 'grade-9' }],
      goals,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('credentials.0.credentialId');
    expect((await call('ana', 'GET', plan('ana'))).json().credentials).toEqual(current.credentials);
    const edited = await call('ana', 'PUT', plan('ana'), {
      baseVersion: current.version,
      courses,
      credentials: [{ credentialId: 'pcep', level: 'grade-10' }],
      workBasedLearning: [
        ...current.workBasedLearning.map(
          (w: { level: string; type: string; titleText: unknown; employerId?: string }) => ({
            level: w.level,
            type: w.type,
            title: w.titleText,
            ...(w.employerId ? { employerId: w.employerId } : {}),
          }),
        ),
        { level: 'grade-9', type: 'job_shadow', title: { en: 'A day with a web designer' } },
      ],
      goals,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().credentials.map((c: Mark) => c.credentialId)).toEqual(['pcep']);
    expect(edited.json().workBasedLearning).toHaveLength(current.workBasedLearning.length + 1);
    // Spanish titles survive an edit that sent them back.
    const es = (await call('ana', 'GET', `${plan('ana')}?lang=es`)).json();
    expect(es.workBasedLearning.map((w: Mark) => w.title)).toContain(
      'Un día con un equipo de desarrollo de software',
    );
    // An edit that leaves them out keeps them.
    const kept = await call('ana', 'PUT', plan('ana'), {
      baseVersion: edited.json().version,
      courses,
      goals,
    });
    expect(kept.json().workBasedLearning).toHaveLength(current.workBasedLearning.length + 1);
    const exported = JSON.parse((await call('ana', 'GET', `${plan('ana')}/export`)).body);
    expect(exported.plan.credentials).toEqual([expect.objectContaining({ credentialId: 'pcep' })]);
    expect(exported.plan.workBasedLearning).toContainEqual(
      expect.objectContaining({ title: 'A day with a web designer', type: 'job_shadow' }),
    );
  });

  it('warns about a dual credit mark no agreement covers, with the reason, and keeps one that has it', async () => {
    const current = (await call('ana', 'GET', plan('ana'))).json();
    const courses = current.courses.map(({ courseId, level }: never) => ({
      courseId,
      level,
      dualCredit: courseId === 'rusd-eng-9' || courseId === 'rhs-python',
    }));
    const res = await call('ana', 'PUT', `${plan('ana')}?lang=es`, {
      baseVersion: current.version,
      courses,
      goals: current.goals,
    });
    expect(res.statusCode, res.body).toBe(200);
    const dual = res.json().findings.filter((f: { rule: string }) => f.rule === 'dual_credit');
    expect(dual).toEqual([
      expect.objectContaining({
        courseId: 'rusd-eng-9',
        message: expect.stringMatching(/crédito doble, pero ningún acuerdo con una universidad/),
      }),
    ]);
    const options = (await call('ana', 'GET', `${plan('ana')}/options`)).json();
    expect(options.creditAgreements).toContain('rhs-python');
    expect(options.creditAgreements).not.toContain('rusd-eng-9');
  });

  it('never answers 5xx to a start or an edit with marks (fuzz), and a refused write changes nothing', async () => {
    const versions = () => countRows(runtime, 'learning_plan_version');
    const level = fc.oneof(fc.constantFrom('grade-9', 'grade-12'), fc.string());
    const start = fc.record(
      {
        pathwayCode: fc.oneof(fc.constantFrom('11-03', '01-01', '99-99'), fc.string()),
        programId: fc.oneof(fc.constant(PROGRAM), fc.string()),
      },
      { requiredKeys: [] },
    );
    const edit = fc.record({
      baseVersion: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.string()),
      courses: fc.constant([]),
      credentials: fc.array(
        fc.record({ credentialId: fc.oneof(fc.constantFrom('pcep', 'nope'), fc.string()), level }),
        { maxLength: 3 },
      ),
      workBasedLearning: fc.array(
        fc.record(
          {
            level,
            type: fc.oneof(fc.constantFrom('job_shadow', 'internship'), fc.string()),
            title: fc.oneof(fc.record({ en: fc.string() }), fc.string(), fc.jsonValue()),
            employerId: fc.oneof(fc.constantFrom('riverside-software', 'nope'), fc.string()),
          },
          { requiredKeys: ['level', 'type', 'title'] },
        ),
        { maxLength: 3 },
      ),
      goals: fc.constant({}),
    });
    const target = fc.oneof(
      fc.tuple(fc.constant('POST' as const), start),
      fc.tuple(fc.constant('PUT' as const), fc.oneof(edit, fc.jsonValue())),
    );
    await fc.assert(
      fc.asyncProperty(target, async ([method, payload]) => {
        const before = await versions();
        const res = await app.inject({
          method,
          url: plan('faraway'),
          headers: {
            ...(await sessionHeaders(runtime, ids.otherAdmin!)),
            'content-type': 'application/json',
          },
          payload: JSON.stringify(payload),
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode >= 400) expect(await versions()).toBe(before);
      }),
      { numRuns: engine.name === 'pglite' ? 100 : 40, seed: 20261126 },
    );
  });
});
