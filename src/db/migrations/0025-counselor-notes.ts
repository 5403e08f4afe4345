/**
 * Counselor notes on a student: private to staff with the student in scope (never shown to the
 * student or a guardian), each with its author; district id leads the key like every student table.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('counselor_note')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`length(body) between 1 and 10000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz')
    .addPrimaryKeyConstraint('counselor_note_pk', ['district_id', 'student_id', 'id'])
    .addForeignKeyConstraint(
      'counselor_note_student_fk',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('counselor_note').execute();
}
