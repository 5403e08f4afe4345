/**
 * Programs belong to their owner organization; catalog rows to theirs. On the demo region
 * (Riverside Unified owns every program): another district's admin cannot edit, submit or read
 * the drafts of Riverside's programs, a draft's catalog cannot deface a row another organization
 * owns, a partner college may co-author but not take the program over, and every change and
 * refusal is in the audit log. The record-level matrix checks each role against the policy table.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TProgramDetail, TProgramList, TProgramSaved } from '../../contracts/program-api.ts';
import type { TCatalog, TProgramBody } from '../../contracts/program.ts';
import { demoCatalog, demoPrograms } from '../../data/demo/index.ts';
import { allows, type Actor } from '../../domain/auth/policy.ts';
import { PRINCIPALS, type Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { createOrg } from '../../services/accounts/manage-orgs.ts';
import { createUser } from '../../services/accounts/manage-users.ts';

const NURSING = 'riverside-nursing';
const nursing = demoPrograms.find((p) => p.id === NURSING)!.program;
const collegeCourse = demoCatalog.courses.find(
  (c) => c.institutionId === 'rvcc' && nursing.steps.some((s) => s.courses.includes(c.id)),
)!;

describe.each(testEngines())('program and catalog ownership on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    const deps = runtime.accounts.deps;
    // The demo region's loader made the state and Riverside's organizations.
    await createOrg(deps, CLI, { id: 'lake', kind: 'district', name: 'Lake', parentId: 'state' });
    await createOrg(deps, CLI, { id: 'lake-high', kind: 'school', name: 'LH', parentId: 'lake' });
    await createOrg(deps, CLI, { id: 'farcc', kind: 'college', name: 'Far', parentId: 'state' });
    const people: Array<[string, Role, string]> = [
      ['rusd-admin', 'district_admin', 'rusd'],
      ['lake-admin', 'district_admin', 'lake'],
      ['rvcc-staff', 'college_staff', 'rvcc'],
      ['far-staff', 'college_staff', 'farcc'],
      ['state-admin', 'state_admin', 'state'],
      ['rhs-teacher', 'teacher', 'rhs'],
      ['rhs-principal', 'school_admin', 'rhs'],
      ['rhs-counselor', 'counselor', 'rhs'],
      ['rhs-student', 'student', 'rhs'],
      ['rhs-guardian', 'guardian', 'rhs'],
      ['rvmc-partner', 'employer_partner', 'rvmc'],
    ];
    for (const [name, role, orgId] of people) {
      const { user } = await createUser(deps, CLI, {
        email: `${name}@own.test`,
        name,
        role,
        orgId,
        baseUrl: 'http://localhost',
      });
      as[name] = await sessionHeaders(runtime, user.id);
      const org = await deps.orgs.find(orgId);
      actors[name] = {
        userId: user.id,
        role,
        orgId,
        districtId: org!.districtId,
        childIds: [],
        caseloadIds: [],
      };
    }
    app = await buildTestApp(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const send = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, headers: as[who], ...(payload ? { payload } : {}) });
  const storedCourseTitle = async () =>
    (
      await runtime.programs.catalog.findCatalog({
        institutions: [],
        courses: [collegeCourse.id],
        credentials: [],
      })
    ).courses[0]!.title.en;
  const audit = (action: string) => runtime.programs.audit.list({ action, limit: 500 });

  it("refuses another district's admin who edits, submits or approves Riverside's program", async () => {
    const edited = { ...nursing, title: { en: 'Defaced nursing' } };
    const put = await send('lake-admin', 'PUT', `/api/v1/programs/${NURSING}`, { program: edited });
    expect(put.statusCode, put.body).toBe(403);
    expect(
      (await send('far-staff', 'PUT', `/api/v1/programs/${NURSING}`, { program: edited }))
        .statusCode,
    ).toBe(403);
    expect(
      (await send('lake-admin', 'POST', `/api/v1/programs/${NURSING}/submit`)).statusCode,
    ).toBe(403);
    expect(
      (await send('rusd-admin', 'POST', `/api/v1/programs/${NURSING}/approve`)).statusCode,
    ).toBe(403);
    const view = (
      await send('lake-admin', 'GET', `/api/v1/programs/${NURSING}`)
    ).json<TProgramDetail>();
    expect(view).toMatchObject({
      title: 'Nursing',
      status: 'approved',
      versions: [{ version: 1 }],
    });
    const denied = (await audit('program.write')).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => [e.targetId, e.actorId])).toContainEqual([
      NURSING,
      actors['lake-admin']!.userId,
    ]);
  });

  it("keeps another owner's catalog rows: a draft's catalog is referenced, never written", async () => {
    const before = await storedCourseTitle();
    const catalog: TCatalog = {
      institutions: [
        { ...demoCatalog.institutions.find((i) => i.id === 'rusd')!, name: 'Defaced District' },
      ],
      courses: [{ ...collegeCourse, title: { en: 'Defaced course' } }],
      creditAgreements: [],
      credentials: [],
    };
    const body: TProgramBody = {
      ...nursing,
      title: { en: 'Lake nursing' },
      ownerId: 'lake',
      partners: [],
    };
    const res = await send('lake-admin', 'POST', '/api/v1/programs', {
      id: 'lake-nursing',
      program: body,
      catalog,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TProgramSaved>().ignoredCatalog.map((e) => [e.kind, e.id, e.ownerId])).toEqual([
      ['institution', 'rusd', 'rusd'],
      ['course', collegeCourse.id, 'rvcc'],
    ]);
    expect(await storedCourseTitle()).toBe(before);
    const publicView = (
      await app.inject({ method: 'GET', url: `/api/v1/programs/${NURSING}` })
    ).json<TProgramDetail>();
    expect(publicView.owner.name).toBe('Riverside Unified School District');
    expect(JSON.stringify(publicView)).not.toContain('Defaced');
    // Its own program: the owner's district writes it; the college's row still is the college's.
    const own = await send('rusd-admin', 'PUT', `/api/v1/programs/${NURSING}`, {
      program: nursing,
      catalog: { ...catalog, institutions: [] },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(await storedCourseTitle()).toBe(before);
    const writes = await audit('catalog.write');
    expect(writes.filter((e) => e.outcome === 'denied').map((e) => e.targetId)).toContain(
      collegeCourse.id,
    );
  });

  it('lets the college that partners a program co-author it, but not take it over', async () => {
    const draft = { ...nursing, title: { en: 'Nursing (college edit)' } };
    const put = await send('rvcc-staff', 'PUT', `/api/v1/programs/${NURSING}`, { program: draft });
    expect(put.statusCode, put.body).toBe(200);
    const takeover = await send('rvcc-staff', 'PUT', `/api/v1/programs/${NURSING}`, {
      program: { ...draft, ownerId: 'rvcc' },
    });
    expect(takeover.statusCode).toBe(403);
    // The college's own course is the college's to change.
    const title = { en: `${collegeCourse.title.en} (rev.)`, es: collegeCourse.title.es };
    const fix = await send('rvcc-staff', 'PUT', `/api/v1/programs/${NURSING}`, {
      program: draft,
      catalog: { courses: [{ ...collegeCourse, title }] },
    });
    expect(fix.json<TProgramSaved>().ignoredCatalog).toEqual([]);
    expect(await storedCourseTitle()).toBe(title.en);
  });

  it('shows drafts only to their authors and approvers', async () => {
    const ids = async (who: string) =>
      (await send(who, 'GET', '/api/v1/programs?status=draft&limit=200'))
        .json<TProgramList>()
        .items.map((p) => p.id);
    expect(await ids('rusd-admin')).toContain(NURSING);
    expect(await ids('rvcc-staff')).toContain(NURSING);
    expect(await ids('state-admin')).toEqual(expect.arrayContaining([NURSING, 'lake-nursing']));
    expect(await ids('lake-admin')).toEqual(['lake-nursing']);
    expect(await ids('far-staff')).toEqual([]);
    expect(await ids('rhs-teacher')).toEqual([]);
    expect((await send('rusd-admin', 'GET', '/api/v1/programs/lake-nursing')).statusCode).toBe(404);
    const seen = (
      await send('lake-admin', 'GET', `/api/v1/programs/${NURSING}`)
    ).json<TProgramDetail>();
    expect(seen.status).toBe('approved');
  });

  it('logs status changes with who made them', async () => {
    const submit = await send('rusd-admin', 'POST', `/api/v1/programs/${NURSING}/submit`);
    expect(submit.statusCode, submit.body).toBe(200);
    const approve = await send('state-admin', 'POST', `/api/v1/programs/${NURSING}/approve`);
    expect(approve.statusCode, approve.body).toBe(200);
    const entries = [...(await audit('program.submit')), ...(await audit('program.approve'))];
    // The demo loader's entries are the system actor's (no user, detail.via = system).
    expect(entries.filter((e) => e.actorId === null).every((e) => e.detail?.via === 'system')).toBe(
      true,
    );
    const byUsers = entries.filter((e) => e.actorId !== null);
    expect(byUsers.map((e) => [e.action, e.actorId, e.districtId, e.outcome])).toEqual([
      ['program.submit', actors['rusd-admin']!.userId, 'rusd', 'ok'],
      ['program.approve', actors['state-admin']!.userId, 'rusd', 'ok'],
    ]);
  });

  it('allows each role exactly what the policy table gives it on each program', async () => {
    const target = (owner: string, district: string | null) => ({
      districtId: district,
      orgIds: [owner, ...nursing.partners.map((p) => p.institutionId)],
    });
    const mismatches: string[] = [];
    for (const who of Object.keys(as)) {
      const actor = actors[who]!;
      for (const [id, owner, district] of [
        [NURSING, 'rusd', 'rusd'],
        ['lake-nursing', 'lake', 'lake'],
      ] as const) {
        const program = id === NURSING ? nursing : { ...nursing, ownerId: 'lake', partners: [] };
        const t =
          id === NURSING ? target(owner, district) : { districtId: district, orgIds: [owner] };
        const res = await send(who, 'PUT', `/api/v1/programs/${id}`, { program });
        const expected = allows(actor, 'program.write', t);
        if ((res.statusCode === 200) !== expected)
          mismatches.push(`${who} PUT ${id}: ${res.statusCode}`);
      }
    }
    expect(
      PRINCIPALS.filter((p) => p !== 'anonymous').every((r) =>
        Object.values(actors).some((a) => a.role === r),
      ),
    ).toBe(true);
    expect(mismatches).toEqual([]);
  });
});
