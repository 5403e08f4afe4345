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
}
