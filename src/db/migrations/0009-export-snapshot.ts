/**
 * An export over the cap keeps the ids of the student records it would export, as they were when
 * it was requested: the approval is for exactly those records, and running it exports exactly
 * those (never a re-read, which may be larger).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('student_export').addColumn('student_ids', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('student_export').dropColumn('student_ids').execute();
}
