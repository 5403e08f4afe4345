/**
 * Indexes the main list queries lacked (issue 9; found by src/db/indexes.pg.test.ts, which
 * EXPLAINs every query of the main list and page endpoints): programs by cluster and by pathway
 * (program lists, an occupation's programs), and credit agreements by either course (every program
 * detail and course page asks for the agreements of its courses), and the steps of program
 * versions (GIN, jsonb_path_ops: a course page finds the programs whose steps name the course).
 */
import { sql, type Kysely } from 'kysely';

const INDEXES = [
  ['program_cluster', 'program', 'cluster_code'],
  ['program_pathway', 'program', 'pathway_code'],
  ['credit_agreement_secondary', 'credit_agreement', 'secondary_course_id'],
  ['credit_agreement_postsecondary', 'credit_agreement', 'postsecondary_course_id'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, column] of INDEXES)
    await db.schema.createIndex(name).ifNotExists().on(table).column(column).execute();
  await sql`create index if not exists program_version_steps on program_version
    using gin ((body -> 'steps') jsonb_path_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of INDEXES) await db.schema.dropIndex(name).ifExists().execute();
  await db.schema.dropIndex('program_version_steps').ifExists().execute();
}
