/**
 * Property: thousands of random requests by random users of two districts (two schools each)
 * never read or write a record of the other district, nor one of a student the caller has no
 * business with. Any 2xx answer names only the caller's own district, and carries no id or
 * record (transcript, plan, progress, note, exception) of a student outside what the caller may
 * reach (cross-district-world.ts: a school admin or teacher their own school, a counselor their
 * caseload, …); a district's draft program is read, listed or edited only by its own authors,
 * and its catalog rows keep what their owner wrote, whatever another district's program sends.
 * The requests themselves are in cross-district-requests.ts.
 */
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { ROLES, type Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { TPerkinsReport } from '../../contracts/perkins.ts';
import type { TProgramList } from '../../contracts/program-api.ts';
import { importPrograms } from '../../services/programs/import-programs.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';
import {
  DISTRICTS,
  districtIds,
  KINDS,
  marker,
  mayReach,
  programOf,
  seedMarkedRecords,
  WHO,
  type Kind,
} from './cross-district-world.ts';
import { OPS, requestsFor, type Op } from './cross-district-requests.ts';

describe.each(testEngines())('no cross-district access on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let serial = 0;
  let answered = 0;
  /** Markers seen in answers to callers who may see them: the check below has something to find. */
  const seenAllowed = new Set<Kind>();
  const courseTitles = new Map<string, string>(DISTRICTS.map((d) => [d, `Course ${d}`]));

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    world = await buildWorld(runtime, { secondSchool: true });
    await importPrograms(
      runtime.programs,
      SYSTEM,
      DISTRICTS.map((d) => ({ source: d, file: programOf(d) })),
    );
    app = await buildTestApp(runtime);
    for (const d of DISTRICTS)
      await runtime.records.requirements.saveSet(d, shippedRequirementSet('rusd-diploma')!, true);
    await seedMarkedRecords(runtime, world);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  it('finds no request that reaches the other district', async () => {
    const numRuns = engine.name === 'pglite' ? 2000 : 1000;
    const request = fc.record({
      role: fc.constantFrom<Role>(...ROLES.filter((r) => r !== 'state_admin')),
      mine: fc.constantFrom<0 | 1>(0, 1),
      target: fc.constantFrom<0 | 1>(0, 1),
      who: fc.constantFrom(...WHO),
      op: fc.constantFrom<Op>(...OPS),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ role, mine, target, who, op }) => {
        const me = userOf(world, role, mine);
        const myDistrict: string | null = ['college_staff', 'employer_partner'].includes(role)
          ? null
          : DISTRICTS[mine];
        const t = world.districts[target];
        // The student the request names, and its school.
        const s = t.users[who];
        const school = who === 'otherSchoolStudent' ? t.otherSchoolId : t.schoolId;
        const headers = await sessionHeaders(runtime, me);
        const n = (serial += 1);
        const res = await requestsFor({
          send: (method, url, payload) =>
            app.inject({ method, url, headers, ...(payload ? { payload } : {}) }),
          inject: (options) =>
            app.inject({
              ...options,
              headers: { ...headers, ...(options.headers ?? {}) },
            } as InjectOptions),
          t,
          s,
          school,
          myDistrict,
          emails: world.emails,
          n,
        })[op]();
        // Each district's course says what its owner last wrote, whoever sent a copy of it.
        const stored = !['editProgram', 'overwriteCourse'].includes(op)
          ? []
          : (
              await runtime.programs.catalog.findCatalog({
                institutions: [],
                courses: DISTRICTS.map((d) => `${d}-course`),
                credentials: [],
              })
            ).courses;
        for (const d of stored.length > 0 ? DISTRICTS : []) {
          const title = stored.find((c) => c.id === `${d}-course`)!.title.en;
          if (d === myDistrict) courseTitles.set(d, title);
          else
            expect(title, `${role} of ${myDistrict} ${op} rewrote ${d}'s course`).toBe(
              courseTitles.get(d),
            );
        }
        if (res.statusCode >= 300) return;
        answered += 1;
        // No id nor marked record of a student the caller may not reach, in any answer.
        for (const [i, d] of world.districts.entries())
          for (const w of WHO) {
            const allowed = mayReach(role, mine, i as 0 | 1, w);
            const where = `${role} of ${myDistrict} ${op} → ${w} of ${d.id}`;
            // The audit log names the students the district's own users tried to reach (ids only).
            if (!allowed && op !== 'listAudit')
              expect(res.body.includes(d.users[w]), where).toBe(false);
            for (const kind of KINDS) {
              const found = res.body.includes(marker(d.id, w, kind));
              if (found && allowed) seenAllowed.add(kind);
              else expect(found, `${where} (${kind})`).toBe(false);
            }
          }
        if (op === 'exportCaseload') {
          // A CSV (checked for ids and markers above): another district's school, headers only.
          if (t.id !== myDistrict) expect(res.body.trim().split('\n')).toHaveLength(1);
          return;
        }
        const seen = districtIds(res.json());
        for (const district of seen)
          expect(district, `${role} of ${myDistrict} ${op} → ${district}`).toBe(myDistrict);
        if (op === 'listPrograms') {
          const ids = res.json<TProgramList>().items.map((p) => p.id);
          for (const d of DISTRICTS)
            if (d !== myDistrict)
              expect(ids, `${role} of ${myDistrict} lists`).not.toContain(`prog-${d}`);
          if (myDistrict === null) expect(ids).toEqual([]);
          return;
        }
        if (op === 'overwriteCourse') return;
        if (op === 'readCaseload' || op === 'readConcentrators') {
          // Another district's school filters the caller's own scope down to nobody.
          if (t.id !== myDistrict) expect(res.json<{ items: unknown[] }>().items).toEqual([]);
          return;
        }
        if (op === 'readPerkins' || op === 'readOwnPerkins')
          for (const row of res.json<TPerkinsReport>().rows)
            if (role === 'school_admin')
              expect(`${row.level}:${row.orgId}`, `${role} of ${myDistrict} ${op}`).toBe(
                `school:${myDistrict}-high`,
              );
            else if (row.level !== 'school')
              expect(row.orgId, `${role} of ${myDistrict} ${op}`).toBe(myDistrict);
        const targeted = !['listStudents', 'readOwnPerkins', 'readWholeCaseload'].includes(op);
        if (targeted)
          expect(t.id, `${role} of ${myDistrict} ${op} on ${t.id} answered ${res.statusCode}`).toBe(
            myDistrict,
          );
      }),
      { numRuns, seed: 20250301 },
    );
    expect(
      answered,
      'some requests must be allowed, or the property proves nothing',
    ).toBeGreaterThan(numRuns / 10);
    expect([...seenAllowed].sort(), 'every marked record type reached someone allowed').toEqual(
      [...KINDS].sort(),
    );
  }, 600_000);
});
