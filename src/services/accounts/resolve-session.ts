/**
 * Session token → who is asking. Answers are cached in this process for a few seconds, so an
 * authenticated call costs about what an anonymous one does; signing out here drops the cache
 * entry at once; on PostgreSQL, other app servers and the command line announce ended sessions
 * (SESSION_ENDED_CHANNEL) and the server listening drops them at once (else within CACHE_MS).
 */
import type { Actor } from '../../domain/auth/policy.ts';
import { ROLES_REQUIRING_TOTP } from '../../domain/auth/roles.ts';
import type { AccountsDeps } from './deps.ts';

export const CACHE_MS = 5_000;
const CACHE_MAX = 10_000;

export interface ResolvedSession {
  actor: Actor;
  tokenHash: string;
  csrfToken: string;
  /** False while a staff member who must use a second factor has not set one up. */
  totpSatisfied: boolean;
}

export class SessionResolver {
  private readonly cache = new Map<string, { at: number; value: ResolvedSession | null }>();

  constructor(private readonly deps: AccountsDeps) {}

  async resolve(token: string): Promise<ResolvedSession | null> {
    const tokenHash = this.deps.secrets.digest(token);
    const now = this.deps.clock();
    const hit = this.cache.get(tokenHash);
    if (hit && now.getTime() - hit.at < CACHE_MS) return hit.value;
    const value = await this.load(tokenHash, now);
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(tokenHash, { at: now.getTime(), value });
    return value;
  }

  forget(tokenHash?: string): void {
    if (tokenHash === undefined) this.cache.clear();
    else this.cache.delete(tokenHash);
  }

  /** Drops the cached sessions of one user (ended elsewhere: another instance, the CLI). */
  forgetUser(userId: string): void {
    for (const [key, hit] of this.cache)
      if (hit.value === null || hit.value.actor.userId === userId) this.cache.delete(key);
  }

  private async load(tokenHash: string, now: Date): Promise<ResolvedSession | null> {
    const session = await this.deps.sessions.find(tokenHash, now);
    if (!session) return null;
    const user = await this.deps.users.findById(session.userId);
    if (!user || user.disabledAt) return null;
    const [childIds, caseloadIds] = await Promise.all([
      user.role === 'guardian' ? this.deps.students.childIds(user.id) : [],
      user.role === 'counselor' ? this.deps.students.caseloadIds(user.id) : [],
    ]);
    return {
      actor: {
        userId: user.id,
        role: user.role,
        orgId: user.orgId,
        districtId: user.districtId,
        childIds,
        caseloadIds,
      },
      tokenHash,
      csrfToken: session.csrfToken,
      totpSatisfied: session.totpPassed || !ROLES_REQUIRING_TOTP.has(user.role),
    };
  }
}
