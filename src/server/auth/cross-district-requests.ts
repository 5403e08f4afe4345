/**
 * The requests of the cross-district property test (cross-district.property.test.ts), one per
 * operation: each reads or writes something of district `t`, or of its student `s` (at `school`),
 * as the signed-in caller whose session `send` and `inject` carry; `n` makes what it creates new.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { World } from '../../../test/auth.ts';
import { programOf } from './cross-district-world.ts';

/** Thirty answers for the short Interest Profiler form. */
const MINI_ANSWERS = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`MINI-${String(i + 1).padStart(2, '0')}`, (i % 5) + 1]),
);

/** The operations, in the order the property draws them from. */
export const OPS = [
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
  'readConcentrators',
  'readWholeCaseload',
  'exportCaseload',
  'readNotes',
  'writeNote',
] as const;
export type Op = (typeof OPS)[number];

export interface RequestContext {
  /** A request as the caller, with a JSON body when given. */
  send: (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => Promise<LightMyRequestResponse>;
  /** Any request as the caller (its headers added to the caller's session headers). */
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  /** The district the request names, and its student and that student's school. */
  t: World['districts'][number];
  s: string;
  school: string;
  /** The caller's district (null for college and employer staff). */
  myDistrict: string | null;
  emails: World['emails'];
  n: number;
}

export function requestsFor(c: RequestContext): Record<Op, () => Promise<LightMyRequestResponse>> {
  const { send, inject, t, s, school, myDistrict, emails, n } = c;
  return {
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
      send('POST', `/api/v1/users/${encodeURIComponent(emails.get(t.users.teacher)!)}/reset-link`),
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
    whatIf: () => send('GET', `/api/v1/students/${s}/progress?whatIf=tx-foundation-endorsement`),
    addException: () =>
      send('POST', `/api/v1/students/${s}/exceptions`, {
        kind: 'force_complete',
        nodeId: 'english',
        reason: `reason ${n}`,
      }),
    importStudents: () =>
      inject({
        method: 'POST',
        url: `/api/v1/districts/${t.id}/students/import?dryRun=true`,
        headers: { 'content-type': 'text/csv' },
        payload: `student_id,school_id,first_name,last_name,email,grade_level,graduation_year\nN${n},${t.schoolId},A,B,n${n}@x.test,9,2029\n`,
      }),
    // Names no credential a student holds: only ever a refusal, never a removal.
    removeCredential: () =>
      inject({
        method: 'DELETE',
        url: `/api/v1/districts/${t.id}/students/${s}/credentials/no-such-credential`,
      }),
    readPlan: () => send('GET', `/api/v1/students/${s}/plan`),
    readPlanOptions: () => send('GET', `/api/v1/students/${s}/plan/options`),
    readPlanVersion: () => send('GET', `/api/v1/students/${s}/plan/versions/1`),
    exportPlan: () => send('GET', `/api/v1/students/${s}/plan/export?format=json`),
    exportOwnData: () => send('GET', `/api/v1/students/${s}/data-export`),
    signPlan: () => send('POST', `/api/v1/students/${s}/plan/sign`, { version: 1 }),
    editPlan: () =>
      send('PUT', `/api/v1/students/${s}/plan`, { baseVersion: 99, courses: [], goals: {} }),
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
    readCaseload: () => send('GET', `/api/v1/caseload?school=${school}`),
    readConcentrators: () =>
      send('GET', `/api/v1/caseload?school=${school}&concentrator=yes&sort=name`),
    readWholeCaseload: () => send('GET', '/api/v1/caseload'),
    exportCaseload: () => send('GET', `/api/v1/caseload/export?school=${school}`),
    readNotes: () => send('GET', `/api/v1/students/${s}/notes`),
    writeNote: () => send('POST', `/api/v1/students/${s}/notes`, { body: `note ${n}` }),
  };
}
