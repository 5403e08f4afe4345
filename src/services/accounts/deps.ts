/** What the account use cases need: repositories, a transaction, and the side effects passed in. */
import type { Mailer } from './mailer.ts';
import type { AccountRepos } from '../../db/account-repos.ts';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface Secrets {
  /** A new unguessable token (session, CSRF, one-time link). */
  token(): string;
  /** The stored form of a token: a one-way digest. */
  digest(token: string): string;
  /** Random bytes, for TOTP secrets. */
  bytes(length: number): Uint8Array;
  /** A new record id. */
  id(): string;
}

export interface AccountsDeps extends AccountRepos {
  /** Runs `work` in one database transaction: all of it lands, or none. */
  transaction<T>(work: (repos: AccountRepos) => Promise<T>): Promise<T>;
  hasher: PasswordHasher;
  secrets: Secrets;
  clock: () => Date;
  /** Sends one-time links by email when SMTP is configured; absent, links are only shown. */
  mailer?: Mailer | undefined;
  /**
   * Days within which an admin who created another account (or gave it its role) does not count
   * as a second person for it (approver-independence.ts); WAYFINDER_APPROVER_WINDOW_DAYS, default 7.
   */
  approverWindowDays?: number;
}

/** Where a request came from, for the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent?: string | null;
}

export const SESSION_TTL_MS = 12 * 60 * 60_000;
export const LINK_TTL_MS = 72 * 60 * 60_000;
export const PASSWORD_MIN = 10;
