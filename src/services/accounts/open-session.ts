/** A new database session for a user who has proven who they are, and its audit entry. */
import type { TSession } from '../../contracts/accounts.ts';
import type { UserRecord } from '../../db/user-repository.ts';
import { audit } from './audit.ts';
import { SESSION_TTL_MS, type AccountsDeps, type RequestOrigin } from './deps.ts';
import { presentUser } from './present.ts';

export interface SignedIn extends TSession {
  /** The session token for the cookie; stored only as a digest. */
  token: string;
}

export async function openSession(
  deps: AccountsDeps,
  user: UserRecord,
  totp: TSession['totp'],
  origin: RequestOrigin,
  detail: Record<string, unknown> = {},
): Promise<SignedIn> {
  const token = deps.secrets.token();
  const csrfToken = deps.secrets.token();
  await deps.sessions.insert({
    tokenHash: deps.secrets.digest(token),
    userId: user.id,
    csrfToken,
    totpPassed: totp === 'passed' || totp === 'not_required',
    expiresAt: new Date(deps.clock().getTime() + SESSION_TTL_MS),
    ip: origin.ip,
    userAgent: origin.userAgent?.slice(0, 300) ?? null,
  });
  await audit(
    deps,
    { userId: user.id, role: user.role, districtId: user.districtId },
    {
      action: 'auth.sign_in',
      outcome: 'ok',
      targetType: 'user',
      targetId: user.id,
      detail: { totp, ...detail },
    },
    origin,
  );
  return { token, csrfToken, totp, user: presentUser(user) };
}
