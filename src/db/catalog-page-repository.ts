/**
 * Reads for the public catalog pages: the approved programs of study that use a course, a
 * credential or a CIP code, the credentials that stack into one, and a CIP code with its
 * crosswalk sources. Catalog documents themselves come from CatalogRepository.
 */
import { sql, type Kysely } from 'kysely';
import type { TCredential, TProgramBody, TText } from '../contracts/program.ts';
import type { DB } from './schema.ts';

export interface ApprovedProgramRow {
  id: string;
  frameworkId: string;
  pathwayCode: string;
  title: TText;
  cipCode: string | null;
  body: TProgramBody;
}

/** Which approved programs to find: those that use a course, a credential, or a CIP code. */
export type ProgramUse = { courseId: string } | { credentialId: string } | { cipCode: string };

export interface CipRow {
  code: string;
  title: string;
  definition: string;
  sourceId: string;
}

const json = (value: unknown) => JSON.stringify(value);

/** Whether a program version's body uses the entry (jsonb containment, so indexes can help). */
function usesEntry(use: ProgramUse) {
  if ('courseId' in use)
    return sql<boolean>`v.body->'steps' @> ${json([{ courses: [use.courseId] }])}::jsonb`;
  if ('credentialId' in use)
    return sql<boolean>`(v.body->'steps' @> ${json([{ credentials: [use.credentialId] }])}::jsonb or v.body->'occupations' @> ${json([{ credentialId: use.credentialId }])}::jsonb)`;
  return sql<boolean>`v.body->>'cipCode' = ${use.cipCode}`;
}

export class CatalogPageRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The latest approved version of each program that uses the entry. Drafts, submitted and
   * retired versions are not public, and a newer draft does not hide the approved version.
   */
  async approvedPrograms(use: ProgramUse): Promise<ApprovedProgramRow[]> {
    const rows = await this.db
      .selectFrom('program_version as v')
      .innerJoin('program as p', 'p.id', 'v.program_id')
      .select([
        'p.id',
        'p.framework_id',
        'p.pathway_code',
        'v.title',
        'v.body',
        sql<string | null>`v.body->>'cipCode'`.as('cip_code'),
      ])
      .where('v.status', '=', 'approved')
      .where((eb) =>
        eb(
          'v.version',
          '=',
          eb
            .selectFrom('program_version as w')
            .select(sql<number>`max(w.version)`.as('m'))
            .whereRef('w.program_id', '=', 'v.program_id')
            .where('w.status', '=', 'approved'),
        ),
      )
      .where(usesEntry(use))
      .orderBy(sql`v.title->>'en'`)
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      frameworkId: r.framework_id,
      pathwayCode: r.pathway_code,
      title: r.title as TText,
      cipCode: r.cip_code,
      body: r.body as TProgramBody,
    }));
  }

  /** Credentials that count toward this one (their `stacksInto` names it). */
  async credentialsStackingInto(id: string): Promise<TCredential[]> {
    const rows = await this.db
      .selectFrom('credential')
      .select('doc')
      .where(sql<boolean>`doc->'stacksInto' @> ${json([id])}::jsonb`)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.doc as TCredential);
  }

  async cip(code: string): Promise<CipRow | undefined> {
    const row = await this.db
      .selectFrom('cip')
      .select(['code', 'title', 'definition', 'source_id'])
      .where('code', '=', code)
      .executeTakeFirst();
    return row
      ? { code: row.code, title: row.title, definition: row.definition, sourceId: row.source_id }
      : undefined;
  }

  /** The sources of the crosswalk rows of a CIP code; none when the crosswalk does not name it. */
  async crosswalkSources(cipCode: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('cip_soc')
      .select('source_id')
      .distinct()
      .where('cip_code', '=', cipCode)
      .orderBy('source_id')
      .execute();
    return rows.map((r) => r.source_id);
  }
}
