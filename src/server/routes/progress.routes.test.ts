import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { countRows } from '../../../test/route-app.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import { ROLES } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { importTranscripts } from '../../services/records/import-transcripts.ts';
import { csv, TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';

describe.each(testEngines())('progress routes on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let student: string;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime, { secondSchool: true });
    app = await buildTestApp(runtime);
    student = world.districts[0].users.student;
    for (const d of world.districts)
      await runtime.records.requirements.saveSet(
        d.id,
        shippedRequirementSet('rusd-diploma')!,
        true,
      );
    // Give the world's student a local id, then a transcript.
    await runtime.database.db
      .updateTable('student')
      .set({ local_id: 'LOC-1' })
      .where('user_id', '=', student)
      .execute();
    const text = csv(TRANSCRIPT_HEADER, [
      'LOC-1,da-high,2025-26,year,02052,Algebra I,02052,1,1,A,pass',
    ]);
    await importTranscripts(runtime.records, CLI, { name: 't.csv', text }, { districtId: 'da' });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = async (userId: string | null, url: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: userId ? await sessionHeaders(runtime, userId) : {},
    });
  const audits = async (action: string) =>
    Number(
      (
        await runtime.database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .where('outcome', '=', 'ok')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('shows the student, their guardian, counselor and admins the check; nobody else', async () => {
    const url = `/api/v1/students/${student}/progress`;
    const expected: Record<string, number> = {
      student: 200,
      guardian: 200,
      counselor: 200,
      district_admin: 200,
      school_admin: 200,
      state_admin: 200,
      teacher: 403,
      college_staff: 403,
      employer_partner: 403,
    };
    for (const role of ROLES) {
      const res = await get(userOf(world, role), url);
      expect(res.statusCode, `${role}: ${res.body}`).toBe(expected[role]);
    }
    const other = await get(
      userOf(world, 'counselor', 0),
      `/api/v1/students/${world.districts[0].users.otherStudent}/progress`,
    );
    expect(other.statusCode).toBe(403);
    // A school admin reaches the students of their own school only, not the district's others.
    const elsewhere = world.districts[0].users.otherSchoolStudent;
    for (const [role, status] of [
      ['school_admin', 403],
      ['teacher', 403],
      ['district_admin', 200],
    ] as const)
      expect(
        (await get(userOf(world, role), `/api/v1/students/${elsewhere}/progress`)).statusCode,
        role,
      ).toBe(status);
    for (const role of [
      'student',
      'guardian',
      'counselor',
      'school_admin',
      'district_admin',
    ] as const)
      expect((await get(userOf(world, role, 1), url)).statusCode, role).toBe(403);
    expect((await get(null, url)).statusCode).toBe(401);
  });

  it('answers with statuses and sentences, and audits every read by staff but not by the student', async () => {
    const before = await audits('progress.read');
    const mine = await get(
      student,
      `/api/v1/students/${student}/progress?whatIf=tx-foundation-endorsement`,
    );
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body.student.districtId).toBe('da');
    const alg = body.check.requirements.find((r: { id: string }) => r.id === 'math-algebra-1');
    expect(alg).toMatchObject({ status: 'met', earned: 1 });
    expect(alg.courses[0].sentence).toBe(
      'Algebra I, 2025–26, grade A, counts toward Algebra I: 1 of 1 credit.',
    );
    expect(body.whatIf.setId).toBe('tx-foundation-endorsement');
    // No plan yet: the pages that show one need not ask for it.
    expect(body.planVersion).toBeNull();
    expect(await audits('progress.read')).toBe(before);
    await get(userOf(world, 'counselor'), `/api/v1/students/${student}/progress`);
    await get(userOf(world, 'guardian'), `/api/v1/students/${student}/progress`);
    await get(userOf(world, 'school_admin'), `/api/v1/students/${student}/progress`);
    expect(await audits('progress.read')).toBe(before + 3);
    const unknownSet = await get(student, `/api/v1/students/${student}/progress?whatIf=nope`);
    expect(unknownSet.statusCode).toBe(404);
    expect(unknownSet.json().error.field).toBe('whatIf');
  });

  it('lets the counselor record an exception with a reason; the student may not', async () => {
    const url = `/api/v1/students/${student}/exceptions`;
    const send = async (userId: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: await sessionHeaders(runtime, userId), payload });
    const waive = {
      kind: 'waive',
      nodeId: 'fine-arts',
      reason: 'transfer credit from out of state',
    };
    expect((await send(student, waive)).statusCode).toBe(403);
    const noReason = await send(userOf(world, 'counselor'), { ...waive, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const made = await send(userOf(world, 'counselor'), waive);
    expect(made.statusCode, made.body).toBe(201);
    expect(await audits('progress.exception')).toBe(1);
    const check = (await get(student, `/api/v1/students/${student}/progress`)).json();
    expect(
      check.check.requirements.find((r: { id: string }) => r.id === 'fine-arts'),
    ).toMatchObject({
      status: 'met',
      exception: { kind: 'waive', reason: waive.reason },
    });
  });

  it('never answers 5xx to any exception body (fuzz), and a refused one changes nothing', async () => {
    const headers = await sessionHeaders(runtime, userOf(world, 'counselor'));
    const count = () => countRows(runtime, 'requirement_exception');
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          kind: fc.oneof(fc.constantFrom('substitute', 'waive', 'force_complete'), fc.string()),
          nodeId: fc.oneof(fc.constantFrom('english', 'math', 'diploma'), fc.string()),
          attemptKey: fc.oneof(fc.constant('2026:year:02052@da-high'), fc.string()),
          reason: fc.string({ maxLength: 600 }),
          set: fc.oneof(fc.constant('rusd-diploma'), fc.string({ maxLength: 100 })),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const before = await count();
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/students/${student}/exceptions`,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode >= 400) expect(await count()).toBe(before);
      }),
      { numRuns: engine.name === 'pglite' ? 150 : 60, seed: 20261126 },
    );
  });
});
