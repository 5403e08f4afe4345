/**
 * The catalog programs draw on: institutions (which are organizations, see migration 0010),
 * courses, credit agreements and credentials. Each course, agreement and credential row names the
 * organization that owns it (`owner_id`); an update never changes the owner.
 */
import { sql, type Kysely } from 'kysely';
import type {
  TCatalog,
  TCourse,
  TCredential,
  TCreditAgreement,
  TInstitution,
} from '../contracts/program.ts';
import type { DB } from './schema.ts';

const json = (value: unknown) => JSON.stringify(value);

/** A stored catalog row with the organization that owns it (none: only the state may change it). */
export interface Owned<T> {
  doc: T;
  ownerId: string | null;
}

export interface StoredCatalog {
  institutions: Map<string, Owned<TInstitution>>;
  courses: Map<string, Owned<TCourse>>;
  creditAgreements: Map<string, Owned<TCreditAgreement>>;
  credentials: Map<string, Owned<TCredential>>;
}

const INSTITUTION_KIND: Record<string, TInstitution['kind'] | undefined> = {
  district: 'district',
  school: 'high_school',
  college: 'college',
  university: 'university',
  employer: 'employer',
};

interface OrgRow {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  city: string | null;
  state_code: string | null;
  program_profile: string | null;
}

/** An organization as a program file's institution; none for the state (not a catalog entry). */
function toInstitution(row: OrgRow): TInstitution | undefined {
  const kind = INSTITUTION_KIND[row.kind];
  if (!kind) return undefined;
  return {
    id: row.id,
    kind,
    name: row.name,
    ...(kind === 'high_school' && row.parent_id ? { parentId: row.parent_id } : {}),
    ...(row.city ? { city: row.city } : {}),
    ...(row.state_code ? { state: row.state_code } : {}),
    ...(row.program_profile ? { programProfile: row.program_profile } : {}),
  };
}

const ORG_COLUMNS = [
  'id',
  'kind',
  'name',
  'parent_id',
  'city',
  'state_code',
  'program_profile',
] as const;

