import type { ColumnType } from 'kysely';

/** Table types of the student exports migration (0005). Only code under src/db sees these. */
export interface StudentExportTable {
  id: string;
  district_id: string | null;
  requested_by: string;
  requested_at: Date;
  record_count: number;
  status: string;
  approved_by: string | null;
  approved_at: Date | null;
  ran_at: Date | null;
  /** Migration 0009: the ids an export over the cap was requested (and approved) for. */
  student_ids: ColumnType<string[] | null, string | null | undefined, string | null>;
}
