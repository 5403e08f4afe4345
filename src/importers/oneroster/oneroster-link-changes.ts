/**
 * Which guardian links and caseloads a OneRoster package ends (least privilege).
 *
 * A bulk file states the whole truth for the links it carries, so links of the district that the
 * package no longer states go. Guardian links come from users.csv (agentSourcedIds): they are
 * the whole truth when manifest.csv says `file.users,bulk` and users.csv lists at least one
 * guardian (guardian, parent, relative); a users.csv with no guardian at all says nothing about
 * guardians (a district may link them by hand), so it ends none. Caseloads come from users.csv
 * (a counselor as a student's agent) and enrollments.csv (a counselor and a student in one
 * class): they are the whole truth only when users.csv is bulk and lists at least one counselor,
 * and enrollments.csv is in the package and bulk too (a header-only file says "no classes"); a
 * package without enrollments.csv ends no caseload.
 *
 * A counselor's further schools (the schools after their first in primaryOrg and orgSourcedIds)
 * are what their users.csv row lists, bulk or delta: a school their row no longer lists goes.
 * A bulk users.csv that lists at least one counselor is the whole truth about counselors, so the
 * further schools of the district's counselors it leaves out go too.
 *
 * A delta file ends only what its `tobedeleted` rows name: a user row ends every link of that
 * user (a student's, a guardian's, a counselor's), and an enrollment row ends the caseload
 * pairs of its class it took part in (counselor and student both known from users.csv rows of
 * the same package; others cannot be told and are left).
 */
import type { OneRosterTables, RosterFileRow } from './oneroster-files.ts';
import { ROLE_MAP } from './oneroster-roster.ts';

export interface EndedUser {
  role: 'student' | 'guardian' | 'counselor';
  /** A student's local id (identifier, else sourcedId); an adult's email. */
  key: string;
}
export interface EndedPair {
  kind: 'caseload';
  /** The counselor's email. */
  adult: string;
  studentLocalId: string;
}

export interface LinkChanges {
  wholeTruth: { guardian: boolean; caseload: boolean; counselorSchools: boolean };
  endedUsers: EndedUser[];
  endedPairs: EndedPair[];
}

function userOf(row: RosterFileRow): EndedUser | undefined {
  const role = ROLE_MAP[row.get('role').toLowerCase()];
  if (role === 'student') {
    const key = row.get('identifier') || row.get('sourcedId');
    return key ? { role, key } : undefined;
  }
  if (role === 'guardian' || role === 'counselor') {
    const key = row.get('email').toLowerCase();
    return key ? { role, key } : undefined;
  }
  return undefined;
}

export function oneRosterLinkChanges(tables: OneRosterTables): LinkChanges {
  const { rows, deleted, modes } = tables;
  const users = rows.users ?? [];
  const lists = (role: string) => users.some((u) => ROLE_MAP[u.get('role').toLowerCase()] === role);
  const wholeTruth = {
    guardian: modes.users === 'bulk' && lists('guardian'),
    caseload:
      modes.users === 'bulk' &&
      lists('counselor') &&
      rows.enrollments !== undefined &&
      modes.enrollments === 'bulk',
    counselorSchools: modes.users === 'bulk' && lists('counselor'),
  };
  const endedUsers: EndedUser[] = [];
  if (modes.users === 'delta')
    for (const row of deleted.users ?? []) {
      const user = userOf(row);
      if (user) endedUsers.push(user);
    }
  const endedPairs: EndedPair[] = [];
  if (modes.enrollments === 'delta' && (deleted.enrollments ?? []).length > 0) {
    const known = new Map<string, EndedUser>();
    for (const row of [...users, ...(deleted.users ?? [])]) {
      const user = userOf(row);
      if (user) known.set(row.get('sourcedId'), user);
    }
    const byClass = new Map<string, Array<{ user: EndedUser; gone: boolean }>>();
    for (const [list, gone] of [
      [rows.enrollments ?? [], false],
      [deleted.enrollments ?? [], true],
    ] as const)
      for (const row of list) {
        const user = known.get(row.get('userSourcedId'));
        const cls = row.get('classSourcedId');
        if (user) byClass.set(cls, [...(byClass.get(cls) ?? []), { user, gone }]);
      }
    for (const members of byClass.values())
      for (const c of members.filter((m) => m.user.role === 'counselor'))
        for (const s of members.filter((m) => m.user.role === 'student'))
          if (c.gone || s.gone)
            endedPairs.push({ kind: 'caseload', adult: c.user.key, studentLocalId: s.user.key });
  }
  return { wholeTruth, endedUsers, endedPairs };
}
