/**
 * The course-code key (domain/requirements/course-code-key.ts) reads more spellings as one code:
 * separators are dropped everywhere but between two digits ("COM SCI 1" is "COMSCI 1", "C S 312"
 * is "CS 312"), and a Roman numeral I–V written as a word after letters is its number ("Algebra
 * I" is "Algebra 1"). `course_code_key` is rewritten to match, in the same steps and order as the
 * TypeScript, and `course_attempt.course_key` is dropped and added again so every stored attempt
 * is keyed anew (a generated column is not recomputed when its function changes).
 */
import { sql, type Kysely } from 'kysely';

const SEP = '[[:space:]._-]';

/** The Roman numerals in the TypeScript's order: each is replaced in its own pass. */
const ROMAN = [
  ['IV', '4'],
  ['V', '5'],
  ['III', '3'],
  ['II', '2'],
  ['I', '1'],
] as const;

function keyBody(): string {
  let key = `regexp_replace(upper(regexp_replace(code, '^[[:space:]]+|[[:space:]]+$', '', 'g')), '[[:space:]]+', ' ', 'g')`;
  for (const [numeral, digit] of ROMAN)
    key = `regexp_replace(${key}, '([A-Z&]${SEP}+)${numeral}(?=${SEP}|$)', '\\1${digit}', 'g')`;
  // A run of separators not between two digits, taken whole.
  return `regexp_replace(${key}, '(?<![0-9[:space:]._-])${SEP}+|${SEP}+(?![0-9[:space:]._-])', '', 'g')`;
}

const PREVIOUS = `regexp_replace(
    regexp_replace(
      upper(regexp_replace(code, '^[[:space:]]+|[[:space:]]+$', '', 'g')),
      '[[:space:]]+', ' ', 'g'),
    '([A-Z&])[[:space:]._-]+(?=[0-9])', '\\1', 'g')`;

async function keyWith(db: Kysely<unknown>, body: string): Promise<void> {
  await sql`alter table course_attempt drop column course_key`.execute(db);
  await sql`create or replace function course_code_key(code text) returns text
    language sql immutable strict parallel safe
    as $$ select ${sql.raw(body)} $$`.execute(db);
  await sql`alter table course_attempt
    add column course_key text generated always as (course_code_key(course_code)) stored`.execute(
    db,
  );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await keyWith(db, keyBody());
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await keyWith(db, PREVIOUS);
}
