/** Programs of study and their versions. */
import { sql, type Kysely } from 'kysely';
import type { TProgramBody, TProgramStatus, TText } from '../contracts/program.ts';
import type { DB } from './schema.ts';

const json = (value: unknown) => JSON.stringify(value);

export interface ProgramVersionRecord {
  programId: string;
  version: number;
  status: TProgramStatus;
  title: TText;
  body: TProgramBody;
  findings: unknown[];
  frameworkId: string;
  pathwayCode: string;
  clusterCode: string;
  ownerId: string;
  /** The owner organization's name and district (migration 0010: owners are organizations). */
  ownerName: string;
  ownerDistrictId: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  retiredAt: Date | null;
}

export interface ProgramFilter {
  clusterCode?: string | undefined;
  pathwayCode?: string | undefined;
  institutionId?: string | undefined;
  status?: TProgramStatus | undefined;
  text?: string | undefined;
  /** Only versions in these statuses are visible (for the public: approved and retired). */
  visibleStatuses?: TProgramStatus[] | undefined;
  /**
   * Programs whose every version the reader sees despite `visibleStatuses`: those owned in this
   * district, or naming this organization as owner or partner.
   */
  authoredBy?: { districtId?: string | null; orgId?: string } | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface NewVersion {
  programId: string;
  version: number;
  status: TProgramStatus;
  body: TProgramBody;
  clusterCode: string;
  findings: unknown[];
}

function searchText(body: TProgramBody): string {
  return [
    body.title.en,
    body.title.es ?? '',
    body.cipCode ?? '',
    ...body.occupations.map((o) => `${o.soc} ${o.title}`),
  ]
    .join(' ')
    .toLowerCase();
}

function institutionIds(body: TProgramBody): string[] {
  return [...new Set([body.ownerId, ...body.partners.map((p) => p.institutionId)])];
}

export class ProgramRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async exists(programId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('program')
      .select('id')
      .where('id', '=', programId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Creates a program with its first version, or adds a version to an existing one. */
  async saveVersion(v: NewVersion): Promise<void> {
    const { body } = v;
    await this.db
      .insertInto('program')
      .values({
        id: v.programId,
        framework_id: body.frameworkId,
        pathway_code: body.pathwayCode,
        cluster_code: v.clusterCode,
        owner_id: body.ownerId,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          framework_id: eb.ref('excluded.framework_id'),
          pathway_code: eb.ref('excluded.pathway_code'),
          cluster_code: eb.ref('excluded.cluster_code'),
          owner_id: eb.ref('excluded.owner_id'),
        })),
      )
      .execute();
    await this.db
      .insertInto('program_version')
      .values({
        program_id: v.programId,
        version: v.version,
        status: v.status,
        title: json(body.title),
        body: json(body),
        findings: json(v.findings),
        search_text: searchText(body),
      })
      .onConflict((oc) =>
        oc.columns(['program_id', 'version']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          title: eb.ref('excluded.title'),
          body: eb.ref('excluded.body'),
          findings: eb.ref('excluded.findings'),
          search_text: eb.ref('excluded.search_text'),
          updated_at: sql<Date>`now()`,
        })),
      )
      .execute();
    await this.db.deleteFrom('program_institution').where('program_id', '=', v.programId).execute();
    // Only organizations that exist: a partner the catalog lacks is a validation finding.
    await this.db
      .insertInto('program_institution')
      .columns(['program_id', 'institution_id'])
      .expression((eb) =>
        eb
          .selectFrom('organization')
          .select([sql.lit(v.programId).as('program_id'), 'id'])
          .where('id', 'in', institutionIds(body)),
      )
      .execute();
  }

  async setStatus(programId: string, version: number, status: TProgramStatus): Promise<void> {
    const stamp = {
      submitted: 'submitted_at',
      approved: 'approved_at',
      retired: 'retired_at',
      draft: undefined,
    }[status];
    await this.db
      .updateTable('program_version')
      .set({
        status,
        updated_at: sql<Date>`now()`,
        ...(stamp ? { [stamp]: sql<Date>`now()` } : {}),
      })
      .where('program_id', '=', programId)
      .where('version', '=', version)
      .execute();
  }

  #versions() {
    return this.db
      .selectFrom('program_version as v')
      .innerJoin('program as p', 'p.id', 'v.program_id')
      .innerJoin('organization as o', 'o.id', 'p.owner_id')
      .select([
        'o.name as owner_name',
        'o.district_id as owner_district_id',
        'v.program_id',
        'v.version',
        'v.status',
        'v.title',
        'v.body',
        'v.findings',
        'v.created_at',
        'v.updated_at',
        'v.submitted_at',
        'v.approved_at',
        'v.retired_at',
        'p.framework_id',
        'p.pathway_code',
        'p.cluster_code',
        'p.owner_id',
      ]);
  }

  async findVersions(programId: string): Promise<ProgramVersionRecord[]> {
    const rows = await this.#versions()
      .where('v.program_id', '=', programId)
      .orderBy('v.version')
      .execute();
    return rows.map(toRecord);
  }

  /** The latest version of each program matching the filter (latest visible one, when limited). */
  async list(filter: ProgramFilter): Promise<{ items: ProgramVersionRecord[]; total: number }> {
    let query = this.#versions().where((eb) => {
      const latest = eb
        .selectFrom('program_version as w')
        .select(sql<number>`max(w.version)`.as('m'))
        .whereRef('w.program_id', '=', 'v.program_id');
      if (!filter.visibleStatuses) return eb('v.version', '=', latest);
      const visible = filter.visibleStatuses;
      const by = filter.authoredBy;
      return eb(
        'v.version',
        '=',
        latest.where((w) =>
          w.or([
            w('w.status', 'in', visible),
            ...(by?.districtId ? [w('o.district_id', '=', by.districtId)] : []),
            ...(by?.orgId
              ? [
                  w.exists(
                    w
                      .selectFrom('program_institution as a')
                      .select('a.program_id')
                      .whereRef('a.program_id', '=', 'v.program_id')
                      .where('a.institution_id', '=', by.orgId),
                  ),
                ]
              : []),
          ]),
        ),
      );
    });
    if (filter.clusterCode) query = query.where('p.cluster_code', '=', filter.clusterCode);
    if (filter.pathwayCode) query = query.where('p.pathway_code', '=', filter.pathwayCode);
    if (filter.status) query = query.where('v.status', '=', filter.status);
    if (filter.institutionId) {
      const institutionId = filter.institutionId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('program_institution as pi')
            .select('pi.program_id')
            .whereRef('pi.program_id', '=', 'v.program_id')
            .where('pi.institution_id', '=', institutionId),
        ),
      );
    }
    if (filter.text) {
      for (const word of filter.text.toLowerCase().split(/\s+/).filter(Boolean)) {
        query = query.where(
          'v.search_text',
          'like',
          `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        );
      }
    }
    const total = await query
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const rows = await query
      .orderBy(sql`v.title->>'en'`)
      .orderBy('v.program_id')
      .limit(filter.limit ?? 50)
      .offset(filter.offset ?? 0)
      .execute();
    return { items: rows.map(toRecord), total: total.n };
  }
}

function toRecord(r: {
  program_id: string;
  version: number;
  status: string;
  title: unknown;
  body: unknown;
  findings: unknown;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  approved_at: Date | null;
  retired_at: Date | null;
  framework_id: string;
  pathway_code: string;
  cluster_code: string;
  owner_id: string;
  owner_name: string;
  owner_district_id: string | null;
}): ProgramVersionRecord {
  return {
    programId: r.program_id,
    version: r.version,
    status: r.status as TProgramStatus,
    title: r.title as TText,
    body: r.body as TProgramBody,
    findings: r.findings as unknown[],
    frameworkId: r.framework_id,
    pathwayCode: r.pathway_code,
    clusterCode: r.cluster_code,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    ownerDistrictId: r.owner_district_id,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    approvedAt: r.approved_at ? new Date(r.approved_at) : null,
    retiredAt: r.retired_at ? new Date(r.retired_at) : null,
  };
}
