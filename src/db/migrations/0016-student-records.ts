/**
 * Student records from rosters and transcripts: a student's local (SIS) id is unique in its
 * district and carries a graduation year; `course_attempt` holds one row per course attempt,
 * keyed by district id first like every student table.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('student').addColumn('graduation_year', 'integer').execute();
  await sql`create unique index student_local_id on student (district_id, local_id) where local_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('course_attempt')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('school_year', 'integer', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('course_code', 'text', (c) => c.notNull())
    .addColumn('course_title', 'text', (c) => c.notNull())
    .addColumn('sced_code', 'text')
    .addColumn('credits_attempted', 'double precision', (c) => c.notNull())
    .addColumn('credits_earned', 'double precision', (c) => c.notNull())
    .addColumn('letter_grade', 'text')
    .addColumn('result', 'text', (c) =>
      c.notNull().check(sql`result in ('pass','fail','incomplete','withdrawn','in_progress')`),
    )
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('course_attempt_pk', [
      'district_id',
      'student_id',
      'school_year',
      'term',
      'course_code',
      'school_id',
    ])
    .addForeignKeyConstraint(
      'course_attempt_student_fk',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('course_attempt').execute();
  await sql`drop index student_local_id`.execute(db);
  await db.schema.alterTable('student').dropColumn('graduation_year').execute();
}
