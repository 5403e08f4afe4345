/**
 * Who runs an admin use case: a signed-in user (checked against the policy table), or the
 * operator at the server's command line (who holds the database already; still logged).
 */
import type { Action, Actor, Target } from '../../domain/auth/policy.ts';
import { audit } from './audit.ts';
import { authorize } from './authorize.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';

export type Caller = { actor: Actor; origin?: RequestOrigin } | { cli: true };

export const CLI: Caller = { cli: true };

export async function authorizeCaller(
  deps: Pick<AccountsDeps, 'audit' | 'clock'>,
  caller: Caller,
  action: Action,
  target: Target & { type: string; id: string },
) {
  if ('cli' in caller) return;
  await authorize(deps, caller.actor, action, target, caller.origin);
}

export async function auditCaller(
  deps: Pick<AccountsDeps, 'audit' | 'clock'>,
  caller: Caller,
  entry: {
    action: string;
    targetType: string;
    targetId: string;
    districtId: string | null;
    detail?: Record<string, unknown>;
    /** ok unless said otherwise (a refusal the log should keep). */
    outcome?: 'ok' | 'denied';
  },
) {
  const actor = 'cli' in caller ? null : caller.actor;
  const origin = 'cli' in caller ? undefined : caller.origin;
  await audit(
    deps,
    actor,
    {
      ...entry,
      outcome: entry.outcome ?? 'ok',
      detail: { ...entry.detail, ...('cli' in caller ? { via: 'cli' } : {}) },
    },
    origin,
  );
}
