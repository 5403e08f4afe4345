/** Writes one audit entry: who, what, when, from where. Never student fields or secrets. */
import type { AuditEntry } from '../../db/audit-repository.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';

export async function audit(
  deps: Pick<AccountsDeps, 'audit' | 'clock'>,
  actor: Pick<Actor, 'userId' | 'role' | 'districtId'> | null,
  entry: Omit<AuditEntry, 'at' | 'actorId' | 'actorRole' | 'districtId' | 'ip'> & {
    districtId?: string | null;
  },
  origin?: RequestOrigin,
): Promise<void> {
  await deps.audit.append({
    ...entry,
    at: deps.clock(),
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    districtId: entry.districtId !== undefined ? entry.districtId : (actor?.districtId ?? null),
    ip: origin?.ip ?? null,
  });
}
