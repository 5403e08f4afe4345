/**
 * Policies as data: for each action, the scope within which each role may perform it. A role
 * missing from an action's row may not perform it at all (deny by default).
 *
 * Scopes, narrowest first: self (own record), children (a guardian's own children), caseload (a
 * counselor's students), school (students of the user's own school: a teacher's, a school
 * admin's), organization (records of the user's own organization, or that
 * name it as a co-author), district, state; public means anyone, signed in or not, and signed_in
 * any signed-in user acting on their own account.
 */
import type { Principal, Role } from './roles.ts';

export const SCOPES = [
  'public',
  'signed_in',
  'self',
  'children',
  'caseload',
  'school',
  'organization',
  'district',
  'state',
] as const;
export type Scope = (typeof SCOPES)[number];

const EVERYONE = (scope: Scope): Partial<Record<Principal, Scope>> => ({
  anonymous: scope,
  state_admin: scope,
  district_admin: scope,
  school_admin: scope,
  counselor: scope,
  teacher: scope,
  college_staff: scope,
  employer_partner: scope,
  student: scope,
  guardian: scope,
});
const SIGNED_IN = (): Partial<Record<Principal, Scope>> => {
  const { anonymous: _anonymous, ...rest } = EVERYONE('signed_in');
  return rest;
};
const ADMINS: Partial<Record<Principal, Scope>> = {
  district_admin: 'district',
  state_admin: 'state',
};
/**
 * Reading a student's records: their school's admin (a principal) too, for the students of
 * that school only. A school admin reads; writes stay with the counselor and the district.
 */
const READERS: Partial<Record<Principal, Scope>> = { school_admin: 'school', ...ADMINS };

export const POLICY = {
  'web.page': EVERYONE('public'),
  'docs.read': EVERYONE('public'),
  'health.read': EVERYONE('public'),
  'framework.read': EVERYONE('public'),
  'program.read': EVERYONE('public'),
  /** Author a program: its owner's district, or a college or university that owns or partners it. */
  'program.write': {
    district_admin: 'district',
    college_staff: 'organization',
    state_admin: 'state',
  },
  'program.approve': { state_admin: 'state' },
  /** Change a catalog row (institution, course, credit agreement, credential) its owner holds. */
  'catalog.write': {
    district_admin: 'district',
    college_staff: 'organization',
    state_admin: 'state',
  },
  'auth.sign_in': EVERYONE('public'),
  'auth.redeem_link': EVERYONE('public'),
  'auth.me': SIGNED_IN(),
  /** Who is signed in, if anyone: a visitor learns only that nobody is. */
  'auth.session': EVERYONE('public'),
  'auth.sign_out': SIGNED_IN(),
  'auth.sign_out_everywhere': SIGNED_IN(),
  'auth.change_password': SIGNED_IN(),
  'auth.totp_enrol': SIGNED_IN(),
  'auth.totp_verify': SIGNED_IN(),
  'student.read': {
    student: 'self',
    guardian: 'children',
    counselor: 'caseload',
    teacher: 'school',
    ...READERS,
  },
  'student.list': { guardian: 'children', counselor: 'caseload', teacher: 'school', ...READERS },
  'student.export': { ...ADMINS },
  /**
   * A student's own data export (FERPA: inspecting one's education records): the student, and
   * their guardians for them.
   */
  'student.data_export': { student: 'self', guardian: 'children' },
  /** A second admin (same district, or the state) lets an export over the daily cap run once. */
  'student.export_approve': { ...ADMINS },
  'user.read': { ...ADMINS },
  'user.write': { ...ADMINS },
  /**
   * Set the further schools a counselor serves besides their own (a counselor shared by schools
   * of one district): the counselor's own district admin only; the service checks each school.
   */
  'user.counselor_schools': { district_admin: 'district' },
  'org.read': { ...ADMINS },
  'org.write': { ...ADMINS },
  'audit.read': { ...ADMINS },
  /** Take the Interest Profiler and see results computed from answers; nothing is stored. */
  'interest.take': EVERYONE('public'),
  /**
   * A student's saved interest results, saved items and home: the student, their guardians and
   * the counselors who have them on their caseload; no one else (not teachers, not admins).
   */
  'interest_result.read': { student: 'self', guardian: 'children', counselor: 'caseload' },
  'interest_result.write': { student: 'self' },
  /** Roster and transcript imports into a district. */
  'records.import': { ...ADMINS },
  /**
   * Remove one credential a student earned from the records (one imported in error): whoever may
   * import credentials into the district.
   */
  'records.credential_remove': { ...ADMINS },
  /**
   * End one guardian link or one caseload link (a court order, a reassignment, a data-entry fix):
   * whoever may import the rosters that write them.
   */
  'records.link_remove': { ...ADMINS },
  /**
   * See a student's guardian and caseload links, and find the district's students to do so (the
   * links page): granted apart from ending them, so a role could read without removing; today the
   * same admins hold both.
   */
  'records.link_read': { ...ADMINS },
  /**
   * A student's progress check (and what-if, transcript attempts, exceptions): the student, their
   * guardians and counselor, their school's and district's admins.
   */
  'progress.read': {
    student: 'self',
    guardian: 'children',
    counselor: 'caseload',
    ...READERS,
  },
  /** Exceptions to a student's requirements: substitute, waive, force complete. */
  'progress.exception': { counselor: 'caseload', ...ADMINS },
  /**
   * Credit earned outside the district (another school, an exam, summer school, a college):
   * recorded by the student's counselor or the district; never by the student or a guardian.
   */
  'transfer.write': { counselor: 'caseload', district_admin: 'district' },
  /** A student's learning plan: read, start or edit, sign (student, guardian, counselor). */
  'plan.read': { student: 'self', guardian: 'children', counselor: 'caseload', ...READERS },
  'plan.write': { student: 'self', counselor: 'caseload', district_admin: 'district' },
  'plan.sign': { student: 'self', guardian: 'children', counselor: 'caseload' },
  /**
   * The caseload list with off-track signals: a counselor's caseload, a school admin's school, a
   * district admin's district.
   */
  'caseload.read': { counselor: 'caseload', school_admin: 'school', district_admin: 'district' },
  /**
   * Counselor notes: staff with the student in scope only; the student and a guardian see them in
   * the student's own data export (`student.data_export`), since FERPA lets them inspect records
   * that several staff read. Counselors write (and edit or delete their own); school and district
   * admins read.
   */
  'note.read': { counselor: 'caseload', school_admin: 'school', district_admin: 'district' },
  'note.write': { counselor: 'caseload' },
  /**
   * Perkins V counts (aggregates of student records, small cells suppressed): admins; a school
   * admin gets their own school's rows only.
   */
  'perkins.read': { ...READERS },
  /** A student's own Perkins V status ("You are a CTE concentrator in Nursing"). */
  'perkins.self': { student: 'self' },
} as const satisfies Record<string, Partial<Record<Principal, Scope>>>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];
export const isAction = (value: string): value is Action => Object.hasOwn(POLICY, value);

