/**
 * The demo world's organizations and people. Riverside Unified (which owns every demo program),
 * its two high schools, the college, university and employers it partners with, under the state;
 * and Lakeview School District, a second district that shows the privacy boundary. Every person is
 * invented and the roster is generated the same way every time: 40 students in grades 9–12 (with
 * guardians), so counselor caseloads, student lists and plans are not empty.
 */
import type { OrgKind, Role } from '../../domain/auth/roles.ts';
import {
  BUILDER,
  CEDAR_VALLEY_HS,
  COLLEGE,
  DISTRICT,
  HOSPITAL,
  RIVERSIDE_HS,
  SOFTWARE_CO,
  UNIVERSITY,
  demoInstitutions,
} from './institutions.ts';

export const STATE = 'state';
export const LAKEVIEW = 'lakeview';
export const LAKEVIEW_HS = 'lakeview-high';

export interface DemoOrg {
  id: string;
  kind: OrgKind;
  name: string;
  parentId?: string;
}

const nameOf = (id: string) => demoInstitutions.find((i) => i.id === id)!.name;
const underState = (id: string, kind: OrgKind): DemoOrg => ({
  id,
  kind,
  name: nameOf(id),
  parentId: STATE,
});

/** Parents before children. */
export const DEMO_ORGS: DemoOrg[] = [
  { id: STATE, kind: 'state', name: 'State CTE Office' },
  underState(DISTRICT, 'district'),
  { id: RIVERSIDE_HS, kind: 'school', name: nameOf(RIVERSIDE_HS), parentId: DISTRICT },
  { id: CEDAR_VALLEY_HS, kind: 'school', name: nameOf(CEDAR_VALLEY_HS), parentId: DISTRICT },
  underState(COLLEGE, 'college'),
  underState(UNIVERSITY, 'university'),
  underState(HOSPITAL, 'employer'),
  underState(SOFTWARE_CO, 'employer'),
  underState(BUILDER, 'employer'),
  { id: LAKEVIEW, kind: 'district', name: 'Lakeview School District', parentId: STATE },
  { id: LAKEVIEW_HS, kind: 'school', name: 'Lakeview High School', parentId: LAKEVIEW },
];

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  orgId: string;
  grade?: number;
  localId?: string;
  /** A student's given and family names, as a roster would give them (`name` is both, shown). */
  givenName?: string;
  familyName?: string;
  /** Signs in with the published demo password (staff also with the demo TOTP secret). */
  signsIn: boolean;
  /** Who this is, for README's table of demo accounts. */
  who: string;
}

