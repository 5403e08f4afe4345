/**
 * Property: thousands of random requests by random users of two districts never read or write
 * a record of the other district. Any 2xx answer names only the caller's own district; a
 * district's draft program is read, listed or edited only by its own authors, and its catalog
 * rows keep what their owner wrote, whatever another district's program sends.
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
import type { TProgramFile } from '../../contracts/program.ts';
import type { TPerkinsReport } from '../../contracts/perkins.ts';
import type { TProgramList } from '../../contracts/program-api.ts';
import { importPrograms } from '../../services/programs/import-programs.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';

/** A district's draft program with one course of its high school. */
function programOf(district: string, title = `Course ${district}`): TProgramFile {
  return {
    id: `prog-${district}`,
    program: {
      title: { en: `Program ${district}` },
      frameworkId: 'nccf-16',
      pathwayCode: '11-03',
      ownerId: district,
      partners: [],
      steps: [
        {
          level: 'grade-9',
          courses: [`${district}-course`],
          credentials: [],
          workBasedLearning: [],
        },
      ],
      occupations: [],
    },
    catalog: {
      institutions: [],
      courses: [
        {
          id: `${district}-course`,
          institutionId: `${district}-high`,
          level: 'secondary',
          title: { en: title },
          kind: 'cte',
          subject: 'cte',
          pathwayCodes: ['11-03'],
          prerequisites: [],
          corequisites: [],
          stateCode: `${district.toUpperCase()}1`,
          carnegieUnits: 1,
          gradeMin: 9,
          gradeMax: 12,
        },
      ],
      creditAgreements: [],
      credentials: [],
    },
  };
}

const DISTRICTS = ['da', 'db'] as const;
const MINI_ANSWERS = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`MINI-${String(i + 1).padStart(2, '0')}`, (i % 5) + 1]),
);

function districtIds(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => districtIds(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'districtId' && typeof v === 'string') found.add(v);
      else districtIds(v, found);
    }
  }
  return found;
}

describe.each(testEngines())('no cross-district access on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let serial = 0;
  let answered = 0;
  const courseTitles = new Map<string, string>(DISTRICTS.map((d) => [d, `Course ${d}`]));

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    world = await buildWorld(runtime);
    await importPrograms(
      runtime.programs,
      SYSTEM,
      DISTRICTS.map((d) => ({ source: d, file: programOf(d) })),
    );
    app = await buildTestApp(runtime);
    for (const d of DISTRICTS)
      await runtime.records.requirements.saveSet(d, shippedRequirementSet('rusd-diploma')!, true);
    for (const d of world.districts)
      await runtime.records.plans.saveVersion(
        d.id,
        d.users.student,
        1,
        {
          programId: 'some-program',
          programVersion: 1,
          courses: [],
          goals: { career: null, postsecondary: null, benchmarks: [] },
        },
        null,
      );
  });
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
        'readPlan',
        'readPlanOptions',
        'signPlan',
        'editPlan',
        'readPerkins',
        'readOwnPerkins',
        'readProgram',
        'listPrograms',
        'editProgram',
        'overwriteCourse',
        'readCaseload',
        'readNotes',
        'writeNote',
      ),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ role, mine, target, op }) => {
        const me = userOf(world, role, mine);
        const myDistrict: string | null = ['college_staff', 'employer_partner'].includes(role)
          ? null
          : DISTRICTS[mine];
        const t = world.districts[target];
        const headers = await sessionHeaders(runtime, me);
        const n = (serial += 1);
        const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
          app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
        const res = await {
          readStudent: () => send('GET', `/api/v1/students/${t.users.student}`),
          readOther: () => send('GET', `/api/v1/students/${t.users.otherStudent}`),
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
          readResults: () => send('GET', `/api/v1/students/${t.users.student}/interest-results`),
          saveResult: () =>
            send('POST', `/api/v1/students/${t.users.student}/interest-results`, {
              form: 30,
              answers: MINI_ANSWERS,
            }),
          readSaved: () => send('GET', `/api/v1/students/${t.users.student}/saved-items`),
          saveItem: () =>
            send('POST', `/api/v1/students/${t.users.student}/saved-items`, {
              kind: 'pathway',
              ref: '08-05',
            }),
          readHome: () => send('GET', `/api/v1/students/${t.users.student}/home`),
          readPrograms: () =>
            send('GET', `/api/v1/students/${t.users.student}/programs?pathways=08-05`),
          readProgress: () => send('GET', `/api/v1/students/${t.users.student}/progress`),
          whatIf: () =>
            send(
              'GET',
              `/api/v1/students/${t.users.otherStudent}/progress?whatIf=tx-foundation-endorsement`,
            ),
          addException: () =>
            send('POST', `/api/v1/students/${t.users.student}/exceptions`, {
              kind: 'force_complete',
              nodeId: 'english',
              reason: `reason ${n}`,
            }),
          readPlan: () => send('GET', `/api/v1/students/${t.users.student}/plan`),
          readPlanOptions: () => send('GET', `/api/v1/students/${t.users.student}/plan/options`),
          signPlan: () =>
            send('POST', `/api/v1/students/${t.users.student}/plan/sign`, { version: 1 }),
          editPlan: () =>
            app.inject({
              method: 'PUT',
              url: `/api/v1/students/${t.users.student}/plan`,
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
          readCaseload: () => send('GET', `/api/v1/caseload?school=${t.schoolId}`),
          readNotes: () => send('GET', `/api/v1/students/${t.users.student}/notes`),
          writeNote: () =>
            send('POST', `/api/v1/students/${t.users.student}/notes`, { body: `note ${n}` }),
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
            if (row.level !== 'school')
              expect(row.orgId, `${role} of ${myDistrict} ${op}`).toBe(myDistrict);
        const targeted = !['listStudents', 'readOwnPerkins'].includes(op);
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
  }, 180_000);
});
