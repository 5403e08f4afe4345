/**
 * Accounts test factories: two districts with a school each and one user of every role (and, on
 * request, a second school with one student: the one the first school's staff may not reach), and
 * signed-in request headers (a session row made directly, without hashing a password).
 */
import type { Role } from '../src/domain/auth/roles.ts';
import type { Runtime } from '../src/runtime.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { SESSION_TTL_MS } from '../src/services/accounts/deps.ts';
import { assignCaseload, linkGuardian } from '../src/services/accounts/link-students.ts';
import { createOrg } from '../src/services/accounts/manage-orgs.ts';
import { createUser } from '../src/services/accounts/manage-users.ts';

export interface DistrictFixture {
  id: string;
  schoolId: string;
  /**
   * A second school of the district (`${id}-mid`), whose one student no staff of the first school
   * may reach; made only when `buildWorld` is asked for it.
   */
  otherSchoolId: string;
  users: Record<Exclude<Role, 'state_admin' | 'college_staff' | 'employer_partner'>, string> & {
    otherStudent: string;
    /** The student of the district's second school ('' when the world has none). */
    otherSchoolStudent: string;
  };
}

export interface World {
  districts: [DistrictFixture, DistrictFixture];
  stateAdmin: string;
  collegeStaff: string;
  employer: string;
  /** user id → email */
  emails: Map<string, string>;
}

const BASE = 'http://localhost:3000';

export async function buildWorld(
  runtime: Runtime,
  options: { secondSchool?: boolean } = {},
): Promise<World> {
  const deps = runtime.accounts.deps;
  const emails = new Map<string, string>();
  const user = async (email: string, role: Role, orgId: string) => {
    const { user } = await createUser(deps, CLI, {
      email,
      name: email.split('@')[0]!,
      role,
      orgId,
      baseUrl: BASE,
    });
    emails.set(user.id, user.email);
    return user.id;
  };
  // The demo region, when a test loaded it, already made the state.
  if (!(await deps.orgs.find('state')))
    await createOrg(deps, CLI, { id: 'state', kind: 'state', name: 'State' });
  await createOrg(deps, CLI, {
    id: 'college',
    kind: 'college',
    name: 'College',
    parentId: 'state',
  });
  await createOrg(deps, CLI, {
    id: 'employer',
    kind: 'employer',
    name: 'Employer',
    parentId: 'state',
  });
  const districts: DistrictFixture[] = [];
  for (const d of ['da', 'db']) {
    await createOrg(deps, CLI, {
      id: d,
      kind: 'district',
      name: `District ${d}`,
      parentId: 'state',
    });
    await createOrg(deps, CLI, { id: `${d}-high`, kind: 'school', name: `High ${d}`, parentId: d });
    if (options.secondSchool)
      await createOrg(deps, CLI, {
        id: `${d}-mid`,
        kind: 'school',
        name: `Middle ${d}`,
        parentId: d,
      });
    const users = {
      district_admin: await user(`admin@${d}.test`, 'district_admin', d),
      school_admin: await user(`principal@${d}.test`, 'school_admin', `${d}-high`),
      counselor: await user(`counselor@${d}.test`, 'counselor', `${d}-high`),
      teacher: await user(`teacher@${d}.test`, 'teacher', `${d}-high`),
      student: await user(`student@${d}.test`, 'student', `${d}-high`),
      otherStudent: await user(`other@${d}.test`, 'student', `${d}-high`),
      guardian: await user(`guardian@${d}.test`, 'guardian', `${d}-high`),
      otherSchoolStudent: options.secondSchool
        ? await user(`elsewhere@${d}.test`, 'student', `${d}-mid`)
        : '',
    };
    await linkGuardian(deps, CLI, { student: `student@${d}.test`, guardian: `guardian@${d}.test` });
    await assignCaseload(deps, CLI, {
      student: `student@${d}.test`,
      counselor: `counselor@${d}.test`,
    });
    districts.push({ id: d, schoolId: `${d}-high`, otherSchoolId: `${d}-mid`, users });
  }
  return {
    districts: districts as [DistrictFixture, DistrictFixture],
    stateAdmin: await user('state@state.test', 'state_admin', 'state'),
    collegeStaff: await user('staff@college.test', 'college_staff', 'college'),
    employer: await user('partner@employer.test', 'employer_partner', 'employer'),
    emails,
  };
}

/** Cookie and CSRF headers of a new session for the user. */
export async function sessionHeaders(
  runtime: Runtime,
  userId: string,
  totpPassed = true,
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const { secrets, sessions, clock } = runtime.accounts.deps;
  const token = secrets.token();
  const csrfToken = secrets.token();
  await sessions.insert({
    tokenHash: secrets.digest(token),
    userId,
    csrfToken,
    totpPassed,
    expiresAt: new Date(clock().getTime() + SESSION_TTL_MS),
    ip: '127.0.0.1',
    userAgent: 'test',
  });
  return { cookie: `wf_session=${token}`, 'x-csrf-token': csrfToken };
}

/** The user of each role in a district (state, college and employer users are shared). */
export function userOf(world: World, role: Role, district: 0 | 1 = 0): string {
  if (role === 'state_admin') return world.stateAdmin;
  if (role === 'college_staff') return world.collegeStaff;
  if (role === 'employer_partner') return world.employer;
  return world.districts[district].users[role];
}

let signedInSerial = 0;

/**
 * Headers of a signed-in admin for tests of routes that write (program authoring and approval):
 * makes the state (and a district) if missing, and a new admin in it.
 */
export async function signedInAs(
  runtime: Runtime,
  role: 'state_admin' | 'district_admin' = 'state_admin',
) {
  const deps = runtime.accounts.deps;
  if (!(await deps.orgs.find('state')))
    // The demo region, when a test loaded it, already made the state.
    if (!(await deps.orgs.find('state')))
      await createOrg(deps, CLI, { id: 'state', kind: 'state', name: 'State' });
  if (role === 'district_admin' && !(await deps.orgs.find('district'))) {
    await createOrg(deps, CLI, {
      id: 'district',
      kind: 'district',
      name: 'District',
      parentId: 'state',
    });
  }
  signedInSerial += 1;
  const { user } = await createUser(deps, CLI, {
    email: `${role.replace('_', '-')}-${signedInSerial}@test.test`,
    name: role,
    role,
    orgId: role === 'state_admin' ? 'state' : 'district',
    baseUrl: BASE,
  });
  return sessionHeaders(runtime, user.id);
}
