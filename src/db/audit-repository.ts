/** The append-only audit log: rows are inserted, never updated or deleted (a trigger refuses). */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export interface AuditEntry {
  at: Date;
  districtId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: string;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        at: entry.at,
        district_id: entry.districtId,
        actor_id: entry.actorId,
        actor_role: entry.actorRole,
        action: entry.action,
        outcome: entry.outcome,
        target_type: entry.targetType ?? null,
        target_id: entry.targetId ?? null,
        ip: entry.ip ?? null,
        detail: JSON.stringify(entry.detail ?? {}),
      })
      .execute();
  }

  /**
   * The users that any of `actorIds` created or gave a role (audited `user.create` or
   * `user.role_change`, ok) since a time.
   */
  async usersSponsoredBy(actorIds: readonly string[], since: Date): Promise<string[]> {
    if (actorIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('audit_log')
      .select('target_id')
      .distinct()
      .where('action', 'in', ['user.create', 'user.role_change'])
      .where('outcome', '=', 'ok')
      .where('actor_id', 'in', [...actorIds])
      .where('at', '>=', since)
      .where('target_id', 'is not', null)
      .execute();
    return rows.map((r) => r.target_id!);
  }

  /** Who created a user (the actor of its audited `user.create`; null for the command line). */
  async creatorOf(userId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'user.create')
      .where('outcome', '=', 'ok')
      .where('target_id', '=', userId)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row?.actor_id ?? null;
  }

  /** Newest first; one district's entries, or all (state). */
  async list(filter: {
    districtId?: string;
    action?: string;
    since?: Date;
    limit: number;
  }): Promise<AuditRecord[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (filter.districtId !== undefined) query = query.where('district_id', '=', filter.districtId);
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
    const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
    return rows.map((r) => ({
      id: String(r.id),
      at: r.at,
      districtId: r.district_id,
      actorId: r.actor_id,
      actorRole: r.actor_role,
      action: r.action,
      outcome: r.outcome as AuditEntry['outcome'],
      targetType: r.target_type,
      targetId: r.target_id,
      ip: r.ip,
      detail: r.detail,
    }));
  }

  /** How many entries of an action an actor made since a time (for daily export caps). */
  async countSince(actorId: string, action: string, since: Date): Promise<number> {
    const row = await this.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('actor_id', '=', actorId)
      .where('action', '=', action)
      .where('outcome', '=', 'ok')
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
