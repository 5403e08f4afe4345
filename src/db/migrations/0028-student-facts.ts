/**
 * Special-population groups and outcome facts of a student (issue 12), from optional roster
 * columns: one row per student and fact name (economically_disadvantaged, gender, graduated, …)
 * with its code. Keyed by district id first like every student table. A district that imports no
 * value for a fact has no rows for it, so reports can say "not available" rather than 0.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('student_fact')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('student_fact_pk', ['district_id', 'student_id', 'name'])
    .addForeignKeyConstraint(
      'student_fact_student_fk',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('student_fact_name')
    .on('student_fact')
    .columns(['district_id', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('student_fact').execute();
}
