/**
 * Course attempts written a batch at a time: the batch is encoded once as one array literal per
 * column (`array-literal.ts`) and sent as a single `insert … select * from unnest(…)`, so a batch
 * of thousands of rows is one short statement with thirteen parameters. Encoding is separate from
 * sending, so an import can encode the next batch while the database writes this one.
 *
 * Two statements: `upsertBatch` for attempts that may already be stored (ON CONFLICT on the
 * primary key, whose course is the code's key, migration 0045: a changed attempt is updated, an
 * identical one left alone, and one whose code is written another way, "ALG I" for a stored "ALG
 * 1", is the same attempt, updated to the new spelling), and `insertBatch` for attempts of
 * students who have none stored yet, which skips the conflict check (measured on PostgreSQL 15:
 * about 31 µs a row in the server against 38).
 */
import { sql, type Kysely } from 'kysely';
import { numberArray, textArray } from './array-literal.ts';
import type { DB } from './schema.ts';
import type { AttemptRow } from './transcript-repository.ts';

export interface AttemptBatch {
  /** The rows encoded (kept by reference, not copied). */
  rows: readonly AttemptRow[];
  size: number;
  /** One array literal per column, in ATTEMPT_COLUMNS order. */
  columns: string[];
}

export function encodeAttempts(rows: readonly AttemptRow[]): AttemptBatch {
  const text = (key: keyof AttemptRow) => textArray(rows.map((r) => r[key] as string | null));
  const numbers = (key: keyof AttemptRow) => numberArray(rows.map((r) => r[key] as number));
  return {
    rows,
    size: rows.length,
    columns: [
      text('districtId'),
      text('studentId'),
      text('schoolId'),
      numbers('schoolYear'),
      text('term'),
      text('courseCode'),
      text('courseTitle'),
      text('scedCode'),
      numbers('creditsAttempted'),
      numbers('creditsEarned'),
      text('letterGrade'),
      text('result'),
      textArray(rows.map((r) => r.courseFlags ?? null)),
    ],
  };
}

const source = (b: AttemptBatch) => {
  const [
    district,
    student,
    school,
    year,
    term,
    code,
    title,
    sced,
    attempted,
    earned,
    grade,
    result,
    flags,
  ] = b.columns;
  return sql`select * from unnest(${district}::text[], ${student}::text[], ${school}::text[],
    ${year}::int[], ${term}::text[], ${code}::text[], ${title}::text[], ${sced}::text[],
    ${attempted}::float8[], ${earned}::float8[], ${grade}::text[], ${result}::text[],
    ${flags}::text[])`;
};

const INTO = sql`course_attempt as a (district_id, student_id, school_id, school_year, term,
  course_code, course_title, sced_code, credits_attempted, credits_earned, letter_grade, result,
  course_flags)`;

export interface WriteCounts {
  inserted: number;
  updated: number;
}

/** Inserts new attempts and updates changed ones; an identical stored attempt is left alone. */
export async function upsertBatch(db: Kysely<DB>, batch: AttemptBatch): Promise<WriteCounts> {
  if (batch.size === 0) return { inserted: 0, updated: 0 };
  // The counts come back as one row (not a row per attempt, which costs a quarter of the
  // statement on the embedded database).
  const { rows } = await sql<{ inserted: number; written: number }>`
    with written as (
      insert into ${INTO} ${source(batch)}
      on conflict (district_id, student_id, school_year, term, course_key, school_id)
      do update set course_code = excluded.course_code, course_title = excluded.course_title,
        sced_code = excluded.sced_code, credits_attempted = excluded.credits_attempted,
        credits_earned = excluded.credits_earned, letter_grade = excluded.letter_grade,
        result = excluded.result, course_flags = excluded.course_flags, updated_at = now()
      where (a.course_code, a.course_title, a.sced_code, a.credits_attempted, a.credits_earned,
        a.letter_grade, a.result, a.course_flags) is distinct from (excluded.course_code,
        excluded.course_title, excluded.sced_code, excluded.credits_attempted,
        excluded.credits_earned, excluded.letter_grade, excluded.result, excluded.course_flags)
      returning (xmax = 0) as inserted)
    select (count(*) filter (where inserted))::int as inserted, count(*)::int as written
    from written`.execute(db);
  const counts = rows[0]!;
  const inserted = Number(counts.inserted);
  return { inserted, updated: Number(counts.written) - inserted };
}

/**
 * Inserts attempts none of which is stored yet (the caller knows: their students have no stored
 * attempt and no two of the batch share a key, course by its code's key); any conflict is an
 * error, as a plain INSERT gives.
 */
export async function insertBatch(db: Kysely<DB>, batch: AttemptBatch): Promise<WriteCounts> {
  if (batch.size === 0) return { inserted: 0, updated: 0 };
  await sql`insert into ${INTO} ${source(batch)}`.execute(db);
  return { inserted: batch.size, updated: 0 };
}

/** Which of the students (user ids) of the district have at least one stored attempt. */
export async function studentsWithAttempts(
  db: Kysely<DB>,
  districtId: string,
  studentIds: readonly string[],
): Promise<Set<string>> {
  if (studentIds.length === 0) return new Set();
  const { rows } = await sql<{ id: string }>`
    select s.id from unnest(${textArray(studentIds)}::text[]) as s(id)
    where exists (select 1 from course_attempt a
      where a.district_id = ${districtId} and a.student_id = s.id)`.execute(db);
  return new Set(rows.map((r) => r.id));
}
