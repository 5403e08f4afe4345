/**
 * Sign-in throttling kept in the database, so every app instance sees the same counts: per
 * client address (attempts per minute), per email and address (failures, lock), per email
 * (failures, a short backoff). Keys are strings such as "ip:203.0.113.7".
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
  // Old rows are swept by age.
  await db.schema
    .createIndex('sign_in_throttle_window')
    .on('sign_in_throttle')
    .column('window_start')
    .execute();
  await sql`comment on table sign_in_throttle is 'sign-in attempt counters and locks (see domain/auth/sign-in-throttle.ts)'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_in_throttle').execute();
}
