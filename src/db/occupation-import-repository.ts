/** Writes imported occupation data: every table through the idempotent syncRows. */
import { sql, type Kysely } from 'kysely';
import type {
  DataSourceInfo,
  ImportData,
  ImportTable,
  RelatedRecord,
} from '../domain/occupation/import-records.ts';
import { socOf } from '../domain/occupation/codes.ts';
import type { DB } from './schema.ts';
import { syncRows, type Row, type SyncCounts, type SyncSpec } from './sync-rows.ts';

const SPECS: Record<ImportTable, Omit<SyncSpec, 'table'> & { table: SyncSpec['table'] }> = {
  occupations: {
    table: 'occupation',
    key: ['code'],
    columns: [
      'soc_code',
      'title',
      'description',
      'job_zone',
      'riasec',
      'interest_code',
      'alternate_titles',
      'source_id',
    ],
    mergeJson: ['title', 'description'],
    keepIfNull: ['job_zone', 'riasec', 'interest_code', 'alternate_titles'],
    touch: 'updated_at',
  },
  occupationStubs: {
    table: 'occupation',
    key: ['code'],
    columns: ['soc_code', 'title', 'description', 'source_id'],
    insertOnly: true,
  },
  pathwayLinks: {
    table: 'occupation_pathway',
    key: ['framework_id', 'pathway_code', 'occupation_code'],
    columns: ['is_primary', 'source_id'],
  },
  related: {
    table: 'occupation_related',
    key: ['occupation_code', 'related_code'],
    columns: ['tier', 'position', 'source_id'],
  },
  wages: {
    table: 'labor_market',
    key: ['soc_code'],
    columns: ['title', 'employment', 'median_annual_wage', 'wage_top_coded', 'wage_source_id'],
  },
  projections: {
    table: 'labor_market',
    key: ['soc_code'],
    columns: ['title', 'growth_pct', 'annual_openings', 'entry_education', 'projection_source_id'],
  },
  cip: { table: 'cip', key: ['code'], columns: ['title', 'definition', 'source_id'] },
  cipSoc: { table: 'cip_soc', key: ['cip_code', 'soc_code'], columns: ['source_id'] },
  brightOutlook: {
    table: 'occupation',
    key: ['code'],
    columns: ['bright_outlook', 'bright_outlook_source_id'],
    updateOnly: true,
  },
};

/**
 * Bright Outlook rows for every stored occupation: flagged when the list names its O*NET-SOC
 * code or its six-digit SOC code, cleared otherwise (the list names only flagged occupations).
 */
function brightOutlookRows(
  listed: ImportData['brightOutlook'],
  stored: string[],
  sourceId: string,
): Row[] {
  const codes = new Set((listed ?? []).map((r) => r.code));
  return stored.map((code) => ({
    code,
    bright_outlook: codes.has(code) || codes.has(socOf(code)),
    bright_outlook_source_id: sourceId,
  }));
}

function toRows(table: ImportTable, data: ImportData, sourceId: string): Row[] {
  switch (table) {
    case 'brightOutlook':
      throw new Error(
        'Bright Outlook rows depend on the stored occupations: use brightOutlookRows',
      );
    case 'occupations':
      return (data.occupations ?? []).map((o) => ({
        code: o.code,
        soc_code: socOf(o.code),
        title: o.title,
        description: o.description,
        job_zone: o.jobZone,
        riasec: o.riasec,
        interest_code: o.interestCode,
        alternate_titles: o.alternateTitles ?? null,
        source_id: sourceId,
      }));
    case 'occupationStubs':
      return (data.occupationStubs ?? []).map((o) => ({
        code: o.code,
        soc_code: socOf(o.code),
        title: { en: o.title },
        description: { en: '' },
        source_id: sourceId,
      }));
    case 'pathwayLinks':
      return (data.pathwayLinks ?? []).map((l) => ({
        framework_id: l.frameworkId,
        pathway_code: l.pathwayCode,
        occupation_code: l.occupationCode,
        is_primary: l.isPrimary,
        source_id: sourceId,
      }));
    case 'related':
      return (data.related ?? []).map((r) => ({
        occupation_code: r.code,
        related_code: r.relatedCode,
        tier: r.tier,
        position: r.position,
        source_id: sourceId,
      }));
    case 'wages':
      return (data.wages ?? []).map((w) => ({
        soc_code: w.socCode,
        title: w.title,
        employment: w.employment,
        median_annual_wage: w.medianAnnualWage,
        wage_top_coded: w.topCoded,
        wage_source_id: sourceId,
      }));
    case 'projections':
      return (data.projections ?? []).map((p) => ({
        soc_code: p.socCode,
        title: p.title,
        growth_pct: p.growthPct,
        annual_openings: p.annualOpenings,
        entry_education: p.entryEducation,
        projection_source_id: sourceId,
      }));
    case 'cip':
      return (data.cip ?? []).map((c) => ({
        code: c.code,
        title: c.title,
        definition: c.definition,
        source_id: sourceId,
      }));
    case 'cipSoc':
      return (data.cipSoc ?? []).map((c) => ({
        cip_code: c.cipCode,
        soc_code: c.socCode,
        source_id: sourceId,
      }));
  }
}

