/** Sessions (stored by the hash of their token) and one-time links. */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  totpPassed: boolean;
  expiresAt: Date;
}

export interface OneTimeLinkRecord {
  tokenHash: string;
  userId: string;
  purpose: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/**
 * PostgreSQL channel that hears of every ended session (its payload: the user id), so that each
 * app server drops its cached answer at once, even when another process (a second instance, the
 * command line) ended it. Sent inside the ending transaction: delivered only if it commits.
 */
export const SESSION_ENDED_CHANNEL = 'wayfinder_session_ended';

export class SessionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(
    session: SessionRecord & { ip: string | null; userAgent: string | null },
  ): Promise<void> {
    await this.db
      .insertInto('user_session')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        totp_passed: session.totpPassed,
        ip: session.ip,
        user_agent: session.userAgent,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  async find(tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('user_session')
      .select(['token_hash', 'user_id', 'csrf_token', 'totp_passed', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      tokenHash: row.token_hash,
      userId: row.user_id,
      csrfToken: row.csrf_token,
      totpPassed: row.totp_passed,
      expiresAt: row.expires_at,
    };
  }

  async setTotpPassed(tokenHash: string): Promise<void> {
    await this.db
      .updateTable('user_session')
      .set({ totp_passed: true })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async delete(tokenHash: string): Promise<void> {
    const ended = await this.db
      .deleteFrom('user_session')
      .where('token_hash', '=', tokenHash)
      .returning('user_id')
      .executeTakeFirst();
    if (ended) await this.announceEnded(ended.user_id);
  }

  /** Ends every session of a user; returns how many there were. */
  async deleteAllOfUser(userId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('user_session')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    await this.announceEnded(userId);
    return Number(result.numDeletedRows);
  }

  private async announceEnded(userId: string): Promise<void> {
    await sql`select pg_notify(${SESSION_ENDED_CHANNEL}, ${userId})`.execute(this.db);
  }

  async insertLink(link: Omit<OneTimeLinkRecord, 'usedAt'>): Promise<void> {
    await this.db
      .insertInto('one_time_link')
      .values({
        token_hash: link.tokenHash,
        user_id: link.userId,
        purpose: link.purpose,
        expires_at: link.expiresAt,
      })
      .execute();
  }

  /** Marks a link used and returns it, if it exists, is unused, unexpired and for this purpose. */
  async useLink(
    tokenHash: string,
    purpose: string,
    now: Date,
  ): Promise<OneTimeLinkRecord | undefined> {
    const row = await this.db
      .updateTable('one_time_link')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      tokenHash: row.token_hash,
      userId: row.user_id,
      purpose: row.purpose,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
    };
  }
}
