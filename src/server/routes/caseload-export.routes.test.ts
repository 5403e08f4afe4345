/**
 * GET /api/v1/caseload/export: the list as a CSV download, for the roles that may read the list
 * and only the students they see there; any query string, however broken, gets a 2xx or a 4xx.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { CASELOAD_SORTS, type TCaseload } from '../../contracts/caseload.ts';
import { ROLES } from '../../domain/auth/roles.ts';
import { SIGNAL_CODES } from '../../domain/triage/signals.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('caseload CSV route on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let student: string;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime, { secondSchool: true });
    app = await buildTestApp(runtime);
    student = world.districts[0].users.student;
    await runtime.database.db
      .updateTable('app_user')
      .set({ name: '=HYPERLINK("http://evil.test","Núñez")' })
      .where('id', '=', student)
      .execute();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = async (userId: string | null, url: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'GET',
      url,
      headers: { ...(userId ? await sessionHeaders(runtime, userId) : {}), ...headers },
    });
  const rows = (body: string) => parse(body, { bom: true }) as string[][];

  it('downloads the counselor’s list as UTF-8 CSV with a byte-order mark, never cached', async () => {
    const counselor = userOf(world, 'counselor');
    const res = await get(counselor, '/api/v1/caseload/export?sort=name');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="caseload-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...body] = rows(res.body);
    expect(header!.slice(0, 4)).toEqual(['Student', 'Local ID', 'School', 'Grade']);
    const list = (await get(counselor, '/api/v1/caseload?sort=name')).json<TCaseload>();
    expect(body).toHaveLength(list.items.length);
    expect(body.map((r) => r[0])).toEqual([`'=HYPERLINK("http://evil.test","Núñez")`]);
  });

  it('speaks the language of ?lang= or Accept-Language', async () => {
    const counselor = userOf(world, 'counselor');
    for (const res of [
      await get(counselor, '/api/v1/caseload/export?lang=es'),
      await get(counselor, '/api/v1/caseload/export', { 'accept-language': 'es-MX,es;q=0.9' }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/filename="estudiantes-/);
      const [header, row] = rows(res.body);
      expect(header!.slice(0, 3)).toEqual(['Estudiante', 'Número de estudiante', 'Escuela']);
      expect(row![header!.indexOf('Sin plan')]).toBe('Aún no tiene un plan de aprendizaje.');
    }
  });

  it('keeps the list’s filters and scope for each staff role, and refuses the others', async () => {
    const admin = userOf(world, 'district_admin');
    for (const query of ['sort=name', 'grade=9', 'school=da-mid', 'school=db-high', 'q=zzz']) {
      const list = (await get(admin, `/api/v1/caseload?${query}`)).json<TCaseload>();
      const file = await get(admin, `/api/v1/caseload/export?${query}`);
      expect(file.statusCode, query).toBe(200);
      expect(
        rows(file.body)
          .slice(1)
          .map((r) => r[0]!.replace(/^'/, '')),
        query,
      ).toEqual(list.items.map((i) => i.name));
    }
    const other = await get(userOf(world, 'district_admin', 1), '/api/v1/caseload/export');
    expect(other.body).not.toContain('Núñez');
    expect(other.body).not.toContain(student);
    for (const role of ROLES.filter(
      (r) => !['counselor', 'school_admin', 'district_admin'].includes(r),
    ))
      expect((await get(userOf(world, role), '/api/v1/caseload/export')).statusCode, role).toBe(
        403,
      );
    expect((await get(null, '/api/v1/caseload/export')).statusCode).toBe(401);
    expect((await get(admin, '/api/v1/caseload/export?format=xlsx')).statusCode).toBe(400);
    expect((await get(admin, '/api/v1/caseload/export?signal=nope')).statusCode).toBe(400);
  });

  it('is in the OpenAPI document with the list’s filters', async () => {
    const doc = (await get(null, '/api/openapi.json')).json<{
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    }>();
    const names = doc.paths['/api/v1/caseload/export']?.get?.parameters?.map((p) => p.name);
    expect(names?.sort()).toEqual([
      'concentrator',
      'format',
      'grade',
      'lang',
      'q',
      'school',
      'signal',
      'sort',
    ]);
  });

  it('never answers 5xx to any query string (fuzz)', async () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ minLength: 95, maxLength: 120 }),
      fc.string().map((s) => `${s}\u0000${s}`),
      fc.constant('\ud800'),
      fc.integer().map(String),
      fc.constantFrom(
        ...SIGNAL_CODES,
        ...CASELOAD_SORTS,
        'csv',
        'es',
        'en',
        'yes',
        'no',
        'da-high',
        'db-high',
      ),
    );
    const key = fc.constantFrom(
      'signal',
      'grade',
      'school',
      'q',
      'sort',
      'lang',
      'format',
      'concentrator',
      'x',
    );
    const users = ['counselor', 'school_admin', 'district_admin', 'teacher'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...users),
        fc.array(fc.tuple(key, value), { maxLength: 5 }),
        async (role, pairs) => {
          const query = pairs
            .map(([k, v]) => {
              try {
                return `${k}=${encodeURIComponent(v)}`;
              } catch {
                return `${k}=%FF%FE`;
              }
            })
            .join('&');
          const res = await get(userOf(world, role), `/api/v1/caseload/export?${query}`);
          expect(res.statusCode, `${role} ?${query}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
          if (role === 'teacher') expect(res.statusCode).toBe(403);
          if (res.statusCode === 200) expect(res.body.startsWith('\uFEFF')).toBe(true);
        },
      ),
      { numRuns: engine.name === 'pglite' ? 150 : 60, seed: 20261127 },
    );
  }, 120_000);
});
