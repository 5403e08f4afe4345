/** District admins read their district's audit log; the state reads all of it. */
import type { TAuditEntry } from '../../contracts/accounts.ts';
import { authorizeCaller, type Caller } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { presentAudit } from './present.ts';

export async function listAudit(
  deps: AccountsDeps,
  caller: Caller,
  filter: { districtId?: string; action?: string; limit: number },
): Promise<TAuditEntry[]> {
  let districtId = filter.districtId;
  if (districtId === undefined && !('cli' in caller) && caller.actor.role !== 'state_admin')
    districtId = caller.actor.districtId ?? '';
  await authorizeCaller(deps, caller, 'audit.read', {
    type: 'audit_log',
    id: districtId ?? 'all',
    districtId: districtId ?? null,
  });
  const rows = await deps.audit.list({ districtId, action: filter.action, limit: filter.limit });
  return rows.map(presentAudit);
}
