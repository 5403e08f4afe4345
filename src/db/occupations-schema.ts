/** Table types for occupations, labor-market data and the CIP–SOC crosswalk (migration 0003). */
import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

/** A text in English, with Spanish when someone wrote it. */
export type PartialLocalizedText = { en: string; es?: string };

export interface DataSourceTable {
  id: string;
  kind: string;
  version: string;
  title: string;
  publisher: string;
  url: string;
  license: string;
  attribution: string;
  imported_at: Generated<Date>;
}

export interface OccupationTable {
  code: string;
  soc_code: string;
  title: Json<PartialLocalizedText>;
  description: Json<PartialLocalizedText>;
  job_zone: number | null;
  riasec: NullableJson<Record<string, number>>;
  interest_code: string | null;
  /** O*NET alternate and short titles (migration 0012). */
  alternate_titles: NullableJson<string[]>;
  bright_outlook: boolean | null;
  bright_outlook_source_id: string | null;
  source_id: string;
  updated_at: Generated<Date>;
}

export interface OccupationPathwayTable {
  framework_id: string;
  pathway_code: string;
  occupation_code: string;
  is_primary: boolean;
  source_id: string;
}

export interface OccupationRelatedTable {
  occupation_code: string;
  related_code: string;
  tier: string;
  position: number;
  source_id: string;
}

export interface LaborMarketTable {
  soc_code: string;
  title: string;
  employment: number | null;
  median_annual_wage: number | null;
  wage_top_coded: Generated<boolean>;
  wage_source_id: string | null;
  growth_pct: number | null;
  annual_openings: number | null;
  entry_education: string | null;
  projection_source_id: string | null;
}

export interface CipTable {
  code: string;
  title: string;
  definition: string;
  source_id: string;
}

export interface CipSocTable {
  cip_code: string;
  soc_code: string;
  source_id: string;
}

export interface OccupationTables {
  data_source: DataSourceTable;
  occupation: OccupationTable;
  occupation_pathway: OccupationPathwayTable;
  occupation_related: OccupationRelatedTable;
  labor_market: LaborMarketTable;
  cip: CipTable;
  cip_soc: CipSocTable;
}
