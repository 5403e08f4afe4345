/** Applies the policy table; a denial of a student record is logged, then refused. */
import { allows, type Action, type Actor, type Target } from '../../domain/auth/policy.ts';
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export async function authorize(
  deps: Pick<AccountsDeps, 'audit' | 'clock'>,
  actor: Actor | null,
  action: Action,
  target: Target & { type: string; id: string },
  origin?: RequestOrigin,
): Promise<void> {
  if (allows(actor, action, target)) return;
  await audit(
    deps,
    actor,
    { action, outcome: 'denied', targetType: target.type, targetId: target.id },
    origin,
  );
  throw accountRefusal('forbidden', 'notAllowed', { action: action.replace('.', ' ') });
}
