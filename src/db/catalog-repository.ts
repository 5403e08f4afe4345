/** Institutions, courses, credit agreements and credentials: the catalog programs draw on. */
import type { Kysely } from 'kysely';
import type {
  TCatalog,
  TCourse,
  TCredential,
  TCreditAgreement,
  TInstitution,
} from '../contracts/program.ts';
import type { DB } from './schema.ts';

const json = (value: unknown) => JSON.stringify(value);

export interface CatalogCounts {
  institutions: number;
  courses: number;
  creditAgreements: number;
  credentials: number;
}

export class CatalogRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts or replaces every entry of a catalog. Run it inside a transaction for all-or-nothing. */
  async upsertCatalog(catalog: TCatalog): Promise<CatalogCounts> {
    // Parents before children: districts before their schools.
    const institutions = [...catalog.institutions].sort(
      (a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined),
    );
    for (const i of institutions) await this.upsertInstitution(i);
    for (const c of catalog.courses) await this.upsertCourse(c);
    for (const a of catalog.creditAgreements) await this.upsertCreditAgreement(a);
    for (const c of catalog.credentials) await this.upsertCredential(c);
    return {
      institutions: catalog.institutions.length,
      courses: catalog.courses.length,
      creditAgreements: catalog.creditAgreements.length,
      credentials: catalog.credentials.length,
    };
  }

  async upsertInstitution(i: TInstitution): Promise<void> {
    await this.db
      .insertInto('institution')
      .values({ id: i.id, kind: i.kind, name: i.name, parent_id: i.parentId ?? null, doc: json(i) })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name: eb.ref('excluded.name'),
          parent_id: eb.ref('excluded.parent_id'),
          doc: eb.ref('excluded.doc'),
        })),
      )
      .execute();
  }

  async upsertCourse(c: TCourse): Promise<void> {
    await this.db
      .insertInto('course')
      .values({
        id: c.id,
        institution_id: c.institutionId,
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

  async upsertCreditAgreement(a: TCreditAgreement): Promise<void> {
    await this.db
      .insertInto('credit_agreement')
      .values({
        id: a.id,
        type: a.type,
        secondary_course_id: a.secondaryCourseId,
        postsecondary_course_id: a.postsecondaryCourseId,
        doc: json(a),
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          secondary_course_id: eb.ref('excluded.secondary_course_id'),
          postsecondary_course_id: eb.ref('excluded.postsecondary_course_id'),
          doc: eb.ref('excluded.doc'),
        })),
      )
      .execute();
  }

  async upsertCredential(c: TCredential): Promise<void> {
    await this.db
      .insertInto('credential')
      .values({ id: c.id, type: c.type, title: json(c.title), doc: json(c) })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          title: eb.ref('excluded.title'),
          doc: eb.ref('excluded.doc'),
        })),
      )
      .execute();
  }

  /** The catalog entries with the given ids (missing ids are simply absent). */
  async findCatalog(ids: {
    institutions: string[];
    courses: string[];
    credentials: string[];
  }): Promise<TCatalog> {
    const docs = async (table: 'institution' | 'course' | 'credential', list: string[]) =>
      list.length === 0
        ? []
        : this.db.selectFrom(table).select('doc').where('id', 'in', list).execute();
    const [institutions, courses, credentials] = await Promise.all([
      docs('institution', ids.institutions),
      docs('course', ids.courses),
      docs('credential', ids.credentials),
    ]);
    const agreements = ids.courses.length
      ? await this.db
          .selectFrom('credit_agreement')
          .select('doc')
          .where((eb) =>
            eb.or([
              eb('secondary_course_id', 'in', ids.courses),
              eb('postsecondary_course_id', 'in', ids.courses),
            ]),
          )
          .execute()
      : [];
    return {
      institutions: institutions.map((r) => r.doc as TInstitution),
      courses: courses.map((r) => r.doc as TCourse),
      creditAgreements: agreements.map((r) => r.doc as TCreditAgreement),
      credentials: credentials.map((r) => r.doc as TCredential),
    };
  }

  async listInstitutions(): Promise<TInstitution[]> {
    const rows = await this.db.selectFrom('institution').select('doc').orderBy('name').execute();
    return rows.map((r) => r.doc as TInstitution);
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
