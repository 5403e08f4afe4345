/** Maps records to API shapes: one small function per type. */
import type { TAuditEntry, TOrg, TStudent, TUser } from '../../contracts/accounts.ts';
import type { AuditRecord } from '../../db/audit-repository.ts';
import type { OrgRecord } from '../../db/org-repository.ts';
import type { StudentRecord } from '../../db/student-repository.ts';
import type { UserRecord } from '../../db/user-repository.ts';

export const presentUser = (u: UserRecord): TUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  orgId: u.orgId,
  districtId: u.districtId,
  totpEnabled: u.totpEnabled,
  disabled: u.disabledAt !== null,
  linkedIssuer: u.oidcIssuer,
});

export const presentOrg = (o: OrgRecord): TOrg => ({ ...o });

export const presentStudent = (s: StudentRecord): TStudent => ({
  id: s.userId,
  districtId: s.districtId,
  schoolId: s.schoolId,
  name: s.name,
  givenName: s.givenName,
  familyName: s.familyName,
  grade: s.grade,
  localId: s.localId,
});

export const presentAudit = (a: AuditRecord): TAuditEntry => ({
  id: a.id,
  at: a.at.toISOString(),
  districtId: a.districtId,
  actorId: a.actorId,
  actorRole: a.actorRole,
  action: a.action,
  outcome: a.outcome,
  targetType: a.targetType ?? null,
  targetId: a.targetId ?? null,
  ip: a.ip ?? null,
  detail: a.detail ?? null,
});
