/**
 * The demo world's organizations and people (src/data/demo/people.ts): the demo accounts with
 * published, demo-only passwords (see README), and a roster of 40 invented students with their
 * guardians and the demo counselor's caseload. Safe to run again. Callers must check decideDemo
 * first.
 */
import { DEMO_ACCOUNTS, DEMO_ORGS, demoRoster, type DemoPerson } from '../../data/demo/people.ts';
import { ROLES_REQUIRING_TOTP } from '../../domain/auth/roles.ts';
import { CLI } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { assignCaseload, linkGuardian } from './link-students.ts';
import { createOrg } from './manage-orgs.ts';
import { createUser } from './manage-users.ts';

export const DEMO_PASSWORD = 'demo-only-password';
/** Published TOTP secret of the demo staff accounts: add it to an authenticator app. Demo only. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Every person the demo loads: the accounts people sign in with, then the roster. */
export function demoPeople(): DemoPerson[] {
  const roster = demoRoster();
  return [...DEMO_ACCOUNTS, ...roster.students, ...roster.guardians];
}

/** The demo organizations (state, Riverside Unified and its partners, Lakeview), each once. */
export async function seedDemoOrgs(deps: AccountsDeps): Promise<void> {
  for (const org of DEMO_ORGS) {
    if (!(await deps.orgs.find(org.id))) await createOrg(deps, CLI, org);
  }
}

export async function seedDemo(deps: AccountsDeps, baseUrl: string): Promise<{ users: number }> {
  await seedDemoOrgs(deps);
  let created = 0;
  for (const person of demoPeople()) {
    if (await deps.users.findByEmail(person.email)) continue;
    await createUser(deps, CLI, {
      email: person.email,
      name: person.name,
      role: person.role,
      orgId: person.orgId,
      baseUrl,
      ...(person.grade !== undefined ? { grade: person.grade } : {}),
      ...(person.localId !== undefined ? { localId: person.localId } : {}),
      ...(person.givenName !== undefined ? { givenName: person.givenName } : {}),
      ...(person.familyName !== undefined ? { familyName: person.familyName } : {}),
      ...(person.signsIn ? { password: DEMO_PASSWORD } : {}),
      ...(person.signsIn && ROLES_REQUIRING_TOTP.has(person.role)
        ? { totpSecret: DEMO_TOTP_SECRET }
        : {}),
    });
    created += 1;
  }
  const roster = demoRoster();
  const links: Array<[student: string, guardian: string]> = [
    ['student@demo.wayfinder.test', 'guardian@demo.wayfinder.test'],
    ...[...roster.children].flatMap(([guardian, kids]) =>
      kids.map((kid): [string, string] => [kid, guardian]),
    ),
  ];
  for (const [student, guardian] of links) await linkGuardian(deps, CLI, { student, guardian });
  for (const student of ['student@demo.wayfinder.test', ...roster.caseload])
    await assignCaseload(deps, CLI, { student, counselor: 'counselor@demo.wayfinder.test' });
  return { users: created };
}
