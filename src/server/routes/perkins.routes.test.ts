import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TMyPerkinsStatus, TPerkinsReport } from '../../contracts/perkins.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('Perkins routes on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime);
    app = await buildTestApp(runtime);
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

  it('answers a district admin with their district, as JSON and as the submission CSV', async () => {
    const admin = userOf(world, 'district_admin');
    const d = world.districts[0].id;
    const res = await get(admin, '/api/v1/perkins?year=2026&profile=texas-like');
    expect(res.statusCode).toBe(200);
    const report = res.json<TPerkinsReport>();
    expect(report).toMatchObject({ year: 2026, profile: 'texas-like', threshold: 10 });
    for (const r of report.rows) if (r.level !== 'school') expect(r.orgId).toBe(d);
    const csv = await get(admin, `/api/v1/perkins/export?year=2026&district=${d}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('perkins-2026-federal.csv');
    expect(csv.body.split('\n')[0]).toBe(
      '\uFEFFschool_year,profile,level,org_id,org_name,program_id,program_title,group,measure,value',
    );
  });

  it('refuses an unknown profile and a missing year, naming the field', async () => {
    const admin = userOf(world, 'district_admin');
    const bad = await get(admin, '/api/v1/perkins?year=2026&profile=ohio');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { field: 'profile' } });
    const noYear = await get(admin, '/api/v1/perkins');
    expect(noYear.statusCode).toBe(400);
    expect(JSON.stringify(noYear.json())).toContain('year');
  });

  it('refuses other districts to a district admin, and everyone but admins', async () => {
    const other = world.districts[1].id;
    expect(
      (await get(userOf(world, 'district_admin'), `/api/v1/perkins?year=2026&district=${other}`))
        .statusCode,
    ).toBe(403);
    expect((await get(userOf(world, 'counselor'), '/api/v1/perkins?year=2026')).statusCode).toBe(
      403,
    );
    expect((await get(null, '/api/v1/perkins?year=2026')).statusCode).toBe(401);
    expect(
      (await get(userOf(world, 'state_admin'), `/api/v1/perkins?year=2026&district=${other}`))
        .statusCode,
    ).toBe(200);
  });

  it('tells a student their own status (none without CTE courses), and no one else', async () => {
    const mine = await get(userOf(world, 'student'), '/api/v1/me/perkins?year=2026');
    expect(mine.statusCode).toBe(200);
    expect(mine.json<TMyPerkinsStatus>()).toEqual({ year: 2026, profile: 'federal', programs: [] });
    expect((await get(userOf(world, 'counselor'), '/api/v1/me/perkins?year=2026')).statusCode).toBe(
      403,
    );
  });
});
