/** Sign-in counters and locks (domain/auth/sign-in-throttle.ts), shared by every app instance. */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

export interface ThrottleRow {
  count: number;
  lockedUntil: Date | null;
}

export class SignInThrottleRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Counts one more event on `key` in a window of `windowMs` (a window that has run out starts
   * again at 1), atomically, and returns the row as it is now.
   */
  async count(key: string, now: Date, windowMs: number): Promise<ThrottleRow> {
    const cutoff = new Date(now.getTime() - windowMs);
    const row = await this.db
      .insertInto('sign_in_throttle')
      .values({ key, count: 1, window_start: now, locked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when sign_in_throttle.window_start <= ${cutoff} then 1 else sign_in_throttle.count + 1 end`,
          window_start: sql<Date>`case when sign_in_throttle.window_start <= ${cutoff} then ${now}::timestamptz else sign_in_throttle.window_start end`,
        }),
      )
      .returning(['count', 'locked_until'])
      .executeTakeFirstOrThrow();
    return { count: row.count, lockedUntil: row.locked_until };
  }

  async lock(key: string, until: Date | null): Promise<void> {
    await this.db
      .updateTable('sign_in_throttle')
      .set({ locked_until: until })
      .where('key', '=', key)
      .execute();
  }

  /** The locks in force on any of `keys`. */
  async lockedUntil(keys: string[], now: Date): Promise<Date | null> {
    const rows = await this.db
      .selectFrom('sign_in_throttle')
      .select('locked_until')
      .where('key', 'in', keys)
      .where('locked_until', '>', now)
      .execute();
    const times = rows.map((r) => r.locked_until!.getTime());
    return times.length ? new Date(Math.max(...times)) : null;
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
  }

  /** Drops rows whose window began before `before` and that lock nothing any more. */
  async sweep(before: Date, now: Date): Promise<void> {
    await this.db
      .deleteFrom('sign_in_throttle')
      .where('window_start', '<', before)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .execute();
  }
}
