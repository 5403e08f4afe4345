/**
 * Individual learning plans: one row per student (current version, last counselor review), every
 * version kept whole, and sign-offs per version and role. District id leads every key.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_plan')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('reviewed_at', 'timestamptz')
    .addPrimaryKeyConstraint('learning_plan_pk', ['district_id', 'student_id'])
    .addForeignKeyConstraint(
      'learning_plan_student_fk',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('learning_plan_version')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('learning_plan_version_pk', ['district_id', 'student_id', 'version'])
    .addForeignKeyConstraint(
      'learning_plan_version_plan_fk',
      ['district_id', 'student_id'],
      'learning_plan',
      ['district_id', 'student_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('learning_plan_signature')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('student','guardian','counselor')`),
    )
    .addColumn('signer_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('signed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('learning_plan_signature_pk', [
      'district_id',
      'student_id',
      'version',
      'role',
    ])
    .addForeignKeyConstraint(
      'learning_plan_signature_version_fk',
      ['district_id', 'student_id', 'version'],
      'learning_plan_version',
      ['district_id', 'student_id', 'version'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('learning_plan_signature').execute();
  await db.schema.dropTable('learning_plan_version').execute();
  await db.schema.dropTable('learning_plan').execute();
}
