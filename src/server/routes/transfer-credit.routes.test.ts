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

/** A Geometry course from a school in another state, counted here by its SCED code. */
const GEOMETRY = {
  earnedAt: { name: 'Lakeview High School', state: 'TX', institutionId: '480000000001' },
  course: { title: 'Geometry', code: 'MTH 201', scedCode: '02072' },
  schoolYear: 2025,
  term: 'Semester 1',
  creditsEarned: 1,
  grade: 'b+',
  countsAs: { kind: 'sced', scedCode: '02072' },
};

describe.each(testEngines())('transfer credit routes on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let student: string;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime, { secondSchool: true });
    app = await buildTestApp(runtime);
    student = world.districts[0].users.student;
    await runtime.records.requirements.saveSet('da', shippedRequirementSet('rusd-diploma')!, true);
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

  const url = (id = student) => `/api/v1/students/${id}/transfer-credits`;
  const send = async (userId: string | null, payload: unknown, to = url()) =>
    app.inject({
      method: 'POST',
      url: to,
      headers: userId ? await sessionHeaders(runtime, userId) : {},
      payload: payload as object,
    });
  const stored = () => countRows(runtime, 'transfer_credit');
  const audits = async (action: string) =>
    Number(
      (
        await runtime.database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("lets only the student's counselor and district record it: never the student or a guardian", async () => {
    const expected: Record<string, number> = {
      student: 403,
      guardian: 403,
      teacher: 403,
      school_admin: 403,
      state_admin: 403,
      college_staff: 403,
      employer_partner: 403,
    };
    for (const role of ROLES) {
      if (!(role in expected)) continue;
      const res = await send(userOf(world, role), GEOMETRY);
      expect(res.statusCode, `${role}: ${res.body}`).toBe(expected[role]);
    }
    expect((await send(null, GEOMETRY)).statusCode).toBe(401);
    // Staff of the other district, and a counselor without the student on their caseload.
    for (const role of ['counselor', 'district_admin'] as const)
      expect((await send(userOf(world, role, 1), GEOMETRY)).statusCode, role).toBe(403);
    const notMine = world.districts[0].users.otherStudent;
    expect((await send(userOf(world, 'counselor'), GEOMETRY, url(notMine))).statusCode).toBe(403);
    expect(await stored()).toBe(0);
  });

  it('records it, audits it, refuses it twice, and the progress check counts it marked as transfer', async () => {
    const before = await audits('transfer.add');
    const made = await send(userOf(world, 'counselor'), GEOMETRY);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      kind: 'transfer',
      term: 's1',
      grade: 'B+',
      creditsAttempted: 1,
      earnedAt: { name: 'Lakeview High School', state: 'TX' },
    });
    expect(await audits('transfer.add')).toBe(before + 1);
    const again = await send(userOf(world, 'district_admin'), { ...GEOMETRY, term: 'S1' });
    expect(again.statusCode).toBe(409);
    const progress = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/students/${student}/progress?lang=es`,
        headers: await sessionHeaders(runtime, student),
      })
    ).json();
    const geometry = progress.check.requirements.find(
      (r: { id: string }) => r.id === 'math-geometry',
    );
    expect(geometry).toMatchObject({ status: 'met', earned: 1 });
    expect(geometry.courses[0]).toMatchObject({
      code: 'MTH 201',
      title: 'Geometry',
      transfer: { earnedAt: 'Lakeview High School', kind: 'transfer', code: 'MTH 201' },
    });
    expect(progress.transfers).toHaveLength(1);
    expect(progress.transfers[0].flags).toEqual([]);
    expect(progress.transfers[0].attemptKey).toBe(geometry.courses[0].attemptKey);
    // A counselor may substitute it for another requirement, as any course of the record.
    const substitute = await app.inject({
      method: 'POST',
      url: `/api/v1/students/${student}/exceptions`,
      headers: await sessionHeaders(runtime, userOf(world, 'counselor')),
      payload: {
        kind: 'substitute',
        nodeId: 'fine-arts',
        attemptKey: progress.transfers[0].attemptKey,
        reason: 'drafting course accepted as art',
      },
    });
    expect(substitute.statusCode, substitute.body).toBe(201);
  });

  it('keeps the AP, IB, honors and DE flags the course had there, in their order', async () => {
    const made = await send(userOf(world, 'counselor'), {
      ...GEOMETRY,
      course: { title: 'Honors Geometry', code: 'MTH 201H' },
      flags: ['DE', 'H'],
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().flags).toEqual(['H', 'DE']);
    const row = await runtime.database.db
      .selectFrom('transfer_credit')
      .select('course_flags')
      .where('id', '=', made.json().id)
      .executeTakeFirstOrThrow();
    expect(row.course_flags).toBe('H,DE');
    const progress = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/students/${student}/progress`,
        headers: await sessionHeaders(runtime, student),
      })
    ).json();
    expect(progress.transfers.find((t: { id: string }) => t.id === made.json().id).flags).toEqual([
      'H',
      'DE',
    ]);
  });

  it('answers a bad body with a 400 naming the field and stores nothing', async () => {
    const before = await stored();
    const cases: Array<[unknown, string]> = [
      [{ ...GEOMETRY, countsAs: { kind: 'course', code: 'NO-SUCH' } }, 'countsAs.code'],
      [{ ...GEOMETRY, countsAs: { kind: 'sced', scedCode: '2072' } }, 'countsAs.scedCode'],
      [{ ...GEOMETRY, earnedAt: { name: '' } }, 'earnedAt.name'],
      [{ ...GEOMETRY, result: 'fail' }, 'creditsEarned'],
      [{ ...GEOMETRY, creditsAttempted: 0.5 }, 'creditsEarned'],
      [{ ...GEOMETRY, creditsEarned: 0, result: 'in_progress' }, 'creditsAttempted'],
      [{ ...GEOMETRY, schoolYear: 1900 }, 'schoolYear'],
      [{ ...GEOMETRY, flags: ['AP', 'HON'] }, 'flags.1'],
      [{ ...GEOMETRY, flags: ['AP', 'AP'] }, 'flags'],
    ];
    for (const [body, field] of cases) {
      const res = await send(userOf(world, 'counselor'), body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field, res.body).toBe(field);
    }
    expect(await stored()).toBe(before);
  });

  it('counts one standing for a local course as that course: a retake there counts once', async () => {
    await runtime.database.db
      .insertInto('course')
      .values({
        id: 'da-alg1',
        institution_id: 'da',
        owner_id: 'da',
        level: 'secondary',
        kind: 'academic',
        subject: 'math',
        title: JSON.stringify({ en: 'Algebra I' }),
        doc: JSON.stringify({ stateCode: '02052', scedCode: '02052', title: { en: 'Algebra I' } }),
      })
      .execute();
    const res = await send(userOf(world, 'district_admin'), {
      kind: 'summer',
      earnedAt: { name: 'Valley Summer Academy' },
      course: { title: 'Algebra 1' },
      schoolYear: 2025,
      term: 'summer',
      creditsEarned: 1,
      grade: 'A',
      countsAs: { kind: 'course', code: '02052' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const progress = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/students/${student}/progress`,
        headers: await sessionHeaders(runtime, student),
      })
    ).json();
    const algebra = progress.check.requirements.find(
      (r: { id: string }) => r.id === 'math-algebra-1',
    );
    expect(algebra.earned).toBe(1);
    expect(progress.check.notCounted).toEqual([
      expect.objectContaining({ reason: 'retake', code: '02052' }),
    ]);
    // Removed by the counselor, audited; the student may not remove one.
    const id = res.json().id;
    const del = async (userId: string) =>
      app.inject({
        method: 'DELETE',
        url: `${url()}/${id}`,
        headers: await sessionHeaders(runtime, userId),
      });
    expect((await del(student)).statusCode).toBe(403);
    expect((await del(userOf(world, 'counselor'))).statusCode).toBe(204);
    expect((await del(userOf(world, 'counselor'))).statusCode).toBe(404);
    expect(await audits('transfer.remove')).toBe(1);
  });
});