/** Actions a staff member whose second factor is still due may take: only to set it up. */
export const ALLOWED_BEFORE_TOTP: ReadonlySet<Action> = new Set([
  'web.page',
  'docs.read',
  'health.read',
  'framework.read',
  'program.read',
  'auth.sign_in',
  'auth.redeem_link',
  'auth.me',
  'auth.session',
  'auth.sign_out',
  'auth.sign_out_everywhere',
  'auth.change_password',
  'auth.totp_enrol',
  'auth.totp_verify',
  'interest.take',
]);

export function scopeFor(principal: Principal, action: Action): Scope | undefined {
  return (POLICY[action] as Partial<Record<Principal, Scope>>)[principal];
}

/** What the policy needs to know about the person asking. */
export interface Actor {
  userId: string;
  role: Role;
  orgId: string;
  /** The district the user works or studies in; none for state, college and employer users. */
  districtId: string | null;
  childIds: readonly string[];
  caseloadIds: readonly string[];
}

/** The record an action touches: a student, a user account, an organization, a program or a catalog row. */
export interface Target {
  districtId: string | null;
  schoolId?: string | null;
  /** Organizations that own the record or co-author it (a program's named partners). */
  orgIds?: readonly string[];
  /** The student (or user) the record belongs to. */
  userId?: string;
}

/** Whether the actor may perform the action on the target. Deny by default. */
export function allows(actor: Actor | null, action: Action, target?: Target): boolean {
  const scope = scopeFor(actor?.role ?? 'anonymous', action);
  if (scope === undefined) return false;
  if (scope === 'public') return true;
  if (!actor) return false;
  if (scope === 'signed_in' || scope === 'state') return true;
  if (!target) return false;
  switch (scope) {
    case 'self':
      return target.userId === actor.userId;
    case 'children':
      return (
        sameDistrict(actor, target) &&
        target.userId !== undefined &&
        actor.childIds.includes(target.userId)
      );
    case 'caseload':
      return (
        sameDistrict(actor, target) &&
        target.userId !== undefined &&
        actor.caseloadIds.includes(target.userId)
      );
    case 'school':
      return (
        sameDistrict(actor, target) && target.schoolId != null && target.schoolId === actor.orgId
      );
    case 'organization':
      return target.orgIds?.includes(actor.orgId) ?? false;
    case 'district':
      return sameDistrict(actor, target);
  }
}

/** Whether the role may perform the action on some record at all (the check a route makes first). */
export function mayAttempt(principal: Principal, action: Action): boolean {
  return scopeFor(principal, action) !== undefined;
}

function sameDistrict(actor: Actor, target: Target): boolean {
  return actor.districtId !== null && target.districtId === actor.districtId;
}
