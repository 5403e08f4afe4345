/** Table types of the interest migrations (0014, 0015). Only code under src/db sees these. */
import type { ColumnType } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface InterestResultTable {
  id: string;
  district_id: string;
  student_id: string;
  form: number;
  answers: Json<Record<string, number>>;
  scores: Json<Record<string, number>>;
  code: string;
  taken_at: Date;
}

export interface SavedItemTable {
  district_id: string;
  student_id: string;
  kind: string;
  ref: string;
  saved_at: Date;
}

export interface InterestTables {
  interest_result: InterestResultTable;
  saved_item: SavedItemTable;
}
