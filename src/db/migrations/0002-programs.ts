import { sql, type Kysely } from 'kysely';

/**
 * The catalog (institutions, courses, credit agreements, credentials) and programs of study with
 * versions. Each catalog row keeps the whole validated document in `doc` beside the columns that
 * queries filter on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('institution')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('institution.id'))
    .addColumn('doc', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('course')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institution.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('doc', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('course_institution').on('course').column('institution_id').execute();

  await db.schema
    .createTable('credit_agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('secondary_course_id', 'text', (c) => c.notNull().references('course.id'))
    .addColumn('postsecondary_course_id', 'text', (c) => c.notNull().references('course.id'))
    .addColumn('doc', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('credential')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('doc', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('program')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('pathway_code', 'text', (c) => c.notNull())
    .addColumn('cluster_code', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('institution.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('program_pathway_fk', ['framework_id', 'pathway_code'], 'pathway', [
      'framework_id',
      'code',
    ])
    .execute();

  await db.schema
    .createTable('program_version')
    .addColumn('program_id', 'text', (c) =>
      c.notNull().references('program.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('findings', 'jsonb', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('retired_at', 'timestamptz')
    .addPrimaryKeyConstraint('program_version_pk', ['program_id', 'version'])
    .addCheckConstraint(
      'program_version_status',
      sql`status in ('draft', 'submitted', 'approved', 'retired')`,
    )
    .execute();

  await db.schema
    .createTable('program_institution')
    .addColumn('program_id', 'text', (c) =>
      c.notNull().references('program.id').onDelete('cascade'),
    )
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institution.id'))
    .addPrimaryKeyConstraint('program_institution_pk', ['program_id', 'institution_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'program_institution',
    'program_version',
    'program',
    'credential',
    'credit_agreement',
    'course',
    'institution',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
