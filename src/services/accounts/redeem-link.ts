/** Sets a password with a one-time link; the link then no longer works. */
import { AppError } from '../../domain/errors.ts';
import { audit } from './audit.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';

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
    throw new AppError(
      'unauthenticated',
      'This link is not valid: it was already used or has expired. Ask an admin for a new one.',
      'token',
    );
  }
  const user = await deps.users.findById(userId);
  await audit(
    deps,
    user ? { userId: user.id, role: user.role, districtId: user.districtId } : null,
    { action: 'auth.redeem_link', outcome: 'ok', targetType: 'user', targetId: userId },
    options.origin,
  );
}
