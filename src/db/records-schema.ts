/** Table types of student records (migrations 0016–0019). Only code under src/db sees these. */
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

export interface CourseAttemptTable {
  district_id: string;
  student_id: string;
  school_id: string;
  school_year: number;
  term: string;
  course_code: string;
  course_title: string;
  sced_code: string | null;
  credits_attempted: number;
  credits_earned: number;
  letter_grade: string | null;
  result: string;
  /** Migration 0036: AP, IB, H, DE as the export flags them; null for none. */
  course_flags: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 0042: course_code_key(course_code), kept by the database. */
  course_key: GeneratedAlways<string>;
  updated_at: Generated<Date>;
}

export interface RequirementSetTable {
  district_id: string;
  id: string;
  doc: ColumnType<unknown, string, string>;
  is_default: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface RequirementExceptionTable {
  district_id: string;
  student_id: string;
  id: string;
  set_id: string;
  kind: string;
  node_id: string;
  attempt_key: string | null;
  reason: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface LearningPlanTable {
  district_id: string;
  student_id: string;
  current_version: number;
  reviewed_at: Date | null;
}

export interface LearningPlanVersionTable {
  district_id: string;
  student_id: string;
  version: number;
  body: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface LearningPlanSignatureTable {
  district_id: string;
  student_id: string;
  version: number;
  role: string;
  signer_id: string;
  signed_at: Date;
  lang: string;
}

/** Migration 0028: special-population groups and outcome facts from roster columns. */
export interface StudentFactTable {
  district_id: string;
  student_id: string;
  name: string;
  value: string;
  /**
   * Migration 0043: for `credential_earned`, the roster's own value, which a named credential
   * overrules (db/credential-earned-facts.ts); null otherwise.
   */
  reported: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: Generated<Date>;
}

/**
 * Migration 0040: which credential of the catalog a student earned, and the day (`YYYY-MM-DD`;
 * read back as text so no time zone moves it).
 */
export interface StudentCredentialTable {
  district_id: string;
  student_id: string;
  credential_id: string;
  earned_on: ColumnType<string, string, string>;
  updated_at: Generated<Date>;
}

/** Migration 0035: credit earned outside the district. */
export interface TransferCreditTable {
  district_id: string;
  student_id: string;
  id: string;
  kind: string;
  earned_at_name: string;
  earned_at_key: string;
  earned_at_state: string | null;
  earned_at_id: string | null;
  course_title: string;
  course_code: string | null;
  course_key: string;
  sced_code: string | null;
  school_year: number;
  term: string;
  credits_attempted: number;
  credits_earned: number;
  grade: string | null;
  result: string;
  counts_as: string;
  counts_as_code: string | null;
  /** Migration 0037: AP, IB, H, DE as the course was flagged there; null for none. */
  course_flags: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RecordTables {
  transfer_credit: TransferCreditTable;
  student_fact: StudentFactTable;
  student_credential: StudentCredentialTable;
  learning_plan: LearningPlanTable;
  learning_plan_version: LearningPlanVersionTable;
  learning_plan_signature: LearningPlanSignatureTable;
  course_attempt: CourseAttemptTable;
  requirement_set: RequirementSetTable;
  requirement_exception: RequirementExceptionTable;
}
