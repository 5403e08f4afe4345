/**
 * Occupations and labor-market data: O*NET occupations, their links to pathways, related
 * occupations, BLS wages and projections by SOC code, CIP titles and the CIP–SOC crosswalk.
 * Every imported row names its data source (publisher, release, licence and attribution).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_source')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('license', 'text', (c) => c.notNull())
    .addColumn('attribution', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('occupation')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('soc_code', 'text', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb', (c) => c.notNull())
    .addColumn('job_zone', 'smallint', (c) => c.check(sql`job_zone between 1 and 5`))
    .addColumn('riasec', 'jsonb')
    .addColumn('interest_code', 'text')
    .addColumn('bright_outlook', 'boolean')
    .addColumn('source_id', 'text', (c) => c.notNull().references('data_source.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('occupation_soc').on('occupation').column('soc_code').execute();

  await db.schema
    .createTable('occupation_pathway')
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('pathway_code', 'text', (c) => c.notNull())
    .addColumn('occupation_code', 'text', (c) =>
      c.notNull().references('occupation.code').onDelete('cascade'),
    )
    .addColumn('is_primary', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('source_id', 'text', (c) => c.notNull().references('data_source.id'))
    .addPrimaryKeyConstraint('occupation_pathway_pk', [
      'framework_id',
      'pathway_code',
      'occupation_code',
    ])
    .addForeignKeyConstraint(
      'occupation_pathway_pathway_fk',
      ['framework_id', 'pathway_code'],
      'pathway',
      ['framework_id', 'code'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('occupation_pathway_occupation')
    .on('occupation_pathway')
    .column('occupation_code')
    .execute();

  // No foreign keys here on purpose: O*NET lists ~18,000 related pairs per release, per-row key
  // checks were two thirds of the import's time, the importer checks both codes are in the same
  // release, and reads join occupation (so a pair whose occupation is gone is never shown).
  await db.schema
    .createTable('occupation_related')
    .addColumn('occupation_code', 'text', (c) => c.notNull())
    .addColumn('related_code', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('data_source.id'))
    .addPrimaryKeyConstraint('occupation_related_pk', ['occupation_code', 'related_code'])
    .execute();

  await db.schema
    .createTable('labor_market')
    .addColumn('soc_code', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('employment', 'integer')
    .addColumn('median_annual_wage', 'integer')
    .addColumn('wage_top_coded', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('wage_source_id', 'text', (c) => c.references('data_source.id'))
    .addColumn('growth_pct', 'double precision')
    .addColumn('annual_openings', 'integer')
    .addColumn('entry_education', 'text')
    .addColumn('projection_source_id', 'text', (c) => c.references('data_source.id'))
    .execute();

  await db.schema
    .createTable('cip')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('data_source.id'))
    .execute();

  await db.schema
    .createTable('cip_soc')
    .addColumn('cip_code', 'text', (c) => c.notNull())
    .addColumn('soc_code', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('data_source.id'))
    .addPrimaryKeyConstraint('cip_soc_pk', ['cip_code', 'soc_code'])
    .execute();
  await db.schema.createIndex('cip_soc_soc').on('cip_soc').column('soc_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'cip_soc',
    'cip',
    'labor_market',
    'occupation_related',
    'occupation_pathway',
    'occupation',
    'data_source',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
