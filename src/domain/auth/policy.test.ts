import { describe, expect, it } from 'vitest';
import { ACTIONS, allows, mayAttempt, POLICY, scopeFor, type Actor } from './policy.ts';
import { PRINCIPALS, ROLES } from './roles.ts';

const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u',
  role: 'student',
  orgId: 'da-high',
  districtId: 'da',
  childIds: [],
  caseloadIds: [],
  ...over,
});
const student = { districtId: 'da', schoolId: 'da-high', userId: 's1' };
const otherDistrict = { districtId: 'db', schoolId: 'db-high', userId: 's9' };

describe('policy table', () => {
  it('names only known roles and keeps public routes public', () => {
    for (const action of ACTIONS)
      for (const who of Object.keys(POLICY[action])) expect(PRINCIPALS).toContain(who);
    for (const action of [
      'framework.read',
      'health.read',
      'docs.read',
      'web.page',
      'program.read',
    ] as const) {
      for (const who of PRINCIPALS) expect(mayAttempt(who, action), `${who} ${action}`).toBe(true);
    }
  });

  it('denies by default: anonymous may do nothing but public actions', () => {
    const anonymous = ACTIONS.filter((a) => mayAttempt('anonymous', a));
    for (const a of anonymous) expect(allows(null, a)).toBe(true);
    expect(
      ACTIONS.filter((a) => !anonymous.includes(a)).every((a) => !allows(null, a, student)),
    ).toBe(true);
  });

  it('lets only admins export, manage users and read the audit log', () => {
    for (const action of [
      'student.export',
      'student.export_approve',
      'user.write',
      'user.read',
      'audit.read',
      'org.write',
    ] as const) {
      expect(ROLES.filter((r) => mayAttempt(r, action)).sort()).toEqual([
        'district_admin',
        'state_admin',
      ]);
    }
  });

  it('gives reading links a permission of its own, held by exactly the roles that may end one', () => {
    const holders = (action: 'records.link_read' | 'records.link_remove') =>
      PRINCIPALS.filter((p) => mayAttempt(p, action)).map((p) => [p, scopeFor(p, action)]);
    expect(holders('records.link_read')).toEqual([
      ['state_admin', 'state'],
      ['district_admin', 'district'],
    ]);
    expect(holders('records.link_read')).toEqual(holders('records.link_remove'));
    // Each is checked on its own: the district's admin reads and ends links of their district
    // only; one permission does not stand for the other in the table.
    const admin = actor({ role: 'district_admin', orgId: 'da' });
    for (const action of ['records.link_read', 'records.link_remove'] as const) {
      expect(allows(admin, action, { districtId: 'da' }), action).toBe(true);
      expect(allows(admin, action, { districtId: 'db' }), action).toBe(false);
    }
  });

  it('applies each scope to student records', () => {
    expect(allows(actor({ userId: 's1' }), 'student.read', student)).toBe(true);
    expect(allows(actor({ userId: 's2' }), 'student.read', student)).toBe(false);
    expect(allows(actor({ role: 'guardian', childIds: ['s1'] }), 'student.read', student)).toBe(
      true,
    );
    expect(allows(actor({ role: 'guardian', childIds: ['s2'] }), 'student.read', student)).toBe(
      false,
    );
    expect(allows(actor({ role: 'counselor', caseloadIds: ['s1'] }), 'student.read', student)).toBe(
      true,
    );
    expect(allows(actor({ role: 'counselor', caseloadIds: [] }), 'student.read', student)).toBe(
      false,
    );
    expect(allows(actor({ role: 'teacher' }), 'student.read', student)).toBe(true);
    expect(allows(actor({ role: 'teacher', orgId: 'da-other' }), 'student.read', student)).toBe(
      false,
    );
    expect(allows(actor({ role: 'district_admin', orgId: 'da' }), 'student.read', student)).toBe(
      true,
    );
    expect(
      allows(actor({ role: 'state_admin', districtId: null }), 'student.read', otherDistrict),
    ).toBe(true);
    expect(
      allows(actor({ role: 'college_staff', districtId: null }), 'student.read', student),
    ).toBe(false);
    expect(
      allows(actor({ role: 'employer_partner', districtId: null }), 'student.read', student),
    ).toBe(false);
  });

  it('never crosses districts, even with a forged child or caseload id', () => {
    for (const role of [
      'guardian',
      'counselor',
      'teacher',
      'school_admin',
      'district_admin',
    ] as const) {
      const a = actor({ role, orgId: 'db-high', childIds: ['s9'], caseloadIds: ['s9'] });
      expect(allows({ ...a, districtId: 'da' }, 'student.read', otherDistrict), role).toBe(false);
    }
  });

  it("lets a school admin read their own school's student records, and write none", () => {
    const principal = actor({ role: 'school_admin', orgId: 'da-high' });
    const sameDistrictOtherSchool = { districtId: 'da', schoolId: 'da-middle', userId: 's5' };
    const reads = [
      'student.read',
      'progress.read',
      'plan.read',
      'note.read',
      'caseload.read',
      'perkins.read',
    ] as const;
    for (const action of reads) {
      expect(allows(principal, action, student), action).toBe(true);
      expect(allows(principal, action, sameDistrictOtherSchool), action).toBe(false);
      expect(allows(principal, action, otherDistrict), action).toBe(false);
      // A school of another district with the same id does not make its students reachable.
      expect(allows(principal, action, { ...otherDistrict, schoolId: 'da-high' }), action).toBe(
        false,
      );
    }
    const writes = ACTIONS.filter((a) => mayAttempt('school_admin', a)).filter(
      (a) => /write|sign|exception|import|export|approve/.test(a) && !a.startsWith('auth.'),
    );
    expect(writes).toEqual([]);
    expect(mayAttempt('school_admin', 'interest_result.read')).toBe(false);
  });
});
