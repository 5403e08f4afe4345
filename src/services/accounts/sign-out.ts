/** Sign out of this session, or of every session of the account. */
import type { Actor } from '../../domain/auth/policy.ts';
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import type { SessionResolver } from './resolve-session.ts';

export async function signOut(
  deps: AccountsDeps,
  resolver: SessionResolver,
  tokenHash: string,
): Promise<void> {
  await deps.sessions.delete(tokenHash);
  resolver.forget(tokenHash);
}

export async function signOutEverywhere(
  deps: AccountsDeps,
  resolver: SessionResolver,
  actor: Pick<Actor, 'userId' | 'role' | 'districtId'>,
  origin?: RequestOrigin,
): Promise<number> {
  const ended = await deps.sessions.deleteAllOfUser(actor.userId);
  resolver.forget();
  await audit(
    deps,
    actor,
    {
      action: 'auth.sign_out_everywhere',
      outcome: 'ok',
      targetType: 'user',
      targetId: actor.userId,
      detail: { ended },
    },
    origin,
  );
  return ended;
}
