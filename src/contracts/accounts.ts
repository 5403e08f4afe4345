/** Accounts API: sign-in, users, organizations, students and the audit log. */
import { z } from 'zod';
import { ORG_KINDS, ROLES } from '../domain/auth/roles.ts';

export const ZRole = z.enum(ROLES);
export const ZOrgKind = z.enum(ORG_KINDS);
export const ZOrgId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lowercase letters, digits and dashes (at most 63)');
export const ZEmail = z
  .email('must be an email address')
  .max(254)
  .transform((v) => v.toLowerCase());
export const ZPassword = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(256, 'must be at most 256 characters');

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, 'is required').max(256),
  totpCode: z
    .string()
    .regex(/^\d{6}$/, 'must be 6 digits')
    .optional(),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  orgId: z.string(),
  districtId: z.string().nullable(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  linkedIssuer: z
    .string()
    .nullable()
    .describe('Issuer of the school sign-in (OpenID Connect) identity linked to the account'),
  furtherSchools: z
    .array(z.string())
    .optional()
    .describe(
      'A counselor: the further schools (org ids) they serve besides orgId, whose students may be on their caseload (listed users only)',
    ),
});
export type TUser = z.infer<typeof ZUser>;

export const ZSession = z.object({
  user: ZUser,
  csrfToken: z.string().describe('Send back as the x-csrf-token header on every write'),
  totp: z
    .enum(['not_required', 'passed', 'enrol_required', 'code_required'])
    .describe('code_required: signed in with a provider; send a TOTP code to /auth/totp/verify'),
});
export type TSession = z.infer<typeof ZSession>;

/** Who is signed in, for a page: the session, or `{ user: null }` for a visitor (never a 401). */
export const ZSessionState = z.union([
  ZSession,
  z.object({ user: z.null().describe('Nobody is signed in (or the session has ended)') }),
]);
export type TSessionState = z.infer<typeof ZSessionState>;

export const ZUserCreate = z.object({
  email: ZEmail,
  name: z.string().min(1, 'is required').max(200),
  role: ZRole,
  orgId: ZOrgId,
  grade: z.number().int().min(-1).max(16).optional(),
  localId: z.string().max(64).optional(),
  givenName: z
    .string()
    .max(200)
    .optional()
    .describe(
      "A student's given name(s), as the roster gives them; sorts the caseload by family name",
    ),
  familyName: z
    .string()
    .max(200)
    .optional()
    .describe("A student's family name(s), e.g. both Spanish surnames"),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZLink = z.object({
  url: z.string(),
  expiresAt: z.string(),
  emailed: z.boolean().optional().describe('Also emailed to the user (when SMTP is configured)'),
  mailError: z.string().optional().describe('Why emailing failed; the link still works'),
});
export const ZUserCreated = z.object({ user: ZUser, link: ZLink });

export const ZCounselorSchoolsSet = z.object({
  schools: z
    .array(z.string().max(63))
    .max(50)
    .describe(
      'Every further school (org id) the counselor serves besides their own, all of their district; [] for none',
    ),
});
export type TCounselorSchoolsSet = z.infer<typeof ZCounselorSchoolsSet>;

export const ZCounselorSchools = z.object({
  email: z.string(),
  orgId: z.string().describe('The counselor’s own school'),
  furtherSchools: z.array(z.string()),
  caseloadEnded: z
    .number()
    .int()
    .describe('Students taken off the caseload: those of the schools no longer served'),
});
export type TCounselorSchools = z.infer<typeof ZCounselorSchools>;

export const ZRedeemLink = z.object({ token: z.string().min(20).max(200), password: ZPassword });
export const ZChangePassword = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: ZPassword,
});
export const ZTotpEnrolment = z.object({ secret: z.string(), uri: z.string() });
export const ZTotpConfirm = z.object({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') });

export const ZOrg = z.object({
  id: z.string(),
  kind: ZOrgKind,
  name: z.string(),
  parentId: z.string().nullable(),
  districtId: z.string().nullable(),
});
export type TOrg = z.infer<typeof ZOrg>;
export const ZOrgCreate = z.object({
  id: ZOrgId,
  kind: ZOrgKind,
  name: z.string().min(1).max(200),
  parentId: ZOrgId.optional(),
});
export type TOrgCreate = z.infer<typeof ZOrgCreate>;

export const ZStudent = z.object({
  id: z.string(),
  districtId: z.string(),
  schoolId: z.string(),
  name: z.string(),
  givenName: z.string().nullable().describe('Given name(s), as the roster gave them'),
  familyName: z.string().nullable().describe('Family name(s), as the roster gave them'),
  grade: z.number().nullable(),
  localId: z.string().nullable(),
});
export type TStudent = z.infer<typeof ZStudent>;

export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  districtId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('What else was recorded: a refusal reason, a provider, counts; never secrets'),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export const ZAuditQuery = z.object({
  district: ZOrgId.optional(),
  action: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const ZOk = z.object({ ok: z.literal(true) });
