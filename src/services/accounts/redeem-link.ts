/** Sets a password with a one-time link; the link then no longer works. */
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export async function redeemPasswordLink(
  deps: AccountsDeps,
  options: { token: string; password: string; origin?: RequestOrigin },
): Promise<void> {
  const passwordHash = await deps.hasher.hash(options.password);
  const userId = await deps.transaction(async (repos) => {
    const link = await repos.sessions.useLink(
      deps.secrets.digest(options.token),
      'set_password',
      deps.clock(),
    );
    if (!link) return undefined;
    await repos.users.setPassword(link.userId, passwordHash);
    await repos.sessions.deleteAllOfUser(link.userId);
    return link.userId;
  });
  if (!userId) {
    throw accountRefusal('unauthenticated', 'linkInvalid', {}, 'token');
  }
  const user = await deps.users.findById(userId);
  await audit(
    deps,
    user ? { userId: user.id, role: user.role, districtId: user.districtId } : null,
    { action: 'auth.redeem_link', outcome: 'ok', targetType: 'user', targetId: userId },
    options.origin,
  );
}
