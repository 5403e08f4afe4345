/**
 * Demo organizations and accounts with published, demo-only passwords (see README). Two
 * districts, so the privacy boundary shows. Safe to run again. Callers must check decideDemo first.
 */
import type { TUserCreate } from '../../contracts/accounts.ts';
import type { OrgKind } from '../../domain/auth/roles.ts';
import { CLI } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { assignCaseload, linkGuardian } from './link-students.ts';
import { createOrg } from './manage-orgs.ts';
import { createUser } from './manage-users.ts';

export const DEMO_PASSWORD = 'demo-only-password';
/** Published TOTP secret of the demo staff accounts: add it to an authenticator app. Demo only. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const ORGS: Array<{ id: string; kind: OrgKind; name: string; parentId?: string }> = [
  { id: 'state', kind: 'state', name: 'State CTE Office' },
  { id: 'demo-north', kind: 'district', name: 'North Valley School District', parentId: 'state' },
  {
    id: 'demo-north-high',
    kind: 'school',
    name: 'North Valley High School',
    parentId: 'demo-north',
  },
  { id: 'demo-south', kind: 'district', name: 'South Ridge School District', parentId: 'state' },
  {
    id: 'demo-south-high',
    kind: 'school',
    name: 'South Ridge High School',
    parentId: 'demo-south',
  },
  { id: 'demo-college', kind: 'college', name: 'Valley Community College', parentId: 'state' },
];

export const DEMO_USERS: Array<Omit<TUserCreate, 'email'> & { email: string; staff: boolean }> = [
  {
    email: 'state@demo.wayfinder.test',
    name: 'Sam State',
    role: 'state_admin',
    orgId: 'state',
    staff: true,
  },
  {
    email: 'district@demo.wayfinder.test',
    name: 'Dana District',
    role: 'district_admin',
    orgId: 'demo-north',
    staff: true,
  },
  {
    email: 'counselor@demo.wayfinder.test',
    name: 'Carmen Counselor',
    role: 'counselor',
    orgId: 'demo-north-high',
    staff: true,
  },
  {
    email: 'student@demo.wayfinder.test',
    name: 'Alex Student',
    role: 'student',
    orgId: 'demo-north-high',
    grade: 10,
    staff: false,
  },
  {
    email: 'guardian@demo.wayfinder.test',
    name: 'Gabi Guardian',
    role: 'guardian',
    orgId: 'demo-north-high',
    staff: false,
  },
  {
    email: 'student2@demo.wayfinder.test',
    name: 'Riley South',
    role: 'student',
    orgId: 'demo-south-high',
    grade: 11,
    staff: false,
  },
];

export async function seedDemo(deps: AccountsDeps, baseUrl: string): Promise<{ users: number }> {
  for (const org of ORGS) {
    if (!(await deps.orgs.find(org.id))) await createOrg(deps, CLI, org);
  }
  let created = 0;
  for (const { staff, ...user } of DEMO_USERS) {
    if (await deps.users.findByEmail(user.email)) continue;
    await createUser(deps, CLI, {
      ...user,
      baseUrl,
      password: DEMO_PASSWORD,
      ...(staff ? { totpSecret: DEMO_TOTP_SECRET } : {}),
    });
    created += 1;
  }
  await linkGuardian(deps, CLI, {
    student: 'student@demo.wayfinder.test',
    guardian: 'guardian@demo.wayfinder.test',
  });
  await assignCaseload(deps, CLI, {
    student: 'student@demo.wayfinder.test',
    counselor: 'counselor@demo.wayfinder.test',
  });
  return { users: created };
}
