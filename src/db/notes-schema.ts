/** Table types of counselor notes (migration 0025). Only code under src/db sees these. */
import type { Generated } from 'kysely';

export interface CounselorNoteTable {
  district_id: string;
  student_id: string;
  id: string;
  author_id: string;
  body: string;
  created_at: Generated<Date>;
  updated_at: Date | null;
}

export interface NoteTables {
  counselor_note: CounselorNoteTable;
}
