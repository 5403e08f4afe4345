/**
 * One stored attempt per course key: `course_attempt`'s primary key becomes (district, student,
 * school year, term, `course_key`, school) instead of the code as written, so a re-import that
 * spells a code another way ("ALG I" and "alg 1", "CS 312" and "C S 312") updates the attempt it
 * names instead of storing a second one whose credits would count twice.
 *
 * The attempts stored twice before this (same district, student, school year, term, school and
 * course key) are merged first, in the migration's transaction: the one updated last is kept
 * (the later import's), and of those updated at the same moment the one whose code is greatest
 * byte by byte; the others are deleted. A row without such a twin is not touched. Attempts at two
 * schools stay two attempts, as they are for an import (transcript-final-marks.ts `courseOf`).
 *
 * `course_key` is a generated column (0042, 0044): dropping it drops this key with it, so a later
 * change to `course_code_key` that drops and adds the column (as 0044 does) must merge the twins
 * the new key makes and add this key again. Down puts the key back on the code as written (no two
 * attempts then share one); the merged twins stay merged.
 */
import { sql, type Kysely } from 'kysely';

const KEY_COLUMNS = ['district_id', 'student_id', 'school_year', 'term'] as const;

async function primaryKeyOn(db: Kysely<unknown>, code: 'course_code' | 'course_key') {
  await sql`alter table course_attempt drop constraint course_attempt_pk`.execute(db);
  await sql`alter table course_attempt add constraint course_attempt_pk
    primary key (${sql.join([...KEY_COLUMNS, code, 'school_id'].map((c) => sql.ref(c)))})`.execute(
    db,
  );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every attempt ranked among its twins (old primary key, which names one row, beside it).
  await sql`delete from course_attempt a
    using (
      select district_id, student_id, school_year, term, course_code, school_id,
        row_number() over (
          partition by district_id, student_id, school_year, term, course_key, school_id
          order by updated_at desc, course_code collate "C" desc) as rank
      from course_attempt
    ) r
    where r.rank > 1
      and a.district_id = r.district_id and a.student_id = r.student_id
      and a.school_year = r.school_year and a.term = r.term
      and a.course_code = r.course_code and a.school_id = r.school_id`.execute(db);
  await primaryKeyOn(db, 'course_key');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await primaryKeyOn(db, 'course_code');
}
