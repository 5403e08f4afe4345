/**
 * Credit agreements written and removed through a program save (what the web editor sends): the
 * college that grants the credit adds, changes and removes its own agreement; another district's
 * admin cannot remove it (it is reported and stays); an id both sent and removed is refused naming
 * the field; every deletion and refusal is in the audit log. On the demo region.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TProgramSaved } from '../../contracts/program-api.ts';
import type { TCreditAgreement } from '../../contracts/program.ts';
import { demoCatalog, demoPrograms } from '../../data/demo/index.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { createOrg } from '../../services/accounts/manage-orgs.ts';
import { createUser } from '../../services/accounts/manage-users.ts';

const NURSING = 'riverside-nursing';
const nursing = demoPrograms.find((p) => p.id === NURSING)!.program;
const stepCourses = new Set(nursing.steps.flatMap((s) => s.courses));
const collegeAgreement = demoCatalog.creditAgreements.find(
  (a) => a.postsecondaryInstitutionId === 'rvcc' && stepCourses.has(a.secondaryCourseId ?? ''),
)!;
const highSchool = demoCatalog.courses.find(
  (c) =>
    c.level === 'secondary' && stepCourses.has(c.id) && c.id !== collegeAgreement.secondaryCourseId,
)!;
const college = demoCatalog.courses.find(
  (c) => c.level === 'postsecondary' && c.institutionId === 'rvcc' && stepCourses.has(c.id),
)!;

describe.each(testEngines())('credit agreements through a program save on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    const deps = runtime.accounts.deps;
    await createOrg(deps, CLI, { id: 'lake', kind: 'district', name: 'Lake', parentId: 'state' });
    for (const [name, role, orgId] of [
      ['rvcc-staff', 'college_staff', 'rvcc'],
      ['lake-admin', 'district_admin', 'lake'],
    ] as const) {
      const { user } = await createUser(deps, CLI, {
        email: `${name}@agr.test`,
        name,
        role,
        orgId,
        baseUrl: 'http://localhost',
      });
      as[name] = await sessionHeaders(runtime, user.id);
    }
    app = await buildTestApp(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const put = (who: string, id: string, payload: object) =>
    app.inject({ method: 'PUT', url: `/api/v1/programs/${id}`, headers: as[who], payload });
  const stored = async (id: string) =>
    (
      await runtime.programs.catalog.findOwned({
        institutions: [],
        courses: [],
        creditAgreements: [id],
        credentials: [],
      })
    ).creditAgreements.get(id);
  const agreementsOf = (res: { json: <T>() => T }) =>
    res.json<TProgramSaved>().program.document.catalog.creditAgreements.map((a) => a.id);

  it("lets the college add, change and remove its own agreement in its program's save", async () => {
    const added: TCreditAgreement = {
      id: 'agr-test-editor',
      type: 'articulated_credit',
      secondaryCourseId: highSchool.id,
      postsecondaryCourseId: college.id,
      credits: 2,
      secondaryInstitutionId: 'rhs',
      postsecondaryInstitutionId: 'rvcc',
      effectiveFrom: '2026-07-01',
    };
    const catalog = { creditAgreements: [added] };
    const add = await put('rvcc-staff', NURSING, { program: nursing, catalog });
    expect(add.statusCode, add.body).toBe(200);
    expect(agreementsOf(add)).toContain(added.id);
    const changed = { ...added, credits: 4, effectiveTo: '2029-06-30' };
    const change = await put('rvcc-staff', NURSING, {
      program: nursing,
      catalog: { creditAgreements: [changed] },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect((await stored(added.id))?.doc).toEqual(changed);
    const remove = await put('rvcc-staff', NURSING, {
      program: nursing,
      removeCreditAgreements: [added.id],
    });
    expect(remove.statusCode, remove.body).toBe(200);
    expect(remove.json<TProgramSaved>().ignoredCatalog).toEqual([]);
    expect(agreementsOf(remove)).not.toContain(added.id);
    expect(await stored(added.id)).toBeUndefined();
    const log = await runtime.programs.audit.list({ action: 'catalog.delete', limit: 50 });
    expect(log.filter((e) => e.targetId === added.id).map((e) => e.outcome)).toEqual(['ok']);
  });

  it("keeps another owner's agreement: a removal by someone else is reported and logged", async () => {
    const body = { ...nursing, title: { en: 'Lake nursing' }, ownerId: 'lake', partners: [] };
    const create = await app.inject({
      method: 'POST',
      url: '/api/v1/programs',
      headers: as['lake-admin'],
      payload: { id: 'lake-nursing', program: body },
    });
    expect(create.statusCode, create.body).toBe(201);
    const res = await put('lake-admin', 'lake-nursing', {
      program: body,
      removeCreditAgreements: [collegeAgreement.id, 'agr-never-stored'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TProgramSaved>().ignoredCatalog).toEqual([
      {
        kind: 'creditAgreement',
        id: collegeAgreement.id,
        reason: 'owned_by_other',
        ownerId: 'rvcc',
      },
    ]);
    expect(agreementsOf(res)).toContain(collegeAgreement.id);
    expect((await stored(collegeAgreement.id))?.doc).toEqual(collegeAgreement);
    const log = await runtime.programs.audit.list({ action: 'catalog.delete', limit: 50 });
    expect(log.filter((e) => e.targetId === collegeAgreement.id).map((e) => e.outcome)).toEqual([
      'denied',
    ]);
  });

  it('refuses an agreement both sent and removed, naming the field, and changes nothing', async () => {
    const edited = { ...collegeAgreement, credits: collegeAgreement.credits + 1 };
    const res = await put('rvcc-staff', NURSING, {
      program: nursing,
      catalog: { creditAgreements: [edited] },
      removeCreditAgreements: ['agr-other', collegeAgreement.id],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe('removeCreditAgreements.1');
    expect((await stored(collegeAgreement.id))?.doc).toEqual(collegeAgreement);
  });
});