/** Tables in the order they must be written (occupations before the rows that refer to them). */
export const IMPORT_TABLE_ORDER: ImportTable[] = [
  'occupations',
  'occupationStubs',
  'pathwayLinks',
  'related',
  'wages',
  'projections',
  'cip',
  'cipSoc',
  'brightOutlook',
];

export class OccupationImportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async upsertSource(source: DataSourceInfo): Promise<void> {
    await this.db
      .insertInto('data_source')
      .values(source)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          version: eb.ref('excluded.version'),
          title: eb.ref('excluded.title'),
          publisher: eb.ref('excluded.publisher'),
          url: eb.ref('excluded.url'),
          license: eb.ref('excluded.license'),
          attribution: eb.ref('excluded.attribution'),
          imported_at: new Date(),
        })),
      )
      .execute();
  }

  async sync(
    table: ImportTable,
    data: ImportData,
    sourceId: string,
    options: {
      dryRun: boolean;
      onWritten?: (count: number) => void;
      keepStored?: (stored: Row) => boolean;
    },
  ): Promise<SyncCounts> {
    const rows =
      table === 'brightOutlook'
        ? brightOutlookRows(data.brightOutlook, [...(await this.occupationCodes())], sourceId)
        : toRows(table, data, sourceId);
    return syncRows(this.db, SPECS[table], rows, options);
  }

  /** Pathways of a framework with their cluster titles (English), to match publishers' names. */
  async pathwayNames(
    frameworkId: string,
  ): Promise<{ code: string; clusterCode: string; title: string; clusterTitle: string }[]> {
    const rows = await this.db
      .selectFrom('pathway as p')
      .innerJoin('cluster as c', (join) =>
        join.onRef('c.framework_id', '=', 'p.framework_id').onRef('c.code', '=', 'p.cluster_code'),
      )
      .select(['p.code', 'p.cluster_code', 'p.title', 'c.title as cluster_title'])
      .where('p.framework_id', '=', frameworkId)
      .execute();
    return rows.map((r) => ({
      code: r.code,
      clusterCode: r.cluster_code,
      title: r.title.en,
      clusterTitle: r.cluster_title.en,
    }));
  }

  /**
   * A release lists every related occupation of the occupations it covers: pairs of those
   * occupations it no longer lists (an older release's) are removed. Returns how many.
   */
  async removeUnlistedRelated(related: readonly RelatedRecord[]): Promise<number> {
    if (related.length === 0) return 0;
    const payload = JSON.stringify(related.map((r) => ({ code: r.code, related: r.relatedCode })));
    const result = await sql`delete from occupation_related r
      using (select distinct code from jsonb_to_recordset(${payload}::jsonb) as x(code text)) listed
      where r.occupation_code = listed.code
        and not exists (select 1 from jsonb_to_recordset(${payload}::jsonb) as y(code text, related text)
          where y.code = r.occupation_code and y.related = r.related_code)`.execute(this.db);
    return Number(result.numAffectedRows ?? 0);
  }

  /** Each stored occupation's source. */
  async occupationSources(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('occupation').select(['code', 'source_id']).execute();
    return new Map(rows.map((r) => [r.code, r.source_id]));
  }

  async occupationCodes(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('occupation').select('code').execute();
    return new Set(rows.map((r) => r.code));
  }
}
