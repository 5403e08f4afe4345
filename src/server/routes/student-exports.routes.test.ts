/**
 * What a student takes away: the plan's JSON export carries the transfer credit the plan PDF
 * prints (passed credit earned elsewhere, with its course flags), and the student's own data export
 * (FERPA) carries every record kept about them, transfer credit included whatever its result;
 * both described by the contract; on each engine, through the API.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { ZPlanExport } from '../../contracts/plan-export.ts';
import { ZStudentData } from '../../contracts/student-data.ts';
import type { TTransferCreate } from '../../contracts/transfer.ts';
import type { Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { assignCaseload, linkGuardian } from '../../services/accounts/link-students.ts';
import { addUser, recordsWorld } from '../../services/records/test-world.ts';

const PROGRAM = 'riverside-software-development';

const credit = (over: Partial<TTransferCreate>): TTransferCreate => ({
  kind: 'transfer',
  earnedAt: { name: 'Lakeview High School', state: 'TX' },
  course: { title: 'Welding I', code: 'AG 110' },
  schoolYear: 2025,
  term: 'year',
  creditsEarned: 1,
  countsAs: { kind: 'elective' },
  ...over,
});

describe.each(testEngines())('student exports on $name', (engine) => {
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
      ids[key] = await addUser(runtime, key, 'plan-export.test', role, orgId);
    };
    await add('student', 'student', 'rhs');
    await add('other', 'student', 'rhs');
    await add('guardian', 'guardian', 'rhs');
    await add('counselor', 'counselor', 'rhs');
    await linkGuardian(deps, CLI, {
      student: 'student@plan-export.test',
      guardian: 'guardian@plan-export.test',
    });
    for (const student of ['student', 'other'])
      await assignCaseload(deps, CLI, {
        student: `${student}@plan-export.test`,
        counselor: 'counselor@plan-export.test',
      });
    app = await buildTestApp(runtime);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const call = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: await sessionHeaders(runtime, ids[who]!),
      ...(payload === undefined ? {} : { payload }),
    });
  const student = (key = 'student') => `/api/v1/students/${ids[key]}`;
  const addCredit = async (key: string, body: TTransferCreate) => {
    const res = await call('counselor', 'POST', `${student(key)}/transfer-credits`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };

  it('exports the plan with the passed transfer credit and its flags, as the PDF prints it', async () => {
    for (const key of ['student', 'other']) {
      const started = await call('counselor', 'POST', `${student(key)}/plan`, {
        programId: PROGRAM,
      });
      expect(started.statusCode, started.body).toBe(201);
    }
    const empty = ZPlanExport.parse(
      JSON.parse((await call('student', 'GET', `${student()}/plan/export`)).body),
    );
    expect(empty.transferCredit).toEqual([]);

    const calculus = await addCredit(
      'student',
      credit({
        kind: 'dual_credit',
        earnedAt: { name: 'Valley College', state: 'TX', institutionId: '228547' },
        course: { title: 'Calculus I', code: 'MATH 2413' },
        flags: ['AP', 'DE'],
        schoolYear: 2026,
        term: 'S1',
        creditsEarned: 0.5,
        grade: 'A',
      }),
    );
    const welding = await addCredit('student', credit({ flags: ['H'] }));
    await addCredit(
      'student',
      credit({ course: { title: 'Chemistry' }, result: 'fail', creditsEarned: 0 }),
    );
    await addCredit('other', credit({ course: { title: 'Marked Other Course' } }));

    for (const who of ['student', 'guardian', 'counselor']) {
      const res = await call(who, 'GET', `${student()}/plan/export?format=json&lang=es`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('application/json');
      const file = ZPlanExport.parse(JSON.parse(res.body));
      expect(file).toMatchObject({ format: 'wayfinder-plan', plan: { studentId: ids.student } });
      expect(file.transferCredit.map((c) => c.id)).toEqual([welding, calculus]);
      expect(file.transferCredit[1]).toMatchObject({
        kind: 'dual_credit',
        studentId: ids.student,
        earnedAt: { name: 'Valley College', state: 'TX', institutionId: '228547' },
        course: { title: 'Calculus I', code: 'MATH 2413' },
        flags: ['AP', 'DE'],
        schoolYear: 2026,
        creditsEarned: 0.5,
        grade: 'A',
        result: 'pass',
        countsAs: { kind: 'elective' },
      });
      expect(file.transferCredit[0]!.flags).toEqual(['H']);
      expect(res.body).not.toContain('Marked Other Course');
      expect(res.body).not.toContain('Chemistry');
    }
  });

  it("gives the student (and a guardian) every record kept about them, and no one else's", async () => {
    const saved = await call('student', 'POST', `${student()}/saved-items`, {
      kind: 'pathway',
      ref: '08-05',
    });
    expect(saved.statusCode, saved.body).toBeLessThan(300);
    const own = await call('student', 'GET', `${student()}/data-export`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.headers['content-disposition']).toContain(`wayfinder-data-${ids.student}.json`);
    const data = ZStudentData.parse(JSON.parse(own.body));
    expect(data.student).toMatchObject({ id: ids.student, name: 'student', schoolId: 'rhs' });
    // Every transfer record, the failed one too, with its flags.
    expect(data.transferCredit.map((c) => [c.course.title, c.result, c.flags]).sort()).toEqual([
      ['Calculus I', 'pass', ['AP', 'DE']],
      ['Chemistry', 'fail', []],
      ['Welding I', 'pass', ['H']],
    ]);
    expect(data.plan?.versions.map((v) => v.version)).toEqual([1]);
    expect(data.plan?.versions[0]!.body).toMatchObject({ programId: PROGRAM });
    expect(data.savedItems).toEqual([expect.objectContaining({ kind: 'pathway', ref: '08-05' })]);
    expect(own.body).not.toContain('Marked Other Course');
    expect(own.body).not.toContain(ids.other);

    const guardian = await call('guardian', 'GET', `${student()}/data-export`);
    expect(guardian.statusCode, guardian.body).toBe(200);
    expect(ZStudentData.parse(JSON.parse(guardian.body)).transferCredit).toHaveLength(3);
    for (const [who, whose] of [
      ['counselor', 'student'],
      ['other', 'student'],
      ['student', 'other'],
      ['guardian', 'other'],
    ])
      expect((await call(who!, 'GET', `${student(whose)}/data-export`)).statusCode, who).toBe(403);
    const logged = await runtime.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'outcome'])
      .where('action', '=', 'student.data_export')
      .where('target_id', '=', ids.student!)
      .execute();
    expect(logged.filter((l) => l.outcome === 'ok').map((l) => l.actor_id)).toEqual([ids.guardian]);
  });

  it('describes the JSON files in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const answer = doc.paths['/api/v1/students/{id}/plan/export'].get.responses['200'];
    const schema = JSON.stringify(answer.content['application/json'].schema);
    expect(schema).toContain('transferCredit');
    expect(schema).toContain('flags');
    const own = doc.paths['/api/v1/students/{id}/data-export'].get.responses['200'];
    expect(JSON.stringify(own.content['application/json'].schema)).toContain('transferCredit');
  });
});
