import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, sessionHeaders, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { VERSION, type Runtime } from '../../runtime.ts';
import { buildApp } from '../../server/app.ts';
import { CLI } from './caller.ts';
import { createUser } from './manage-users.ts';
import {
  actorByEmail,
  approveExport,
  exportStudents,
  listExports,
  studentsCsv,
} from './student-export.ts';

/** Each district of the test world has two students; a cap of 3 lets one export through a day. */
const CAP = 3;

describe.each(testEngines())('bulk student exports on $name', (engine) => {
  let runtime: Runtime;
  let world: World;
  let app: FastifyInstance;
  let clock = new Date('2025-03-03T09:00:00Z');
  const as = async (email: string) => ({ actor: await actorByEmail(runtime.accounts.deps, email) });

  beforeAll(async () => {
    runtime = await engine.open();
    runtime.accounts.deps.clock = () => clock;
    world = await buildWorld(runtime);
    for (const d of ['da', 'db'])
      await createUser(runtime.accounts.deps, CLI, {
        email: `admin2@${d}.test`,
        name: 'Second Admin',
        role: 'district_admin',
        orgId: d,
        baseUrl: 'http://localhost:3000',
      });
    app = await buildApp({
      catalog: runtime.catalog,
      programs: runtime.programs,
      accounts: runtime.accounts,
      exportDailyCap: CAP,
      ping: runtime.ping,
      engine: engine.name,
      version: VERSION,
    });
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  it('exports under the cap and logs it; over the cap it asks for a second admin', async () => {
    const deps = runtime.accounts.deps;
    const admin = await as('admin@da.test');
    const first = await exportStudents(deps, admin, { format: 'json', dailyCap: CAP });
    expect(first.count).toBe(2);
    expect(first.items.every((s) => s.districtId === 'da')).toBe(true);
    const [logged] = await deps.audit.list({ action: 'student.export', limit: 1 });
    expect(logged).toMatchObject({ outcome: 'ok', actorId: admin.actor.userId, districtId: 'da' });
    expect(logged!.detail).toMatchObject({ count: 2, format: 'json', exportId: first.exportId });

    const over = exportStudents(deps, admin, { format: 'csv', dailyCap: CAP });
    await expect(over).rejects.toThrow(/limit of 3 per 24 hours.*another admin of district da/);
    const [pending] = await listExports(deps, admin.actor, { status: 'pending' });
    expect(pending).toMatchObject({ requestedBy: admin.actor.userId, recordCount: 2 });
    const [refusal] = await deps.audit.list({ action: 'student.export', limit: 1 });
    expect(refusal).toMatchObject({ outcome: 'denied' });
    expect(refusal!.detail).toMatchObject({ reason: 'over_daily_cap', exportId: pending!.id });

    // Self-approval, another district's admin and a counselor are refused; nothing runs.
    await expect(approveExport(deps, admin, pending!.id)).rejects.toThrow(/your own request/);
    await expect(approveExport(deps, await as('admin@db.test'), pending!.id)).rejects.toThrow(
      /Only another admin of district da/,
    );
    await expect(approveExport(deps, await as('counselor@da.test'), pending!.id)).rejects.toThrow();
    await expect(
      exportStudents(deps, admin, { format: 'csv', approvalId: pending!.id, dailyCap: CAP }),
    ).rejects.toThrow(/still waiting/);

    // Another admin of the district approves: it runs once, for the requester only.
    await approveExport(deps, await as('admin2@da.test'), pending!.id);
    await expect(
      exportStudents(deps, await as('admin2@da.test'), {
        format: 'csv',
        approvalId: pending!.id,
        dailyCap: CAP,
      }),
    ).rejects.toThrow(/no export/);
    const approved = await exportStudents(deps, admin, {
      format: 'csv',
      approvalId: pending!.id,
      dailyCap: CAP,
    });
    expect(approved.count).toBe(2);
    await expect(
      exportStudents(deps, admin, { format: 'csv', approvalId: pending!.id, dailyCap: CAP }),
    ).rejects.toThrow(/already run/);
    const denials = await deps.audit.list({ action: 'student.export_approve', limit: 10 });
    expect(denials.map((e) => [e.outcome, e.detail?.reason ?? null])).toEqual([
      ['ok', null],
      ['denied', 'role_not_allowed'],
      ['denied', 'other_district'],
      ['denied', 'self_approval'],
    ]);

    // A day later the cap starts again.
    clock = new Date(clock.getTime() + 25 * 60 * 60_000);
    expect((await exportStudents(deps, admin, { format: 'json', dailyCap: CAP })).count).toBe(2);
  });

  it('keeps a district admin to their district; only the state approves a state-wide export', async () => {
    const deps = runtime.accounts.deps;
    await expect(
      exportStudents(deps, await as('admin@da.test'), {
        format: 'json',
        districtId: 'db',
        dailyCap: CAP,
      }),
    ).rejects.toThrow(/may not/);
    const state = await as('state@state.test');
    await expect(exportStudents(deps, state, { format: 'json', dailyCap: CAP })).rejects.toThrow(
      /waiting for approval/,
    );
    const [pending] = await listExports(deps, state.actor, { status: 'pending' });
    expect(pending!.districtId).toBeNull();
    await expect(approveExport(deps, await as('admin@da.test'), pending!.id)).rejects.toThrow(
      /Only another admin of the state/,
    );
    await expect(approveExport(deps, state, pending!.id)).rejects.toThrow(/your own request/);
  });

  it('serves exports over the API: CSV under the cap, 403 with the way to approval over it', async () => {
    clock = new Date(clock.getTime() + 25 * 60 * 60_000);
    const admin = await sessionHeaders(runtime, world.districts[1].users.district_admin);
    const second = await sessionHeaders(
      runtime,
      (await runtime.accounts.deps.users.findByEmail('admin2@db.test'))!.id,
    );
    const post = (url: string, headers: object, payload: object = {}) =>
      app.inject({ method: 'POST', url, headers: { ...headers }, payload });
    const csv = await post('/api/v1/students/export', admin, { format: 'csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\n')[0]).toBe(
      '\uFEFFid,district_id,school_id,name,given_name,family_name,grade,local_id',
    );
    expect(csv.body.trim().split('\n')).toHaveLength(3);

    const over = await post('/api/v1/students/export', admin, { format: 'json' });
    expect(over.statusCode).toBe(403);
    expect(over.json().error.field).toBe('approval');
    const id = /as export (\S+):/.exec(over.json().error.message)![1]!;
    expect(over.json().error.message).toContain(`/api/v1/students/exports/${id}/approve`);
    expect((await post(`/api/v1/students/exports/${id}/approve`, admin)).statusCode).toBe(403);
    const teacher = await sessionHeaders(runtime, world.districts[1].users.teacher);
    expect((await post(`/api/v1/students/exports/${id}/approve`, teacher)).statusCode).toBe(403);
    const list = await app.inject({
      url: '/api/v1/students/exports?status=pending',
      headers: second,
    });
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(id);
    const ok = await post(`/api/v1/students/exports/${id}/approve`, second);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id, status: 'approved' });
    const run = await post('/api/v1/students/export', admin, { format: 'json', approval: id });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ exportId: id, count: 2 });
    expect(
      (await post('/api/v1/students/export', admin, { format: 'json', approval: id })).statusCode,
    ).toBe(409);
  });

  it('writes CSV that spreadsheets do not run as formulas', () => {
    const csv = studentsCsv([
      {
        id: 'u1',
        districtId: 'da',
        schoolId: 's',
        name: '=HYPERLINK("x")',
        givenName: null,
        familyName: '=cmd',
        grade: -1,
        localId: null,
      },
    ]);
    expect(csv.split('\n')[1]).toBe(`u1,da,s,"'=HYPERLINK(""x"")",,'=cmd,-1,`);
  });

  it('writes CSV that Excel reads accented names from (a UTF-8 byte-order mark first)', () => {
    const csv = studentsCsv([
      {
        id: 'u1',
        districtId: 'da',
        schoolId: 's',
        name: 'José Núñez Ávila',
        givenName: 'José',
        familyName: 'Núñez Ávila',
        grade: 9,
        localId: null,
      },
    ]);
    expect(csv.startsWith('\uFEFFid,district_id,school_id,name,given_name,family_name,')).toBe(
      true,
    );
    expect(csv.split('\n')[1]).toBe('u1,da,s,José Núñez Ávila,José,Núñez Ávila,9,');
  });
});
