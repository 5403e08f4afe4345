/**
 * An index the Perkins report lacked (issue 12; found by src/db/indexes.pg.test.ts): the
 * organizations of a district (its schools), which the report lists and joins its district's CTE
 * courses through. The counting statement itself reads course attempts once, as a GROUP BY over
 * them does (bench/perkins.ts), and needs none.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('organization_district')
    .ifNotExists()
    .on('organization')
    .column('district_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('organization_district').ifExists().execute();
}
