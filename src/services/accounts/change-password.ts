/** A signed-in user changes their password; every other session ends. */
import type { Actor } from '../../domain/auth/policy.ts';
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export async function changePassword(
  deps: AccountsDeps,
  options: {
    actor: Actor;
    currentPassword: string;
    newPassword: string;
    keepTokenHash: string;
    origin?: RequestOrigin;
  },
): Promise<void> {
  const user = await deps.users.findById(options.actor.userId);
  if (
    !user?.passwordHash ||
    !(await deps.hasher.verify(user.passwordHash, options.currentPassword))
  ) {
    throw accountRefusal('invalid', 'currentPasswordWrong', {}, 'currentPassword');
  }
  await deps.users.setPassword(user.id, await deps.hasher.hash(options.newPassword));
  const kept = await deps.sessions.find(options.keepTokenHash, deps.clock());
  await deps.sessions.deleteAllOfUser(user.id);
  if (kept)
    await deps.sessions.insert({ ...kept, ip: options.origin?.ip ?? null, userAgent: null });
  await audit(
    deps,
    options.actor,
    { action: 'auth.change_password', outcome: 'ok', targetType: 'user', targetId: user.id },
    options.origin,
  );
}
