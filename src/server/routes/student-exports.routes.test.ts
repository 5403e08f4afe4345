/**
 * What a student takes away: the plan's JSON export carries the transfer credit the plan PDF
 * prints (passed credit earned elsewhere, with its course flags), and the student's own data export
 * (FERPA) carries every record kept about them, transfer credit included whatever its result, and
 * the counselor notes on them (never another student's); both described by the contract; on each
 * engine, through the API.
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

  const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
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

  it("gives the student and a guardian the counselor notes on the student, and no one else's", async () => {
    const exported = async (who: string, whose = who) => {
      const res = await call(who, 'GET', `${student(whose)}/data-export`);
      expect(res.statusCode, res.body).toBe(200);
      return { body: res.body, notes: ZStudentData.parse(JSON.parse(res.body)).counselorNotes };
    };
    const write = async (key: string, body: string) => {
      const res = await call('counselor', 'POST', `${student(key)}/notes`, { body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    expect((await exported('student')).notes).toEqual([]);
    const first = await write('student', 'Asked about welding after graduation.');
    const second = await write('student', 'Wants dual credit in grade 11.');
    const edited = await call('counselor', 'PUT', `${student()}/notes/${first}`, {
      body: 'Met the family about welding.',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // A student with no notes gets an empty list, even while another student has some.
    expect((await exported('other')).notes).toEqual([]);
    const others = await write('other', 'Marked note on the other student.');

    for (const who of ['student', 'guardian']) {
      const { body, notes } = await exported(who, 'student');
      expect(notes.map((n) => n.id).sort(), who).toEqual([first, second].sort());
      const byId = new Map(notes.map((n) => [n.id, n]));
      expect(byId.get(first)).toEqual({
        id: first,
        body: 'Met the family about welding.',
        authorName: 'counselor',
        authorRole: 'counselor',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(byId.get(second)).toMatchObject({
        body: 'Wants dual credit in grade 11.',
        authorName: 'counselor',
        authorRole: 'counselor',
        updatedAt: null,
      });
      expect(Date.parse(byId.get(first)!.updatedAt!)).toBeGreaterThanOrEqual(
        Date.parse(byId.get(first)!.createdAt),
      );
      expect(body).not.toContain('Marked note');
      expect(body).not.toContain(others);
    }
    const other = await exported('other');
    expect(other.notes.map((n) => [n.id, n.body])).toEqual([
      [others, 'Marked note on the other student.'],
    ]);
    expect(other.body).not.toContain('welding');

    // The guardian's downloads are audited with the number of notes they carried, never the text.
    const logged = await runtime.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'detail'])
      .where('action', '=', 'student.data_export')
      .where('target_id', '=', ids.student!)
      .where('outcome', '=', 'ok')
      .execute();
    expect(logged.map((l) => l.actor_id)).toEqual(logged.map(() => ids.guardian));
    expect(logged.map((l) => l.detail)).toContainEqual({ notes: 2 });
    expect(JSON.stringify(logged)).not.toContain('welding');
  });

  it('describes the JSON files in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const answer = doc.paths['/api/v1/students/{id}/plan/export'].get.responses['200'];
    const schema = JSON.stringify(answer.content['application/json'].schema);
    expect(schema).toContain('transferCredit');
    expect(schema).toContain('flags');
    const own = doc.paths['/api/v1/students/{id}/data-export'].get.responses['200'];
    const ownSchema = JSON.stringify(own.content['application/json'].schema);
    expect(ownSchema).toContain('transferCredit');
    expect(ownSchema).toContain('counselorNotes');
    expect(ownSchema).toContain('authorRole');
  });
});
