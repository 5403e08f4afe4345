/** Table types for Kysely. Only code under src/db sees these. */
import type { ColumnType, Generated } from 'kysely';
import type { LocalizedText } from '../domain/framework.ts';
import type { AccountTables } from './accounts-schema.ts';
import type { OccupationTables } from './occupations-schema.ts';
import type { InterestTables } from './interests-schema.ts';
import type { RecordTables } from './records-schema.ts';
import type { NoteTables } from './notes-schema.ts';

type Json<T> = ColumnType<T, string, string>;

export interface FrameworkTable {
  id: string;
  version: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  source: string;
  is_default: boolean;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ClusterTable {
  framework_id: string;
  code: string;
  position: number;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
}

export interface PathwayTable {
  framework_id: string;
  code: string;
  cluster_code: string;
  position: number;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
}

export interface CourseTable {
  id: string;
  institution_id: string;
  /** The organization that may change the row (migration 0010): the offering institution. */
  owner_id: string;
  level: string;
  kind: string;
  subject: string;
  title: Json<unknown>;
  doc: Json<unknown>;
}

export interface CreditAgreementTable {
  id: string;
  type: string;
  /** Null for credential credit (migration 0039), which names `credential_id` instead. */
  secondary_course_id: string | null;
  postsecondary_course_id: string;
  credential_id: string | null;
  /** The organization that may change the row: the college that grants the credit. */
  owner_id: string;
  doc: Json<unknown>;
}

export interface CredentialTable {
  id: string;
  type: string;
  title: Json<unknown>;
  /** The organization that may change the row; none: only the state. */
  owner_id: string | null;
  doc: Json<unknown>;
}

export interface ProgramTable {
  id: string;
  framework_id: string;
  pathway_code: string;
  cluster_code: string;
  owner_id: string;
  created_at: Generated<Date>;
}

export interface ProgramVersionTable {
  program_id: string;
  version: number;
  status: string;
  title: Json<unknown>;
  body: Json<unknown>;
  findings: Json<unknown>;
  search_text: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  submitted_at: Date | null;
  approved_at: Date | null;
  retired_at: Date | null;
}

/** The organizations a program names: its owner and its partners (ids of `organization`). */
export interface ProgramInstitutionTable {
  program_id: string;
  institution_id: string;
}

export interface DB
  extends AccountTables, OccupationTables, InterestTables, RecordTables, NoteTables {
  framework: FrameworkTable;
  cluster: ClusterTable;
  pathway: PathwayTable;
  course: CourseTable;
  credit_agreement: CreditAgreementTable;
  credential: CredentialTable;
  program: ProgramTable;
  program_version: ProgramVersionTable;
  program_institution: ProgramInstitutionTable;
  /** Migration 0030: data generation per read-cache domain, bumped by triggers. */
  cache_generation: { domain: string; generation: Generated<string> };
}
