import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TCaseload, TNote, TNoteList } from '../../contracts/caseload.ts';
import type { TApiError } from '../../contracts/errors.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import { ROLES } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { importTranscripts } from '../../services/records/import-transcripts.ts';
import { csv, TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';

describe.each(testEngines())('caseload and notes routes on $name', (engine) => {
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
      .set({ local_id: 'LOC-1', grade: 10 })
      .where('user_id', '=', student)
      .execute();
    // Grade 10 in 2026–27 (the clock's school year): grade 9 was 2025–26.
    const year =
      new Date().getUTCMonth() >= 6 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    const text = csv(TRANSCRIPT_HEADER, [
      `LOC-1,da-high,${year - 1}-${String(year % 100).padStart(2, '0')},year,02052,Algebra I,02052,1,0,F,fail`,
    ]);
    await importTranscripts(runtime.records, CLI, { name: 't.csv', text }, { districtId: 'da' });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const send = async (
    userId: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    app.inject({
      method,
      url,
      headers: await sessionHeaders(runtime, userId),
      ...(payload ? { payload } : {}),
    });
  const auditRows = (action: string) =>
    runtime.database.db
      .selectFrom('audit_log')
      .select(['detail', 'actor_id', 'outcome'])
      .where('action', '=', action)
      .execute();

  it("lists a counselor's caseload with each signal and its reason, audited once", async () => {
    const counselor = userOf(world, 'counselor');
    const res = await send(counselor, 'GET', '/api/v1/caseload');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<TCaseload>();
    expect(list.scope).toBe('caseload');
    expect(list.total).toBe(1);
    expect(list.interestsKnown).toBe(true);
    const [entry] = list.items;
    expect(entry!.id).toBe(student);
    expect(entry!.signals.map((s) => s.code)).toEqual([
      'credits_behind',
      'failed_core',
      'low_grade9_gpa',
      'no_plan',
      'no_interest_profile',
    ]);
    expect(entry!.signals[1]!.reason).toBe('Failed and not yet made up: Algebra I.');
    expect(list.counts.failed_core).toBe(1);
    const es = (await send(counselor, 'GET', '/api/v1/caseload?lang=es')).json<TCaseload>();
    expect(es.items[0]!.signals[3]!.label).toBe('Sin plan');
    const audits = await auditRows('caseload.read');
    expect(audits.filter((a) => a.actor_id === counselor)).toHaveLength(2);
    expect(audits[0]!.detail).toEqual({
      students: [student],
      page: 1,
      pageSize: 50,
      matched: 1,
    });
  });

  it('gives the filtered, sorted list a page at a time, each page audited with its ids only', async () => {
    const admin = userOf(world, 'district_admin');
    const whole = (await send(admin, 'GET', '/api/v1/caseload?sort=name')).json<TCaseload>();
    const order = whole.items.map((i) => i.id);
    expect(order).toHaveLength(3);
    for (const pageSize of [1, 2, 3]) {
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(3 / pageSize) + 1; page++) {
        const url = `/api/v1/caseload?sort=name&page=${page}&pageSize=${pageSize}`;
        const res = await send(admin, 'GET', url);
        expect(res.statusCode, url).toBe(200);
        const body = res.json<TCaseload>();
        expect(body).toMatchObject({ page, pageSize, matched: 3, total: 3 });
        expect(body.counts.no_plan, url).toBe(3);
        seen.push(...body.items.map((i) => i.id));
        const audits = await runtime.database.db
          .selectFrom('audit_log')
          .select('detail')
          .where('action', '=', 'caseload.read')
          .where('actor_id', '=', admin)
          .orderBy('id', 'desc')
          .limit(1)
          .execute();
        expect(audits[0]!.detail, url).toEqual({
          students: body.items.map((i) => i.id),
          page,
          pageSize,
          matched: 3,
        });
      }
      // Every student once, in the order of the whole list; the page past the last is empty.
      expect(seen, String(pageSize)).toEqual(order);
    }
    const filtered = (
      await send(admin, 'GET', '/api/v1/caseload?grade=10&page=1&pageSize=1')
    ).json<TCaseload>();
    expect(filtered).toMatchObject({ matched: 1, total: 3 });
    expect(filtered.items.map((i) => i.id)).toEqual([student]);
    for (const [query, field] of [
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=1.5', 'page'],
      ['page=x', 'page'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=201', 'pageSize'],
      ['pageSize=ten', 'pageSize'],
    ] as const) {
      const res = await send(admin, 'GET', `/api/v1/caseload?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json<TApiError>().error.field, query).toBe(field);
    }
  });

  it('describes page and pageSize in the OpenAPI document, with their bounds', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<
        string,
        { get?: { parameters?: { name: string; schema?: Record<string, unknown> }[] } }
      >;
    }>();
    const params = doc.paths['/api/v1/caseload']?.get?.parameters ?? [];
    const schema = (name: string) => params.find((p) => p.name === name)?.schema;
    expect(schema('page')).toMatchObject({ minimum: 1, default: 1 });
    expect(schema('pageSize')).toMatchObject({ minimum: 1, maximum: 200, default: 50 });
    const items = (
      doc as unknown as {
        paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      }
    ).paths['/api/v1/caseload']!.get.responses['200'];
    expect(JSON.stringify(items)).toContain('"matched"');
  });

  it('never answers the list query with a 5xx (fuzz: page, pageSize and the filters)', async () => {
    const admin = userOf(world, 'district_admin');
    const value = fc.oneof(
      fc.string(),
      fc.integer().map(String),
      fc.double().map(String),
      fc.constantFrom('', '1e3', '0x10', '00001', '9'.repeat(30), '%00', '-0', 'NaN', 'Infinity'),
    );
    const key = fc.constantFrom('page', 'pageSize', 'sort', 'grade', 'signal', 'q', 'school');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 4 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const res = await send(admin, 'GET', `/api/v1/caseload?${query}`);
        expect(res.statusCode, query).toBeLessThan(500);
        if (res.statusCode === 200) {
          const body = res.json<TCaseload>();
          expect(body.items.length, query).toBeLessThanOrEqual(body.pageSize);
        }
      }),
      { numRuns: engine.name === 'pglite' ? 150 : 60, seed: 20261127 },
    );
  }, 120_000);

  it('filters by signal, grade and search, and keeps the counts of the whole scope', async () => {
    const admin = userOf(world, 'district_admin');
    const all = (await send(admin, 'GET', '/api/v1/caseload?sort=name')).json<TCaseload>();
    expect(all.scope).toBe('district');
    // The two students of da-high and the one of da-mid.
    expect(all.total).toBe(3);
    expect(all.interestsKnown).toBe(false);
    expect(all.items.flatMap((i) => i.signals.map((s) => s.code))).not.toContain(
      'no_interest_profile',
    );
    const failed = (
      await send(admin, 'GET', '/api/v1/caseload?signal=failed_core')
    ).json<TCaseload>();
    expect(failed.items.map((i) => i.id)).toEqual([student]);
    expect(failed.counts.no_plan).toBe(3);
    for (const [query, ids] of [
      ['q=loc-1', [student]],
      ['q=zzz', []],
      ['grade=10', [student]],
      ['grade=12', []],
      ['school=db-high', []],
    ] as const) {
      const res = await send(admin, 'GET', `/api/v1/caseload?${query}`);
      expect(
        res.json<TCaseload>().items.map((i) => i.id),
        query,
      ).toEqual(ids);
    }
    expect((await send(admin, 'GET', '/api/v1/caseload?signal=nope')).statusCode).toBe(400);
  });

  it("gives a school admin their own school's students only, audited", async () => {
    const principal = userOf(world, 'school_admin');
    const own = (await send(principal, 'GET', '/api/v1/caseload?sort=name')).json<TCaseload>();
    expect(own.scope).toBe('school');
    expect(own.total).toBe(2);
    expect(new Set(own.items.map((i) => i.schoolId))).toEqual(new Set(['da-high']));
    expect(own.items.map((i) => i.id)).not.toContain(world.districts[0].users.otherSchoolStudent);
    for (const school of ['da-mid', 'db-high']) {
      const res = await send(principal, 'GET', `/api/v1/caseload?school=${school}`);
      expect(res.json<TCaseload>().items, school).toEqual([]);
    }
    const audits = await auditRows('caseload.read');
    expect(audits.filter((a) => a.actor_id === principal && a.outcome === 'ok')).toHaveLength(3);
  });

  it('refuses the list to everyone else', async () => {
    for (const role of ROLES.filter(
      (r) => !['counselor', 'school_admin', 'district_admin'].includes(r),
    )) {
      const res = await send(userOf(world, role), 'GET', '/api/v1/caseload');
      expect(res.statusCode, role).toBe(403);
    }
  });

  it('keeps notes among staff with the student in scope; only the author changes them', async () => {
    const counselor = userOf(world, 'counselor');
    const url = `/api/v1/students/${student}/notes`;
    const created = await send(counselor, 'POST', url, { body: '  Called home about Algebra.  ' });
    expect(created.statusCode, created.body).toBe(201);
    const note = created.json<TNote>();
    expect(note).toMatchObject({ body: 'Called home about Algebra.', mine: true });

    const byAdmin = await send(userOf(world, 'district_admin'), 'GET', url);
    expect(byAdmin.json<TNoteList>().items.map((n) => [n.id, n.mine])).toEqual([[note.id, false]]);
    expect((await send(userOf(world, 'school_admin'), 'GET', url)).statusCode).toBe(200);
    for (const role of ['student', 'guardian', 'teacher', 'state_admin'] as const)
      expect((await send(userOf(world, role), 'GET', url)).statusCode, role).toBe(403);
    expect((await send(userOf(world, 'school_admin', 1), 'GET', url)).statusCode).toBe(403);
    expect((await send(userOf(world, 'counselor', 1), 'GET', url)).statusCode).toBe(403);
    expect(
      (await send(userOf(world, 'district_admin'), 'POST', url, { body: 'x' })).statusCode,
    ).toBe(403);

    const edited = await send(counselor, 'PUT', `${url}/${note.id}`, { body: 'Met the family.' });
    expect(edited.json<TNote>().body).toBe('Met the family.');
    expect(edited.json<TNote>().updatedAt).not.toBeNull();
    expect((await send(counselor, 'PUT', `${url}/nope`, { body: 'x' })).statusCode).toBe(404);
    expect((await send(counselor, 'POST', url, { body: '   ' })).statusCode).toBe(400);
    const reads = await auditRows('note.read');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(await auditRows('note.create'))).not.toContain('Algebra');
    expect((await send(counselor, 'DELETE', `${url}/${note.id}`)).statusCode).toBe(204);
    expect((await send(counselor, 'GET', url)).json<TNoteList>().items).toEqual([]);
  });

  it('never answers a note write with a 5xx (fuzz: NUL bytes, huge text, other districts)', async () => {
    const counselor = userOf(world, 'counselor');
    const targets = [
      student,
      world.districts[0].users.otherStudent,
      world.districts[1].users.student,
      'no-such-student',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        fc.oneof(
          fc.string(),
          fc.string({ minLength: 9_990, maxLength: 10_020 }),
          fc.string().map((s) => `${s}\u0000${s}`),
          fc.constant('\ud800'),
          fc.integer(),
          fc.constant(null),
        ),
        async (target, body) => {
          const res = await send(counselor, 'POST', `/api/v1/students/${target}/notes`, { body });
          expect(res.statusCode, res.body).toBeLessThan(500);
          if (target !== student) expect([400, 403, 404]).toContain(res.statusCode);
        },
      ),
      { numRuns: engine.name === 'pglite' ? 150 : 60, seed: 20261126 },
    );
  }, 120_000);
});
