/**
 * One occupation as the occupation pages and the Interest Profiler read it: the occupation with
 * its labor-market figures, taken from its own SOC code or else from its broad SOC group
 * (`left(soc_code, 6) || '0'`), and the mapping of that row to camel-case fields.
 */
import { sql, type Kysely } from 'kysely';
import type { PartialLocalizedText } from './occupations-schema.ts';
import type { DB } from './schema.ts';

export interface OccupationRow {
  code: string;
  socCode: string;
  title: PartialLocalizedText;
  description: PartialLocalizedText;
  jobZone: number | null;
  riasec: Record<string, number> | null;
  interestCode: string | null;
  brightOutlook: boolean | null;
  brightOutlookSourceId: string | null;
  sourceId: string;
  medianAnnualWage: number | null;
  wageTopCoded: boolean;
  employment: number | null;
  growthPct: number | null;
  annualOpenings: number | null;
  entryEducation: string | null;
  wageSourceId: string | null;
  projectionSourceId: string | null;
}

/** The occupations with their labor-market figures; callers add their joins and filters. */
export function selectOccupations(db: Kysely<DB>) {
  return db
    .selectFrom('occupation as o')
    .leftJoin('labor_market as lm', 'lm.soc_code', 'o.soc_code')
    .leftJoin('labor_market as lb', (join) =>
      join.on('lb.soc_code', '=', sql<string>`left(o.soc_code, 6) || '0'`),
    )
    .select([
      'o.code',
      'o.soc_code',
      'o.title',
      'o.description',
      'o.job_zone',
      'o.riasec',
      'o.interest_code',
      'o.bright_outlook',
      'o.bright_outlook_source_id',
      'o.source_id',
      sql<number | null>`coalesce(lm.median_annual_wage, lb.median_annual_wage)`.as(
        'median_annual_wage',
      ),
      sql<boolean>`coalesce(lm.wage_top_coded, lb.wage_top_coded, false)`.as('wage_top_coded'),
      sql<number | null>`coalesce(lm.employment, lb.employment)`.as('employment'),
      sql<number | null>`coalesce(lm.growth_pct, lb.growth_pct)`.as('growth_pct'),
      sql<number | null>`coalesce(lm.annual_openings, lb.annual_openings)`.as('annual_openings'),
      sql<string | null>`coalesce(lm.entry_education, lb.entry_education)`.as('entry_education'),
      sql<string | null>`coalesce(lm.wage_source_id, lb.wage_source_id)`.as('wage_source_id'),
      sql<string | null>`coalesce(lm.projection_source_id, lb.projection_source_id)`.as(
        'projection_source_id',
      ),
    ]);
}

type BaseRow = {
  code: string;
  soc_code: string;
  title: PartialLocalizedText;
  description: PartialLocalizedText;
  job_zone: number | null;
  riasec: Record<string, number> | null;
  interest_code: string | null;
  bright_outlook: boolean | null;
  bright_outlook_source_id: string | null;
  source_id: string;
  median_annual_wage: number | null;
  wage_top_coded: boolean;
  employment: number | null;
  growth_pct: number | null;
  annual_openings: number | null;
  entry_education: string | null;
  wage_source_id: string | null;
  projection_source_id: string | null;
};

export function toOccupationRow(r: BaseRow): OccupationRow {
  return {
    code: r.code,
    socCode: r.soc_code,
    title: r.title,
    description: r.description,
    jobZone: r.job_zone,
    riasec: r.riasec,
    interestCode: r.interest_code,
    brightOutlook: r.bright_outlook,
    brightOutlookSourceId: r.bright_outlook_source_id,
    sourceId: r.source_id,
    medianAnnualWage: r.median_annual_wage,
    wageTopCoded: r.wage_top_coded,
    employment: r.employment,
    growthPct: r.growth_pct,
    annualOpenings: r.annual_openings,
    entryEducation: r.entry_education,
    wageSourceId: r.wage_source_id,
    projectionSourceId: r.projection_source_id,
  };
}
