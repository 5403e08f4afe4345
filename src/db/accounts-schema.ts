/** Table types of the accounts migration (0004). Only code under src/db sees these. */
import type { ColumnType, Generated } from 'kysely';
import type { StudentExportTable } from './exports-schema.ts';

export interface OrganizationTable {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  district_id: string | null;
  /** Catalog details (migration 0010). */
  city: string | null;
  state_code: string | null;
  /** The rules profile it checks its programs against (migration 0020); null: classic. */
  program_profile: string | null;
  created_at: Generated<Date>;
}

export interface AppUserTable {
  id: string;
  email: string;
  name: string;
  role: string;
  org_id: string;
  district_id: string | null;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_counter: ColumnType<string | null, number | null, number | null>;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  failed_count: Generated<number>;
  locked_until: Date | null;
  disabled_at: Date | null;
  created_at: Generated<Date>;
}

export interface StudentTable {
  district_id: string;
  user_id: string;
  school_id: string;
  grade: number | null;
  local_id: string | null;
  /** Migration 0016. */
  graduation_year: Generated<number | null>;
  /** Migration 0034: the student's facts as one string, kept by triggers on student_fact. */
  fact_key: Generated<string>;
  /** Migration 0041: the names as the roster split them (null when unknown). */
  given_name: Generated<string | null>;
  family_name: Generated<string | null>;
}

export interface GuardianLinkTable {
  district_id: string;
  student_id: string;
  guardian_id: string;
}

export interface CaseloadTable {
  district_id: string;
  counselor_id: string;
  student_id: string;
}

/** A further school a counselor serves, in the district of both (migration 0047). */
export interface CounselorSchoolTable {
  district_id: string;
  counselor_id: string;
  school_id: string;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  totp_passed: boolean;
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface OneTimeLinkTable {
  token_hash: string;
  user_id: string;
  purpose: string;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface AuditLogTable {
  id: ColumnType<string, never, never>;
  at: Date;
  district_id: string | null;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  outcome: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface SignInThrottleTable {
  key: string;
  count: number;
  window_start: Date;
  locked_until: Date | null;
}

export interface AccountTables {
  organization: OrganizationTable;
  app_user: AppUserTable;
  student: StudentTable;
  guardian_link: GuardianLinkTable;
  caseload: CaseloadTable;
  counselor_school: CounselorSchoolTable;
  user_session: UserSessionTable;
  one_time_link: OneTimeLinkTable;
  audit_log: AuditLogTable;
  student_export: StudentExportTable;
  sign_in_throttle: SignInThrottleTable;
}