const DOMAIN = 'demo.wayfinder.test';
const account = (
  local: string,
  name: string,
  role: Role,
  orgId: string,
  who: string,
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({ email: `${local}@${DOMAIN}`, name, role, orgId, signsIn: true, who, ...extra });

/** The accounts people sign in with (password `demo-only-password`). */
export const DEMO_ACCOUNTS: DemoPerson[] = [
  account('student', 'Alex Student', 'student', RIVERSIDE_HS, 'grade 10 at Riverside High', {
    grade: 10,
    localId: 'RHS-0001',
    givenName: 'Alex',
    familyName: 'Student',
  }),
  account('guardian', 'Gabi Guardian', 'guardian', RIVERSIDE_HS, "Alex Student's guardian"),
  account(
    'counselor',
    'Carmen Counselor',
    'counselor',
    RIVERSIDE_HS,
    'counselor at Riverside High, with a caseload',
  ),
  account('teacher', 'Theo Teacher', 'teacher', RIVERSIDE_HS, 'CTE teacher at Riverside High'),
  account(
    'principal',
    'Paz Principal',
    'school_admin',
    RIVERSIDE_HS,
    "Riverside High's principal: reads its students' records, not Cedar Valley's",
  ),
  account(
    'district',
    'Dana District',
    'district_admin',
    DISTRICT,
    'Riverside Unified district admin: authors its programs',
  ),
  account(
    'college',
    'Cole College',
    'college_staff',
    COLLEGE,
    'staff at Riverside Valley Community College, a partner of every program',
  ),
  account(
    'employer',
    'Emery Employer',
    'employer_partner',
    HOSPITAL,
    'partner at Riverside Valley Medical Center',
  ),
  account(
    'state',
    'Sam State',
    'state_admin',
    STATE,
    'state CTE office: approves programs, sees every district',
  ),
  account(
    'student2',
    'Riley Lakeview',
    'student',
    LAKEVIEW_HS,
    'grade 11 in Lakeview, the other district (privacy boundary)',
    {
      grade: 11,
      localId: 'LHS-0001',
      givenName: 'Riley',
      familyName: 'Lakeview',
    },
  ),
  account(
    'lakeview',
    'Lee Lakeview',
    'district_admin',
    LAKEVIEW,
    'Lakeview district admin: sees none of Riverside’s students',
  ),
];

const FIRST = [
  'Aria',
  'Bodhi',
  'Cleo',
  'Dario',
  'Esme',
  'Finn',
  'Greta',
  'Hugo',
  'Iris',
  'Jonah',
  'Kaia',
  'Leo',
  'Mila',
  'Nico',
  'Opal',
  'Pax',
  'Quinn',
  'Rosa',
  'Silas',
  'Tala',
];
/** Surnames made up for the demo, so no roster name is mistaken for a real student. */
const LAST = [
  'Quillfeather',
  'Mossgrove',
  'Fernhollow',
  'Brightwater',
  'Stonebridge',
  'Willowmere',
  'Ashcombe',
  'Pebbleton',
  'Larkhaven',
  'Thornbury',
  'Emberly',
  'Foxglen',
  'Marlowick',
  'Otterbrook',
  'Wrenfield',
  'Cobblestone',
  'Dapplewood',
  'Hazelrook',
  'Juniperlane',
  'Kestrelby',
];

/**
 * Every third family is Spanish-speaking: two surnames (father's, then mother's), and some
 * compound given names, so a sort by family name is not a sort by the last word. Invented too.
 */
const FIRST_ES = [
  'María José',
  'Juan Pablo',
  'Lucía',
  'Ana Sofía',
  'Mateo',
  'José Luis',
  'Valentina',
];
const LAST_ES = [
  'Arroyoseco',
  'Peñalverde',
  'Robledal',
  'Zarzalejo',
  'Álamo Negro',
  'Cañavera',
  'Olmedal',
  'Ébano',
];

/** Schools of the roster, with how many students each: 40 in all. */
const ROSTER_SCHOOLS: Array<[school: string, count: number, prefix: string]> = [
  [RIVERSIDE_HS, 24, 'RHS'],
  [CEDAR_VALLEY_HS, 10, 'CVHS'],
  [LAKEVIEW_HS, 6, 'LHS'],
];

export interface DemoRoster {
  students: DemoPerson[];
  guardians: DemoPerson[];
  /** guardian email → the students' emails */
  children: Map<string, string[]>;
  /** The students of the demo counselor's caseload (Riverside High). */
  caseload: string[];
}

/**
 * The roster: students numbered from 1, grades 9–12 in turn; siblings (two students in a row at
 * one school) share a surname and a guardian.
 */
export function demoRoster(): DemoRoster {
  const students: DemoPerson[] = [];
  const guardians: DemoPerson[] = [];
  const children = new Map<string, string[]>();
  let n = 0;
  for (const [school, count, prefix] of ROSTER_SCHOOLS) {
    for (let i = 0; i < count; i++) {
      n += 1;
      const family = Math.floor((n - 1) / 2);
      const spanish = family % 3 === 2;
      const last = spanish
        ? `${LAST_ES[family % LAST_ES.length]!} ${LAST_ES[(family * 3 + 1) % LAST_ES.length]!}`
        : LAST[family % LAST.length]!;
      const given = spanish ? FIRST_ES[n % FIRST_ES.length]! : FIRST[(n * 7) % FIRST.length]!;
      const num = String(n).padStart(2, '0');
      const student: DemoPerson = {
        email: `student${num}@${DOMAIN}`,
        name: `${given} ${last}`,
        givenName: given,
        familyName: last,
        role: 'student',
        orgId: school,
        grade: 9 + ((n - 1) % 4),
        localId: `${prefix}-${String(100 + i)}`,
        signsIn: false,
        who: 'roster student',
      };
      students.push(student);
      const guardianEmail = `guardian${String(family + 1).padStart(2, '0')}@${DOMAIN}`;
      if (!children.has(guardianEmail)) {
        children.set(guardianEmail, []);
        guardians.push({
          email: guardianEmail,
          name: `${spanish ? FIRST_ES[(family * 3 + 5) % FIRST_ES.length]! : FIRST[(family * 3 + 5) % FIRST.length]!} ${last}`,
          role: 'guardian',
          orgId: school,
          signsIn: false,
          who: 'roster guardian',
        });
      }
      children.get(guardianEmail)!.push(student.email);
    }
  }
  return {
    students,
    guardians,
    children,
    caseload: students.filter((s) => s.orgId === RIVERSIDE_HS).map((s) => s.email),
  };
}
