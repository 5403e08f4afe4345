/**
 * What a transcript export says of a course attempt's level, for courses the district catalog
 * does not describe: `AP`, `IB`, `H` (honors), `DE` (dual enrollment), comma-joined in that order
 * (domain/requirements/course-flags.ts); null when the export says nothing.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('course_attempt')
    .addColumn('course_flags', 'text', (c) =>
      c.check(sql`course_flags ~ '^(AP|IB|H|DE)(,(AP|IB|H|DE))*$'`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('course_attempt').dropColumn('course_flags').execute();
}
