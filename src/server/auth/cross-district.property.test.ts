/**
 * Property: thousands of random requests by random users of two districts (two schools each)
 * never read or write a record of the other district, nor one of a student the caller has no
 * business with. Any 2xx answer names only the caller's own district, and carries no id or
 * record (transcript, plan, progress, note, exception) of a student outside what the caller may
 * reach (cross-district-world.ts: a school admin or teacher their own school, a counselor their
 * caseload, …); a district's draft program is read, listed or edited only by its own authors,
 * and its catalog rows keep what their owner wrote, whatever another district's program sends.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
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

const MINI_ANSWERS = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`MINI-${String(i + 1).padStart(2, '0')}`, (i % 5) + 1]),
);

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
      op: fc.constantFrom(
        'readStudent',
        'readOther',
        'listStudents',
        'listUsers',
        'listAudit',
        'listOrgs',
        'createUser',
        'createSchool',
        'resetLink',
        'linkless',
        'readResults',
        'saveResult',
        'readSaved',
        'saveItem',
        'readHome',
        'readPrograms',
        'readProgress',
        'whatIf',
        'addException',
        'importStudents',
        'removeCredential',
        'readPlan',
        'readPlanOptions',
        'readPlanVersion',
        'exportPlan',
        'exportOwnData',
        'signPlan',
        'editPlan',
        'readPerkins',
        'readOwnPerkins',
        'readProgram',
        'listPrograms',
        'editProgram',
        'overwriteCourse',
        'readCaseload',
        'readWholeCaseload',
        'exportCaseload',
        'readNotes',
        'writeNote',
      ),
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
        const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
          app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
        const res = await {
          readStudent: () => send('GET', `/api/v1/students/${s}`),
          readOther: () => send('GET', `/api/v1/students/${t.users.otherSchoolStudent}`),
          listStudents: () => send('GET', '/api/v1/students'),
          listUsers: () => send('GET', `/api/v1/users?district=${t.id}`),
          listAudit: () => send('GET', `/api/v1/audit?district=${t.id}&limit=50`),
          listOrgs: () => send('GET', `/api/v1/orgs?district=${t.id}`),
          createUser: () =>
            send('POST', '/api/v1/users', {
              email: `new${n}@x.test`,
              name: 'New',
              role: 'student',
              orgId: t.schoolId,
            }),
          createSchool: () =>
            send('POST', '/api/v1/orgs', {
              id: `s${n}`,
              kind: 'school',
              name: 'New school',
              parentId: t.id,
            }),
          resetLink: () =>
            send(
              'POST',
              `/api/v1/users/${encodeURIComponent(world.emails.get(t.users.teacher)!)}/reset-link`,
            ),
          linkless: () => send('GET', `/api/v1/students/${t.users.student}`),
          readResults: () => send('GET', `/api/v1/students/${s}/interest-results`),
          saveResult: () =>
            send('POST', `/api/v1/students/${s}/interest-results`, {
              form: 30,
              answers: MINI_ANSWERS,
            }),
          readSaved: () => send('GET', `/api/v1/students/${s}/saved-items`),
          saveItem: () =>
            send('POST', `/api/v1/students/${s}/saved-items`, {
              kind: 'pathway',
              ref: '08-05',
            }),
          readHome: () => send('GET', `/api/v1/students/${s}/home`),
          readPrograms: () => send('GET', `/api/v1/students/${s}/programs?pathways=08-05`),
          readProgress: () => send('GET', `/api/v1/students/${s}/progress`),
          whatIf: () =>
            send('GET', `/api/v1/students/${s}/progress?whatIf=tx-foundation-endorsement`),
          addException: () =>
            send('POST', `/api/v1/students/${s}/exceptions`, {
              kind: 'force_complete',
              nodeId: 'english',
              reason: `reason ${n}`,
            }),
          readPlan: () => send('GET', `/api/v1/students/${s}/plan`),
          readPlanOptions: () => send('GET', `/api/v1/students/${s}/plan/options`),
          readPlanVersion: () => send('GET', `/api/v1/students/${s}/plan/versions/1`),
          exportPlan: () => send('GET', `/api/v1/students/${s}/plan/export?format=json`),
          exportOwnData: () => send('GET', `/api/v1/students/${s}/data-export`),
          signPlan: () => send('POST', `/api/v1/students/${s}/plan/sign`, { version: 1 }),
          editPlan: () =>
            app.inject({
              method: 'PUT',
              url: `/api/v1/students/${s}/plan`,
              headers,
              payload: { baseVersion: 99, courses: [], goals: {} },
            }),
          importStudents: () =>
            app.inject({
              method: 'POST',
              url: `/api/v1/districts/${t.id}/students/import?dryRun=true`,
              headers: { ...headers, 'content-type': 'text/csv' },
              payload: `student_id,school_id,first_name,last_name,email,grade_level,graduation_year\nN${n},${t.schoolId},A,B,n${n}@x.test,9,2029\n`,
            }),
          removeCredential: () =>
            app.inject({
              method: 'DELETE',
              url: `/api/v1/districts/${t.id}/students/${s}/credentials/no-such-credential`,
              headers,
            }),
          readCaseload: () => send('GET', `/api/v1/caseload?school=${school}`),
          readWholeCaseload: () => send('GET', '/api/v1/caseload'),
          exportCaseload: () => send('GET', `/api/v1/caseload/export?school=${school}`),
          readNotes: () => send('GET', `/api/v1/students/${s}/notes`),
          writeNote: () => send('POST', `/api/v1/students/${s}/notes`, { body: `note ${n}` }),
          readPerkins: () => send('GET', `/api/v1/perkins?year=2026&district=${t.id}`),
          readOwnPerkins: () => send('GET', '/api/v1/perkins?year=2026'),
          readProgram: () => send('GET', `/api/v1/programs/prog-${t.id}`),
          listPrograms: () => send('GET', '/api/v1/programs?status=draft'),
          editProgram: () =>
            send('PUT', `/api/v1/programs/prog-${t.id}`, { program: programOf(t.id).program }),
          overwriteCourse: () => {
            const file = programOf(myDistrict ?? 'da', `Rewritten ${n}`);
            const theirs = programOf(t.id, `Rewritten ${n}`).catalog.courses;
            return send('POST', '/api/v1/programs', {
              id: `p${n}`,
              program: file.program,
              catalog: { courses: [...file.catalog.courses, ...theirs] },
            });
          },
        }[op]();
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
        if (op === 'readCaseload') {
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
