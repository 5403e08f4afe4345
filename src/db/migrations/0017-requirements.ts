/**
 * Requirement sets a district loaded (`wayfinder import requirements`), the one it uses by
 * default, and counselors' exceptions to a student's requirements (substitute, waive, force
 * complete), each with its reason and author. District id leads every key.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('requirement_set')
    .addColumn('district_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('doc', 'jsonb', (c) => c.notNull())
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('requirement_set_pk', ['district_id', 'id'])
    .execute();

  await db.schema
    .createTable('requirement_exception')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('set_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('substitute','waive','force_complete')`),
    )
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('attempt_key', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('requirement_exception_pk', ['district_id', 'student_id', 'id'])
    .addForeignKeyConstraint(
      'requirement_exception_student_fk',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('requirement_exception').execute();
  await db.schema.dropTable('requirement_set').execute();
}
