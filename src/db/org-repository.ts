/** Organizations: the state, districts, schools, colleges and employers. */
import type { Kysely } from 'kysely';
import type { OrgKind } from '../domain/auth/roles.ts';
import type { DB } from './schema.ts';

export interface OrgRecord {
  id: string;
  kind: OrgKind;
  name: string;
  parentId: string | null;
  districtId: string | null;
}

export class OrgRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(org: OrgRecord): Promise<void> {
    await this.db
      .insertInto('organization')
      .values({
        id: org.id,
        kind: org.kind,
        name: org.name,
        parent_id: org.parentId,
        district_id: org.districtId,
      })
      .execute();
  }

  async find(id: string): Promise<OrgRecord | undefined> {
    const row = await this.db
      .selectFrom('organization')
      .select(['id', 'kind', 'name', 'parent_id', 'district_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toOrg(row) : undefined;
  }

  /** The organizations with these ids (unknown ids are simply absent). */
  async findMany(ids: readonly string[]): Promise<Map<string, OrgRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('organization')
      .select(['id', 'kind', 'name', 'parent_id', 'district_id'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, toOrg(r)]));
  }

  /** All organizations, or those of one district (the district itself and its schools). */
  async list(districtId?: string): Promise<OrgRecord[]> {
    let query = this.db
      .selectFrom('organization')
      .select(['id', 'kind', 'name', 'parent_id', 'district_id']);
    if (districtId !== undefined) query = query.where('district_id', '=', districtId);
    return (await query.orderBy('kind').orderBy('id').execute()).map(toOrg);
  }
}

function toOrg(row: {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  district_id: string | null;
}): OrgRecord {
  return {
    id: row.id,
    kind: row.kind as OrgKind,
    name: row.name,
    parentId: row.parent_id,
    districtId: row.district_id,
  };
}
