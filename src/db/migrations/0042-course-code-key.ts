/**
 * The course-code key in SQL: `course_code_key(code)` is domain/requirements/course-code-key.ts
 * written as a PostgreSQL function (trimmed, upper case, runs of white space as one space, no
 * space, dash, dot or underscore between a letter and a digit), so a statement compares course
 * codes as the pure rules do: "ENGL-101", "ENGL 101" and "engl101" are one course. Its test holds
 * the two to the same keys on both engines.
 *
 * `course_attempt.course_key` stores the key of each attempt's code (a generated column: every
 * write path keeps it, and the rows stored before this migration get it here), so the Perkins
 * count statement (perkins-passed-courses.ts) groups and joins on it without a regular expression
 * per attempt on every run. No index: that statement reads the district's attempts once, as a
 * GROUP BY does, and looks none up by code.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create or replace function course_code_key(code text) returns text
    language sql immutable strict parallel safe
    as $$
      select regexp_replace(
        regexp_replace(
          upper(regexp_replace(code, '^[[:space:]]+|[[:space:]]+$', '', 'g')),
          '[[:space:]]+', ' ', 'g'),
        '([A-Z&])[[:space:]._-]+(?=[0-9])', '\\1', 'g')
    $$`.execute(db);
  await sql`alter table course_attempt
    add column course_key text generated always as (course_code_key(course_code)) stored`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table course_attempt drop column course_key`.execute(db);
  await sql`drop function course_code_key(text)`.execute(db);
}
