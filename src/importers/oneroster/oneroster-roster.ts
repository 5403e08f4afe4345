/**
 * OneRoster 1.2 users, orgs, classes and enrollments into Wayfinder's roster: students (with
 * their school and grade), teachers, counselors and guardians (parents and relatives too) as
 * accounts, guardian links from `agentSourcedIds`, and counselor caseloads: the students enrolled
 * in a class the counselor is enrolled in, and students the counselor is an agent of. A counselor
 * belongs to the first school of their primaryOrg and orgSourcedIds, and serves the other schools
 * listed there as further schools (a counselor shared by schools of the district); they have only
 * students of those schools on their caseload: a row that would link one to a student of another
 * school is refused. Other adults belong to their first school only.
 * Grades are not read. Administrators are not created by an import (least privilege): they are
 * counted.
 */
import { displayName, nameIssue, tidyName } from '../person-name.ts';
import { issueText } from '../issue-text.ts';
import { ID_TEXT, type RosterRow } from '../roster-csv.ts';
import type { ImportIssue } from '../tabular.ts';
import type { OneRosterTables, RosterFileRow } from './oneroster-files.ts';

export type StaffRole = 'teacher' | 'counselor' | 'guardian';
export const ROLE_MAP: Record<string, StaffRole | 'student' | 'skip'> = {
  student: 'student',
  teacher: 'teacher',
  counselor: 'counselor',
  guardian: 'guardian',
  parent: 'guardian',
  relative: 'guardian',
  aide: 'skip',
  administrator: 'skip',
  districtadministrator: 'skip',
  siteadministrator: 'skip',
  systemadministrator: 'skip',
  principal: 'skip',
  proctor: 'skip',
};
const GRADES: Record<string, number> = {
  '06': 6,
  '07': 7,
  '08': 8,
  '09': 9,
  '10': 10,
  '11': 11,
  '12': 12,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface OneRosterStudent extends Omit<RosterRow, 'graduationYear'> {
  /** OneRoster has no class-of year: undefined keeps what the district has. */
  graduationYear: undefined;
  at: RosterFileRow;
}
export interface OneRosterAccount {
  role: StaffRole;
  email: string;
  name: string;
  orgId: string;
  /** A counselor's further schools: the package's other schools they are listed at (else []). */
  furtherSchools: string[];
  at: RosterFileRow;
}
export interface OneRosterLink {
  kind: 'guardian' | 'caseload';
  /** Email of the guardian or counselor. */
  adult: string;
  studentLocalId: string;
  at: RosterFileRow;
}

export interface OneRosterRoster {
  students: OneRosterStudent[];
  accounts: OneRosterAccount[];
  links: OneRosterLink[];
  skippedUsers: number;
  issues: ImportIssue[];
}

/** Matches an org to a school of the district: by its identifier, else its sourcedId. */
function schoolsOf(tables: OneRosterTables, schools: Set<string>, districtId: string) {
  const schoolOf = new Map<string, string>();
  const issues: ImportIssue[] = [];
  for (const org of tables.rows.orgs ?? []) {
    const type = org.get('type').toLowerCase();
    const id = org.get('sourcedId');
    if (type !== 'school') continue;
    const identifier = org.get('identifier');
    const match = [identifier, id].find((v) => v !== '' && schools.has(v));
    if (match) schoolOf.set(id, match);
    else
      issues.push(
        org.issue(
          'identifier',
          issueText('no_school', { school: identifier || id, district: districtId, hint: 'none' }),
        ),
      );
  }
  return { schoolOf, issues };
}

/**
 * A user read: its row, role, key (a student's local id, an adult's email) and the school it
 * belongs to in Wayfinder (none for a guardian the package places at no school).
 */
interface Known {
  row: RosterFileRow;
  role: StaffRole | 'student';
  key: string;
  school: string | undefined;
  /** The schools whose students may be on a counselor's caseload: their own and further ones. */
  serves: ReadonlySet<string>;
}

export function oneRosterRoster(
  tables: OneRosterTables,
  schools: Set<string>,
  districtId: string,
): OneRosterRoster {
  const { schoolOf, issues } = schoolsOf(tables, schools, districtId);
  const users = new Map<string, Known>();
  const students: OneRosterStudent[] = [];
  const accounts: OneRosterAccount[] = [];
  let skippedUsers = 0;
  const seenEmail = new Map<string, number>();
  for (const row of tables.rows.users ?? []) {
    const sourcedId = row.get('sourcedId');
    const roleText = row.get('role');
    const role = ROLE_MAP[roleText.toLowerCase()];
    const before = issues.length;
    if (!role) {
      issues.push(row.issue('role', issueText('bad_role', { role: roleText })));
      continue;
    }
    if (role === 'skip' || row.get('enabledUser').toLowerCase() === 'false') {
      skippedUsers++;
      continue;
    }
    if (!sourcedId) issues.push(row.issue('sourcedId', issueText('empty')));
    else if (users.has(sourcedId))
      issues.push(
        row.issue(
          'sourcedId',
          issueText('repeats_user', { line: String(users.get(sourcedId)!.row.row.line) }),
        ),
      );
    const email = row.get('email').toLowerCase();
    if (!EMAIL.test(email))
      issues.push(row.issue('email', issueText(email ? 'not_email' : 'no_account_email')));
    else if (seenEmail.has(email))
      issues.push(
        row.issue('email', issueText('repeats_email', { line: String(seenEmail.get(email)) })),
      );
    else seenEmail.set(email, row.row.line);
    const given = tidyName(row.get('givenName'));
    const family = tidyName(row.get('familyName'));
    for (const [column, value] of [
      ['givenName', given],
      ['familyName', family],
    ] as const) {
      const problem = value ? nameIssue(value, 100) : issueText('empty');
      if (problem) issues.push(row.issue(column, problem));
    }
    const orgs = [row.get('primaryOrg'), ...row.list('orgSourcedIds')].filter((o) => o !== '');
    const listed = [...new Set(orgs.map((o) => schoolOf.get(o)))].filter((s) => s !== undefined);
    const school = listed[0];
    if (role === 'student') {
      const localId = row.get('identifier') || sourcedId;
      const idColumn = row.get('identifier') ? 'identifier' : 'sourcedId';
      if (!ID_TEXT.test(localId)) issues.push(row.issue(idColumn, issueText('bad_id')));
      const gradeText = row.list('grades')[0] ?? '';
      const grade = GRADES[gradeText.padStart(2, '0')];
      if (grade === undefined)
        issues.push(row.issue('grades', issueText('bad_oneroster_grade', { value: gradeText })));
      if (!school) issues.push(row.issue('orgSourcedIds', issueText('no_package_school')));
      if (issues.length > before) continue;
      users.set(sourcedId, { row, role, key: localId, school, serves: new Set() });
      students.push({
        line: row.row.line,
        localId,
        schoolId: school!,
        firstName: given,
        lastName: family,
        email,
        grade: grade!,
        graduationYear: undefined,
        // OneRoster carries rosters, not special-population groups: nothing stored is changed.
        facts: {},
        at: row,
      });
    } else {
      if (role !== 'guardian' && !school)
        issues.push(row.issue('orgSourcedIds', issueText('no_package_school')));
      if (issues.length > before) continue;
      const furtherSchools = role === 'counselor' ? listed.slice(1) : [];
      users.set(sourcedId, { row, role, key: email, school, serves: new Set(listed) });
      accounts.push({
        role,
        email,
        name: displayName(given, family),
        orgId: school ?? districtId,
        furtherSchools,
        at: row,
      });
    }
  }
  const links = new Map<string, OneRosterLink>();
  const link = (kind: OneRosterLink['kind'], adult: string, student: string, at: RosterFileRow) =>
    links.set(`${kind}\u0000${adult}\u0000${student}`, {
      kind,
      adult,
      studentLocalId: student,
      at,
    });
  /** A caseload link, unless the counselor serves no school of the student's (refused). */
  const caseload = (counselor: Known, student: Known, at: RosterFileRow, field: string) => {
    if (student.school !== undefined && counselor.serves.has(student.school))
      return link('caseload', counselor.key, student.key, at);
    issues.push(
      at.issue(
        field,
        issueText('other_school_counselor', {
          counselor: counselor.row.get('sourcedId'),
          school: counselor.school ?? '',
          student: student.row.get('sourcedId'),
          studentSchool: student.school ?? '',
        }),
      ),
    );
  };
  for (const user of users.values())
    for (const agent of user.row.list('agentSourcedIds')) {
      const other = users.get(agent);
      if (!other) {
        issues.push(
          user.row.issue('agentSourcedIds', issueText('no_package_user', { user: agent })),
        );
        continue;
      }
      const [student, adult] = user.role === 'student' ? [user, other] : [other, user];
      if (student.role !== 'student' || adult.role === 'student' || adult.role === 'teacher')
        continue;
      if (adult.role === 'guardian') link('guardian', adult.key, student.key, user.row);
      else caseload(adult, student, user.row, 'agentSourcedIds');
    }
  const classes = new Set((tables.rows.classes ?? []).map((c) => c.get('sourcedId')));
  const members = new Map<string, Array<{ user: Known; at: RosterFileRow }>>();
  for (const row of tables.rows.enrollments ?? []) {
    const cls = row.get('classSourcedId');
    const user = users.get(row.get('userSourcedId'));
    if (!classes.has(cls))
      issues.push(row.issue('classSourcedId', issueText('no_package_class', { class: cls })));
    else if (user) members.set(cls, [...(members.get(cls) ?? []), { user, at: row }]);
  }
  for (const list of members.values()) {
    const counselors = list.filter((m) => m.user.role === 'counselor');
    for (const c of counselors)
      for (const s of list.filter((m) => m.user.role === 'student'))
        caseload(c.user, s.user, s.at, 'userSourcedId');
  }
  return { students, accounts, links: [...links.values()], skippedUsers, issues };
}
