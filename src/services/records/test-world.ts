/** A district with two schools (ids of the demo region, whose catalog the runtime can seed). */
import type { Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { createOrg } from '../accounts/manage-orgs.ts';
import { createUser } from '../accounts/manage-users.ts';
import { importStudents } from './import-students.ts';

export async function recordsWorld(runtime: Runtime): Promise<void> {
  const deps = runtime.accounts.deps;
  // The demo region, when the test loaded it, already made some of these organizations.
  const ensure = async (org: Parameters<typeof createOrg>[2]) => {
    if (!(await deps.orgs.find(org.id))) await createOrg(deps, CLI, org);
  };
  await ensure({ id: 'state', kind: 'state', name: 'State' });
  for (const [district, schools] of [
    ['rusd', ['rhs', 'cvhs']],
    ['other', ['other-high']],
  ] as const) {
    await ensure({
      id: district,
      kind: 'district',
      name: district,
      parentId: 'state',
    });
    for (const school of schools)
      await ensure({ id: school, kind: 'school', name: school, parentId: district });
  }
}

export const ROSTER_HEADER =
  'student_id,school_id,first_name,last_name,email,grade_level,graduation_year';
export const TRANSCRIPT_HEADER =
  'student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,credits_earned,letter_grade,result';

/** How many rows one district has in a records table. */
export async function countInDistrict(
  runtime: Runtime,
  table: 'student' | 'course_attempt' | 'guardian_link' | 'caseload' | 'transfer_credit',
  districtId = 'rusd',
): Promise<number> {
  const row = await runtime.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('district_id', '=', districtId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const csv = (header: string, rows: string[]) => `${[header, ...rows].join('\n')}\n`;

/** A user named `key`, email `key@domain`, with the role at the organization (a student in grade 9); its id. */
export async function addUser(
  runtime: Runtime,
  key: string,
  domain: string,
  role: Role,
  orgId: string,
): Promise<string> {
  const { user } = await createUser(runtime.accounts.deps, CLI, {
    email: `${key}@${domain}`,
    name: key,
    role,
    orgId,
    baseUrl: 'http://localhost',
    ...(role === 'student' ? { grade: 9 } : {}),
  });
  return user.id;
}

/** Users named by key under `domain`, each with its role at its organization; their ids by key. */
export async function addUsers(
  runtime: Runtime,
  domain: string,
  users: readonly (readonly [key: string, role: Role, orgId: string])[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [key, role, orgId] of users)
    ids[key] = await addUser(runtime, key, domain, role, orgId);
  return ids;
}

/** Imports each district's roster lines (after ROSTER_HEADER) as the command line. */
export async function importRosters(
  runtime: Runtime,
  rosters: Record<string, readonly string[]>,
): Promise<void> {
  for (const [districtId, rows] of Object.entries(rosters))
    await importStudents(
      runtime.records,
      CLI,
      { name: 'roster.csv', text: csv(ROSTER_HEADER, [...rows]) },
      { districtId },
    );
}
