import { describe, expect, it } from 'vitest';
import { checkRoleOrg, placeOrg } from './org-rules.ts';

const state = { id: 'state', kind: 'state' as const, districtId: null };
const district = { id: 'da', kind: 'district' as const, districtId: 'da' };
const school = { id: 'da-high', kind: 'school' as const, districtId: 'da' };

describe('organization rules', () => {
  it('nests state → district → school and gives each its district', () => {
    expect(placeOrg('state', 'state', undefined)).toBeNull();
    expect(placeOrg('district', 'da', state)).toBe('da');
    expect(placeOrg('school', 'da-high', district)).toBe('da');
    expect(placeOrg('college', 'cc', state)).toBeNull();
    expect(placeOrg('employer', 'acme', state)).toBeNull();
  });
  it('refuses a wrong or missing parent, naming the field', () => {
    expect(() => placeOrg('school', 'x', state)).toThrow(/belongs to a district/);
    expect(() => placeOrg('district', 'x', undefined)).toThrow(
      expect.objectContaining({ field: 'parent' }),
    );
    expect(() => placeOrg('state', 'x', state)).toThrow(/no parent/);
  });
  it('places each role in the right kind of organization', () => {
    expect(() => checkRoleOrg('student', school)).not.toThrow();
    expect(() => checkRoleOrg('district_admin', district)).not.toThrow();
    expect(() => checkRoleOrg('student', district)).toThrow(/school/);
    expect(() => checkRoleOrg('school_admin', school)).not.toThrow();
    expect(() => checkRoleOrg('school_admin', district)).toThrow(
      'A school admin belongs to a school, not to a district.',
    );
    expect(() => checkRoleOrg('state_admin', school)).toThrow(
      expect.objectContaining({ field: 'org' }),
    );
  });
});
