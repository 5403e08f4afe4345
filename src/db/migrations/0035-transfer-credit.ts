/**
 * Credit earned outside the district (domain/requirements/transfer.ts): where it was earned, the
 * course as written there, and how it counts here (a local course code, a SCED code, or elective
 * credit only). Keyed by district id first like every student table; one row per course, term
 * and place (`earned_at_key` is the place's name folded: case, accents, punctuation), so a second
 * import of the same file changes nothing.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('transfer_credit')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('transfer','exam','summer','dual_credit','online')`),
    )
    .addColumn('earned_at_name', 'text', (c) => c.notNull())
    .addColumn('earned_at_key', 'text', (c) => c.notNull())
    .addColumn('earned_at_state', 'text')
    .addColumn('earned_at_id', 'text')
    .addColumn('course_title', 'text', (c) => c.notNull())
    .addColumn('course_code', 'text')
    .addColumn('course_key', 'text', (c) => c.notNull())
    .addColumn('sced_code', 'text')
    .addColumn('school_year', 'integer', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('credits_attempted', 'double precision', (c) => c.notNull())
    .addColumn('credits_earned', 'double precision', (c) => c.notNull())
    .addColumn('grade', 'text')
    .addColumn('result', 'text', (c) =>
      c.notNull().check(sql`result in ('pass','fail','incomplete','withdrawn','in_progress')`),
    )
    .addColumn('counts_as', 'text', (c) =>
      c.notNull().check(sql`counts_as in ('course','sced','elective')`),
    )
    .addColumn('counts_as_code', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('transfer_credit_pk', ['district_id', 'student_id', 'id'])
    .addUniqueConstraint('transfer_credit_course', [
      'district_id',
      'student_id',
      'earned_at_key',
      'school_year',
      'term',
      'course_key',
    ])
    .addCheckConstraint(
      'transfer_credit_counts_as_code',
      sql`(counts_as = 'elective') = (counts_as_code is null)`,
    )
    .addForeignKeyConstraint(
      'transfer_credit_student_fk',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('transfer_credit').execute();
}
