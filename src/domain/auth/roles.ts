/** The roles a user can hold, and the organization kinds they belong to. */
export const ROLES = [
  'state_admin',
  'district_admin',
  'school_admin',
  'counselor',
  'teacher',
  'college_staff',
  'employer_partner',
  'student',
  'guardian',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: a signed-in role, or nobody. */
export type Principal = Role | 'anonymous';
export const PRINCIPALS: readonly Principal[] = ['anonymous', ...ROLES];

/**
 * Organizations own programs of study, catalog rows (courses, credentials, credit agreements)
 * and users. A program file's "institutions" are organizations (a high school is a school).
 */
export const ORG_KINDS = [
  'state',
  'district',
  'school',
  'college',
  'university',
  'employer',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Staff roles that can read other people's student records: they must use a second factor. */
export const ROLES_REQUIRING_TOTP: ReadonlySet<Role> = new Set([
  'state_admin',
  'district_admin',
  'school_admin',
  'counselor',
  'teacher',
]);

/** The kind of organization each role belongs to. */
export const ROLE_ORG_KIND: Record<Role, readonly OrgKind[]> = {
  state_admin: ['state'],
  district_admin: ['district'],
  school_admin: ['school'],
  counselor: ['school'],
  teacher: ['school'],
  college_staff: ['college', 'university'],
  employer_partner: ['employer'],
  student: ['school'],
  guardian: ['school', 'district'],
};

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
