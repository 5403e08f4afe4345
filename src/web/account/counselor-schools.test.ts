import { describe, expect, it } from 'vitest';
import type { TOrg, TSession, TUser } from '../../contracts/accounts.ts';
import { ApiError } from '../api.ts';
import { en, es } from '../i18n.ts';
import {
  maySetSchools,
  schoolChoices,
  schoolsFailure,
  schoolsSavedText,
} from './counselor-schools.ts';

const user = (role: TUser['role'], districtId: string | null, orgId = 'north-high'): TUser => ({
  id: `${role}-${orgId}`,
  email: `${role}@north.test`,
  name: role === 'counselor' ? 'Kim Ortiz' : 'Dana Admin',
  role,
  orgId,
  districtId,
  totpEnabled: false,
  disabled: false,
  linkedIssuer: null,
});
const session = (role: TUser['role'], districtId: string | null): TSession => ({
  user: user(role, districtId, districtId ?? 'state'),
  csrfToken: 'x',
  totp: 'not_required',
});
const org = (id: string, name: string, kind: TOrg['kind'], districtId: string | null): TOrg => ({
  id,
  name,
  kind,
  districtId,
  parentId: districtId,
});

describe('the counselor schools panel’s rules', () => {
  it('is offered to the counselor’s own district admin only', () => {
    const kim = user('counselor', 'north');
    expect(maySetSchools(session('district_admin', 'north'), kim)).toBe(true);
    expect(maySetSchools(session('district_admin', 'south'), kim)).toBe(false);
    expect(maySetSchools(session('state_admin', null), kim)).toBe(false);
    expect(maySetSchools(session('district_admin', 'north'), user('teacher', 'north'))).toBe(false);
  });

  it('offers the other schools of the counselor’s district, by name', () => {
    const orgs = [
      org('north', 'North District', 'district', 'north'),
      org('north-high', 'North High', 'school', 'north'),
      org('north-mid', 'North Middle', 'school', 'north'),
      org('north-elem', 'Aspen Elementary', 'school', 'north'),
      org('south-high', 'South High', 'school', 'south'),
    ];
    expect(schoolChoices(orgs, user('counselor', 'north')).map((o) => o.id)).toEqual([
      'north-elem',
      'north-mid',
    ]);
  });

  it('says what was saved, by school name, and how many students left the caseload', () => {
    const names = new Map([
      ['north-high', 'North High'],
      ['north-mid', 'North Middle'],
    ]);
    const kim = user('counselor', 'north');
    const saved = { email: kim.email, orgId: 'north-high', caseloadEnded: 0 };
    expect(schoolsSavedText('en', kim, { ...saved, furtherSchools: ['north-mid'] }, names)).toBe(
      'Kim Ortiz serves North High and also North Middle.',
    );
    expect(
      schoolsSavedText('es', kim, { ...saved, furtherSchools: [], caseloadEnded: 2 }, names),
    ).toBe(
      'Kim Ortiz solo atiende su propia escuela, North High. 2 estudiantes de escuelas que ya no atiende dejaron de estar a su cargo.',
    );
  });

  it('gives each refusal in the page’s language, and says when the list is out of date', () => {
    expect(schoolsFailure('es', new ApiError('Forbidden', 403, 'forbidden'))).toEqual({
      text: es.schoolsErrorRefused,
      reload: false,
    });
    expect(schoolsFailure('en', new ApiError('No user', 404, 'not_found', 'email'))).toEqual({
      text: en.identityErrorUserGone,
      reload: true,
    });
    const told =
      'Otras escuelas (schools): lhs no es una escuela del distrito del consejero escolar.';
    expect(schoolsFailure('es', new ApiError(told, 400, 'invalid', 'schools', 'es'))).toEqual({
      text: told,
      reload: true,
    });
    expect(schoolsFailure('en', new ApiError('Offline', 0))).toEqual({
      text: en.errorNetwork,
      reload: false,
    });
  });
});