export class CatalogRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Creates an institution as an organization, or updates the name and place of an existing one
   * (its kind and parent stay: they decide who may act for it).
   */
  async upsertInstitution(i: TInstitution): Promise<void> {
    const kind = i.kind === 'high_school' ? 'school' : i.kind;
    const parentId = i.parentId ?? null;
    await this.db
      .insertInto('organization')
      .values({
        id: i.id,
        kind,
        name: i.name,
        parent_id: parentId,
        district_id:
          kind === 'district'
            ? i.id
            : kind === 'school' && parentId
              ? sql<string | null>`(select district_id from organization where id = ${parentId})`
              : null,
        city: i.city ?? null,
        state_code: i.state ?? null,
        program_profile: i.programProfile ?? null,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          city: eb.ref('excluded.city'),
          state_code: eb.ref('excluded.state_code'),
          program_profile: eb.ref('excluded.program_profile'),
        })),
      )
      .execute();
  }

  /** Inserts a course owned by `ownerId`, or replaces an existing one (keeping its owner). */
  async upsertCourse(c: TCourse, ownerId: string): Promise<void> {
    await this.db
      .insertInto('course')
      .values({
        id: c.id,
        institution_id: c.institutionId,
        owner_id: ownerId,
        level: c.level,
        kind: c.kind,
        subject: c.subject,
        title: json(c.title),
        doc: json(c),
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          institution_id: eb.ref('excluded.institution_id'),
          level: eb.ref('excluded.level'),
          kind: eb.ref('excluded.kind'),
          subject: eb.ref('excluded.subject'),
          title: eb.ref('excluded.title'),
          doc: eb.ref('excluded.doc'),
        })),
      )
      .execute();
  }

  async upsertCreditAgreement(a: TCreditAgreement, ownerId: string): Promise<void> {
    await this.db
      .insertInto('credit_agreement')
      .values({
        id: a.id,
        type: a.type,
        secondary_course_id: a.secondaryCourseId ?? null,
        postsecondary_course_id: a.postsecondaryCourseId,
        credential_id: a.credentialId ?? null,
        owner_id: ownerId,
        doc: json(a),
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          secondary_course_id: eb.ref('excluded.secondary_course_id'),
          postsecondary_course_id: eb.ref('excluded.postsecondary_course_id'),
          credential_id: eb.ref('excluded.credential_id'),
          doc: eb.ref('excluded.doc'),
        })),
      )
      .execute();
  }

  async deleteCreditAgreement(id: string): Promise<void> {
    await this.db.deleteFrom('credit_agreement').where('id', '=', id).execute();
  }

  async upsertCredential(c: TCredential, ownerId: string | null): Promise<void> {
    await this.db
      .insertInto('credential')
      .values({ id: c.id, type: c.type, title: json(c.title), owner_id: ownerId, doc: json(c) })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          title: eb.ref('excluded.title'),
          doc: eb.ref('excluded.doc'),
        })),
      )
      .execute();
  }

  /** The stored rows with these ids and their owners (an institution owns itself). */
  async findOwned(ids: {
    institutions: string[];
    courses: string[];
    creditAgreements: string[];
    credentials: string[];
  }): Promise<StoredCatalog> {
    const owned = async (
      table: 'course' | 'credit_agreement' | 'credential',
      list: string[],
    ): Promise<Map<string, Owned<never>>> => {
      if (list.length === 0) return new Map();
      const rows = await this.db
        .selectFrom(table)
        .select(['id', 'doc', 'owner_id'])
        .where('id', 'in', list)
        .execute();
      return new Map(rows.map((r) => [r.id, { doc: r.doc as never, ownerId: r.owner_id }]));
    };
    const institutions = new Map<string, Owned<TInstitution>>();
    if (ids.institutions.length > 0) {
      const rows = await this.db
        .selectFrom('organization')
        .select(ORG_COLUMNS)
        .where('id', 'in', ids.institutions)
        .execute();
      for (const row of rows) {
        const doc = toInstitution(row);
        if (doc) institutions.set(row.id, { doc, ownerId: row.id });
      }
    }
    return {
      institutions,
      courses: await owned('course', ids.courses),
      creditAgreements: await owned('credit_agreement', ids.creditAgreements),
      credentials: await owned('credential', ids.credentials),
    };
  }

  /** The catalog entries with the given ids (missing ids are simply absent). */
  async findCatalog(ids: {
    institutions: string[];
    courses: string[];
    credentials: string[];
  }): Promise<TCatalog> {
    const docs = async (table: 'course' | 'credential', list: string[]) =>
      list.length === 0
        ? []
        : this.db.selectFrom(table).select('doc').where('id', 'in', list).execute();
    const [institutions, courses, credentials] = await Promise.all([
      ids.institutions.length === 0
        ? []
        : this.db
            .selectFrom('organization')
            .select(ORG_COLUMNS)
            .where('id', 'in', ids.institutions)
            .execute(),
      docs('course', ids.courses),
      docs('credential', ids.credentials),
    ]);
    // The agreements of these courses, and the credential credit of these credentials.
    const agreements =
      ids.courses.length + ids.credentials.length > 0
        ? await this.db
            .selectFrom('credit_agreement')
            .select('doc')
            .where((eb) =>
              eb.or([
                ...(ids.courses.length > 0
                  ? [
                      eb('secondary_course_id', 'in', ids.courses),
                      eb('postsecondary_course_id', 'in', ids.courses),
                    ]
                  : []),
                ...(ids.credentials.length > 0 ? [eb('credential_id', 'in', ids.credentials)] : []),
              ]),
            )
            .execute()
        : [];
    return {
      institutions: institutions.flatMap((r) => toInstitution(r) ?? []),
      courses: courses.map((r) => r.doc as TCourse),
      creditAgreements: agreements.map((r) => r.doc as TCreditAgreement),
      credentials: credentials.map((r) => r.doc as TCredential),
    };
  }

  /** Every organization that can appear in a program file (all but the state). */
  async listInstitutions(): Promise<TInstitution[]> {
    const rows = await this.db
      .selectFrom('organization')
      .select(ORG_COLUMNS)
      .where('kind', '<>', 'state')
      .orderBy('name')
      .execute();
    return rows.flatMap((r) => toInstitution(r) ?? []);
  }

  async listCourses(filter: { institutionId?: string } = {}): Promise<TCourse[]> {
    let query = this.db.selectFrom('course').select('doc');
    if (filter.institutionId) query = query.where('institution_id', '=', filter.institutionId);
    const rows = await query.orderBy('id').execute();
    return rows.map((r) => r.doc as TCourse);
  }

  async listCredentials(): Promise<TCredential[]> {
    const rows = await this.db.selectFrom('credential').select('doc').orderBy('id').execute();
    return rows.map((r) => r.doc as TCredential);
  }

  async listCreditAgreements(): Promise<TCreditAgreement[]> {
    const rows = await this.db.selectFrom('credit_agreement').select('doc').orderBy('id').execute();
    return rows.map((r) => r.doc as TCreditAgreement);
  }
}
