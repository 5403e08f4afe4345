/**
 * The course level flags of credit earned elsewhere, as migration 0036 keeps them on our own
 * attempts: `AP`, `IB`, `H` (honors), `DE` (dual enrollment), comma-joined in that order
 * (domain/requirements/course-flags.ts); null when nobody said. An AP course taken at another
 * school stays an AP course here.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('transfer_credit')
    .addColumn('course_flags', 'text', (c) =>
      c.check(sql`course_flags ~ '^(AP|IB|H|DE)(,(AP|IB|H|DE))*$'`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('transfer_credit').dropColumn('course_flags').execute();
}
