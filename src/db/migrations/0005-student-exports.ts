/**
 * Bulk exports of student records: every export an admin runs (to count them against the daily
 * cap), and exports over the cap waiting for, or given, a second admin's approval.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('student_export')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.references('organization.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('record_count', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('done','pending','approved','used')`),
    )
    .addColumn('approved_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'timestamptz')
    .addColumn('ran_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('student_export_requester')
    .on('student_export')
    .columns(['requested_by', 'ran_at'])
    .execute();
  await db.schema
    .createIndex('student_export_district_status')
    .on('student_export')
    .columns(['district_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('student_export').execute();
}
