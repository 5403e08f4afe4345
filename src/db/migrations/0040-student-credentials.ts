/**
 * Which credential a student earned, and when: one row per student and credential of the catalog
 * (`credential.id`), with the day it was earned. The Perkins yes/no fact `credential_earned`
 * (`student_fact`, migration 0028) stays as it was: a district that imports only the fact keeps
 * its 5S1 counts, and a fact names no credential, so it never fills a credential-credit agreement.
 * Keyed by district id first like every student table; a credential still held by a student cannot
 * be deleted from the catalog.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('student_credential')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('credential_id', 'text', (c) => c.notNull().references('credential.id'))
    .addColumn('earned_on', 'date', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('student_credential_pk', [
      'district_id',
      'student_id',
      'credential_id',
    ])
    .addForeignKeyConstraint(
      'student_credential_student_fk',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('student_credential_credential')
    .on('student_credential')
    .column('credential_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('student_credential').execute();
}
