/**
 * Every stored `transfer_credit.course_key` becomes the key `courseKeyThere` gives today
 * (domain/requirements/transfer.ts: `courseCodeKey` of the code, else of the title), so the
 * unique constraint `transfer_credit_course` alone tells a credit already on the record.
 *
 * Before commit 9fbd1dd the key was the code (else the title) upper-cased by JavaScript, its
 * white space runs made one space and trimmed. `courseCodeKey` begins with that very text and
 * then reads Roman numerals after letters as digits and drops the separators not between two
 * digits. The new key is therefore computed here from the stored key, not from the code or
 * title: SQL's `upper` and `[[:space:]]` follow the server's locale and differ from JavaScript's
 * past ASCII ("straße", a no-break space), while the stored key is already upper-cased and spaced
 * by JavaScript, and the two remaining steps below use only ASCII classes (its one white space is
 * ' '), in the same order and patterns as course-code-key.ts and migration 0044. A key written
 * after 9fbd1dd is already the new one, and the steps leave it as it is.
 *
 * Credits that then share a key (same district, student, place, school year, term and key: two
 * spellings of one course there) are one credit stored twice. They are merged first, in the
 * migration's transaction: the one updated last is kept, of those updated at the same moment the
 * one with the greatest id byte by byte; the others are deleted. A credit without such a twin is
 * not touched apart from its key.
 *
 * Down leaves the new keys: they are unique wherever the older ones were, and the code before this
 * migration compares credits by the new key too. The merged twins stay merged.
 */
import { sql, type Kysely } from 'kysely';

const SEP = '[ ._-]';

/** The Roman numerals in course-code-key.ts's order: each is replaced in its own pass. */
const ROMAN = [
  ['IV', '4'],
  ['V', '5'],
  ['III', '3'],
  ['II', '2'],
  ['I', '1'],
] as const;

/** SQL for the key courseKeyThere gives now, from the key it gave before (in `column`). */
export function keyAnew(column: string): string {
  let key = column;
  for (const [numeral, digit] of ROMAN)
    key = `regexp_replace(${key}, '([A-Z&]${SEP}+)${numeral}(?=${SEP}|$)', '\\1${digit}', 'g')`;
  // A run of separators not between two digits, taken whole.
  return `regexp_replace(${key}, '(?<![0-9 ._-])${SEP}+|${SEP}+(?![0-9 ._-])', '', 'g')`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const key = sql.raw(keyAnew('course_key'));
  await sql`delete from transfer_credit t
    using (
      select district_id, student_id, id,
        row_number() over (
          partition by district_id, student_id, earned_at_key, school_year, term, ${key}
          order by updated_at desc, id collate "C" desc) as rank
      from transfer_credit
    ) r
    where r.rank > 1
      and t.district_id = r.district_id and t.student_id = r.student_id and t.id = r.id`.execute(
    db,
  );
  // Keying anew twice changes nothing, so no row takes a key another keeps until it is updated.
  await sql`update transfer_credit set course_key = ${key} where course_key <> ${key}`.execute(db);
}

export async function down(): Promise<void> {}
