/** Reads and writes frameworks, clusters and pathways. */
import { sql, type Kysely } from 'kysely';
import type { FrameworkData, LocalizedText } from '../domain/framework.ts';
import type { DB } from './schema.ts';

export interface FrameworkRecord {
  id: string;
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  source: string;
  isDefault: boolean;
  clusterCount: number;
  pathwayCount: number;
}

export interface ClusterRecord {
  frameworkId: string;
  code: string;
  title: LocalizedText;
  description: LocalizedText;
  pathwayCount: number;
}

export interface PathwayRecord {
  frameworkId: string;
  code: string;
  clusterCode: string;
  title: LocalizedText;
  description: LocalizedText;
  clusterTitle: LocalizedText;
}

export interface SeedCounts {
  frameworks: number;
  clusters: number;
  pathways: number;
}

const json = (value: unknown) => JSON.stringify(value);

export class FrameworkRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts or updates a whole framework; running it twice leaves the same rows. */
  async upsertFramework(framework: FrameworkData, isDefault: boolean): Promise<SeedCounts> {
    return this.db.transaction().execute(async (trx) => {
      if (isDefault) {
        await trx
          .updateTable('framework')
          .set({ is_default: false })
          .where('id', '!=', framework.id)
          .execute();
      }
      await trx
        .insertInto('framework')
        .values({
          id: framework.id,
          version: framework.version,
          title: json(framework.title),
          description: json(framework.description),
          source: framework.source,
          is_default: isDefault,
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            title: eb.ref('excluded.title'),
            description: eb.ref('excluded.description'),
            source: eb.ref('excluded.source'),
            is_default: eb.ref('excluded.is_default'),
            updated_at: sql<Date>`now()`,
          })),
        )
        .execute();
      let pathways = 0;
      for (const [position, cluster] of framework.clusters.entries()) {
        await trx
          .insertInto('cluster')
          .values({
            framework_id: framework.id,
            code: cluster.code,
            position,
            title: json(cluster.title),
            description: json(cluster.description),
          })
          .onConflict((oc) =>
            oc.columns(['framework_id', 'code']).doUpdateSet((eb) => ({
              position: eb.ref('excluded.position'),
              title: eb.ref('excluded.title'),
              description: eb.ref('excluded.description'),
            })),
          )
          .execute();
        if (cluster.pathways.length === 0) continue;
        pathways += cluster.pathways.length;
        await trx
          .insertInto('pathway')
          .values(
            cluster.pathways.map((pathway, index) => ({
              framework_id: framework.id,
              code: pathway.code,
              cluster_code: cluster.code,
              position: index,
              title: json(pathway.title),
              description: json(pathway.description),
            })),
          )
          .onConflict((oc) =>
            oc.columns(['framework_id', 'code']).doUpdateSet((eb) => ({
              cluster_code: eb.ref('excluded.cluster_code'),
              position: eb.ref('excluded.position'),
              title: eb.ref('excluded.title'),
              description: eb.ref('excluded.description'),
            })),
          )
          .execute();
      }
      return { frameworks: 1, clusters: framework.clusters.length, pathways };
    });
  }

  async countFrameworks(): Promise<number> {
    const row = await this.db
      .selectFrom('framework')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    return row.n;
  }

  async listFrameworks(): Promise<FrameworkRecord[]> {
    const rows = await this.db
      .selectFrom('framework as f')
      .select([
        'f.id',
        'f.version',
        'f.title',
        'f.description',
        'f.source',
        'f.is_default',
        sql<number>`(select count(*)::int from cluster c where c.framework_id = f.id)`.as(
          'cluster_count',
        ),
        sql<number>`(select count(*)::int from pathway p where p.framework_id = f.id)`.as(
          'pathway_count',
        ),
      ])
      .orderBy('f.is_default', 'desc')
      .orderBy('f.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      description: r.description,
      source: r.source,
      isDefault: r.is_default,
      clusterCount: r.cluster_count,
      pathwayCount: r.pathway_count,
    }));
  }

  async findDefaultFrameworkId(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('framework')
      .select('id')
      .where('is_default', '=', true)
      .executeTakeFirst();
    return row?.id;
  }

  async listClusters(frameworkId: string): Promise<ClusterRecord[]> {
    const rows = await this.db
      .selectFrom('cluster as c')
      .select([
        'c.framework_id',
        'c.code',
        'c.title',
        'c.description',
        sql<number>`(select count(*)::int from pathway p where p.framework_id = c.framework_id and p.cluster_code = c.code)`.as(
          'pathway_count',
        ),
      ])
      .where('c.framework_id', '=', frameworkId)
      .orderBy('c.position')
      .execute();
    return rows.map((r) => ({
      frameworkId: r.framework_id,
      code: r.code,
      title: r.title,
      description: r.description,
      pathwayCount: r.pathway_count,
    }));
  }

  async listPathways(frameworkId: string, clusterCode?: string): Promise<PathwayRecord[]> {
    let query = this.db
      .selectFrom('pathway as p')
      .innerJoin('cluster as c', (join) =>
        join.onRef('c.framework_id', '=', 'p.framework_id').onRef('c.code', '=', 'p.cluster_code'),
      )
      .select([
        'p.framework_id',
        'p.code',
        'p.cluster_code',
        'p.title',
        'p.description',
        'c.title as cluster_title',
      ])
      .where('p.framework_id', '=', frameworkId);
    if (clusterCode !== undefined) query = query.where('p.cluster_code', '=', clusterCode);
    const rows = await query.orderBy('c.position').orderBy('p.position').execute();
    return rows.map(toPathwayRecord);
  }

  async findPathway(frameworkId: string, code: string): Promise<PathwayRecord | undefined> {
    const row = await this.db
      .selectFrom('pathway as p')
      .innerJoin('cluster as c', (join) =>
        join.onRef('c.framework_id', '=', 'p.framework_id').onRef('c.code', '=', 'p.cluster_code'),
      )
      .select([
        'p.framework_id',
        'p.code',
        'p.cluster_code',
        'p.title',
        'p.description',
        'c.title as cluster_title',
      ])
      .where('p.framework_id', '=', frameworkId)
      .where('p.code', '=', code)
      .executeTakeFirst();
    return row ? toPathwayRecord(row) : undefined;
  }
}

function toPathwayRecord(r: {
  framework_id: string;
  code: string;
  cluster_code: string;
  title: LocalizedText;
  description: LocalizedText;
  cluster_title: LocalizedText;
}): PathwayRecord {
  return {
    frameworkId: r.framework_id,
    code: r.code,
    clusterCode: r.cluster_code,
    title: r.title,
    description: r.description,
    clusterTitle: r.cluster_title,
  };
}
