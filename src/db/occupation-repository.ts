/** Reads occupations with their labor-market data, pathways, related occupations, CIP links and sources. */
import { sql, type Kysely } from 'kysely';
import { selectOccupations, toOccupationRow, type OccupationRow } from './occupation-rows.ts';
import type { PartialLocalizedText } from './occupations-schema.ts';
import type { DB } from './schema.ts';

export interface OccupationFilter {
  frameworkId: string;
  pathwayCode?: string | undefined;
  clusterCode?: string | undefined;
  codes?: string[] | undefined;
  cipCode?: string | undefined;
  jobZones?: number[] | undefined;
  limit: number;
  offset: number;
}

export interface SourceRow {
  id: string;
  title: string;
  version: string;
  url: string;
  license: string;
  attribution: string;
}

export class OccupationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async list(
    filter: OccupationFilter,
  ): Promise<{ total: number; items: (OccupationRow & { isPrimary: boolean | null })[] }> {
    let query = selectOccupations(this.db);
    if (filter.pathwayCode !== undefined || filter.clusterCode !== undefined) {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('occupation_pathway as op')
            .select(sql`1`.as('one'))
            .whereRef('op.occupation_code', '=', 'o.code')
            .where('op.framework_id', '=', filter.frameworkId)
            .$if(filter.pathwayCode !== undefined, (q) =>
              q.where('op.pathway_code', '=', filter.pathwayCode!),
            )
            .$if(filter.clusterCode !== undefined, (q) =>
              q.where('op.pathway_code', 'like', `${filter.clusterCode!}-%`),
            ),
        ),
      );
    }
    if (filter.codes?.length) {
      const codes = filter.codes;
      query = query.where((eb) =>
        eb.or([eb('o.code', 'in', codes), eb('o.soc_code', 'in', codes)]),
      );
    }
    if (filter.cipCode !== undefined) {
      const cip = filter.cipCode;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('cip_soc as cs')
            .select(sql`1`.as('one'))
            .whereRef('cs.soc_code', '=', 'o.soc_code')
            .where('cs.cip_code', '=', cip),
        ),
      );
    }
    if (filter.jobZones?.length) query = query.where('o.job_zone', 'in', filter.jobZones);
    const primary =
      filter.pathwayCode === undefined
        ? sql<boolean | null>`null::boolean`
        : sql<
            boolean | null
          >`(select op.is_primary from occupation_pathway op where op.occupation_code = o.code and op.framework_id = ${filter.frameworkId} and op.pathway_code = ${filter.pathwayCode})`;
    const rows = await query
      .select([primary.as('is_primary'), sql<number>`count(*) over ()::int`.as('total')])
      .orderBy(sql`o.job_zone nulls last`)
      .orderBy(sql`o.title->>'en'`)
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    const total = rows[0]?.total ?? (filter.offset > 0 ? await this.#count(filter) : 0);
    return { total, items: rows.map((r) => ({ ...toOccupationRow(r), isPrimary: r.is_primary })) };
  }

  async #count(filter: OccupationFilter): Promise<number> {
    const { total } = await this.list({ ...filter, offset: 0, limit: 1 });
    return total;
  }

  async find(code: string): Promise<OccupationRow | undefined> {
    const row = await selectOccupations(this.db).where('o.code', '=', code).executeTakeFirst();
    return row ? toOccupationRow(row) : undefined;
  }

  async pathwaysOf(
    code: string,
    frameworkId: string,
  ): Promise<{ pathwayCode: string; isPrimary: boolean; sourceId: string }[]> {
    const rows = await this.db
      .selectFrom('occupation_pathway')
      .select(['pathway_code', 'is_primary', 'source_id'])
      .where('occupation_code', '=', code)
      .where('framework_id', '=', frameworkId)
      .orderBy('is_primary', 'desc')
      .orderBy('pathway_code')
      .execute();
    return rows.map((r) => ({
      pathwayCode: r.pathway_code,
      isPrimary: r.is_primary,
      sourceId: r.source_id,
    }));
  }

  /** The pathway codes of each of these occupations (O*NET-SOC codes) that has any, primary first. */
  async pathwayCodesOf(codes: string[], frameworkId: string): Promise<Map<string, string[]>> {
    const byCode = new Map<string, string[]>();
    if (codes.length === 0) return byCode;
    const rows = await this.db
      .selectFrom('occupation_pathway')
      .select(['occupation_code', 'pathway_code'])
      .where('occupation_code', 'in', codes)
      .where('framework_id', '=', frameworkId)
      .orderBy('occupation_code')
      .orderBy('is_primary', 'desc')
      .orderBy('pathway_code')
      .execute();
    for (const r of rows) {
      const list = byCode.get(r.occupation_code);
      if (list) list.push(r.pathway_code);
      else byCode.set(r.occupation_code, [r.pathway_code]);
    }
    return byCode;
  }

  async relatedOf(
    code: string,
    limit = 10,
  ): Promise<
    { code: string; title: PartialLocalizedText; jobZone: number | null; sourceId: string }[]
  > {
    const rows = await this.db
      .selectFrom('occupation_related as r')
      .innerJoin('occupation as o', 'o.code', 'r.related_code')
      .select(['o.code', 'o.title', 'o.job_zone', 'r.source_id'])
      .where('r.occupation_code', '=', code)
      .orderBy('r.position')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      code: r.code,
      title: r.title,
      jobZone: r.job_zone,
      sourceId: r.source_id,
    }));
  }

  async cipOf(
    socCode: string,
  ): Promise<{ code: string; title: string | null; sourceId: string }[]> {
    const rows = await this.db
      .selectFrom('cip_soc as cs')
      .leftJoin('cip as c', 'c.code', 'cs.cip_code')
      .select(['cs.cip_code', 'c.title', 'cs.source_id'])
      .where('cs.soc_code', '=', socCode)
      .orderBy('cs.cip_code')
      .execute();
    return rows.map((r) => ({ code: r.cip_code, title: r.title, sourceId: r.source_id }));
  }

  /** Approved programs of study on one of these pathways or teaching one of these CIP codes. */
  async programsFor(
    frameworkId: string,
    pathwayCodes: string[],
    cipCodes: string[],
  ): Promise<
    { id: string; title: PartialLocalizedText; pathwayCode: string; cipCode: string | null }[]
  > {
    if (pathwayCodes.length === 0 && cipCodes.length === 0) return [];
    const rows = await this.db
      .selectFrom('program as p')
      .innerJoin('program_version as v', 'v.program_id', 'p.id')
      .select([
        'p.id',
        'v.title',
        'p.pathway_code',
        sql<string | null>`v.body->>'cipCode'`.as('cip_code'),
      ])
      .where('v.status', '=', 'approved')
      .where('p.framework_id', '=', frameworkId)
      .where((eb) =>
        eb.or([
          ...(pathwayCodes.length ? [eb('p.pathway_code', 'in', pathwayCodes)] : []),
          ...(cipCodes.length ? [eb(sql<string>`v.body->>'cipCode'`, 'in', cipCodes)] : []),
        ]),
      )
      .orderBy('p.id')
      .limit(50)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title as PartialLocalizedText,
      pathwayCode: r.pathway_code,
      cipCode: r.cip_code,
    }));
  }

  async sources(ids: string[]): Promise<SourceRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('data_source')
      .select(['id', 'title', 'version', 'url', 'license', 'attribution'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
  }

  async countOccupations(): Promise<number> {
    const row = await this.db
      .selectFrom('occupation')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    return row.n;
  }
}
