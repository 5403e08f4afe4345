/**
 * A one-time link to set a password (new account, reset, first start). It is shown once to the
 * admin who issues it; only its digest is stored. Issuing one ends the user's sessions.
 */
import type { UserRecord } from '../../db/user-repository.ts';
import { auditCaller, authorizeCaller, type Caller } from './caller.ts';
import { LINK_TTL_MS, type AccountsDeps } from './deps.ts';
import { mailFailure, passwordLinkMessage } from './mailer.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export const LINK_PATH = '/account/set-password';

export interface IssuedLink {
  url: string;
  expiresAt: string;
  /** Whether the link was also emailed to the user (only when SMTP is configured). */
  emailed?: boolean;
  /** Why emailing it failed; the link still works and can be handed over. */
  mailError?: string;
}

/** Emails the link to its user when a mailer is configured; a failure is reported, not thrown. */
export async function deliverLink(
  deps: AccountsDeps,
  user: UserRecord,
  link: IssuedLink,
): Promise<IssuedLink> {
  if (!deps.mailer) return link;
  try {
    await deps.mailer.send(
      passwordLinkMessage({
        to: user.email,
        name: user.name,
        url: link.url,
        expiresAt: link.expiresAt,
      }),
    );
    return { ...link, emailed: true };
  } catch (error) {
    return { ...link, emailed: false, mailError: mailFailure(error) };
  }
}

export async function createLink(
  deps: AccountsDeps,
  user: UserRecord,
  baseUrl: string,
): Promise<IssuedLink> {
  const token = deps.secrets.token();
  const expiresAt = new Date(deps.clock().getTime() + LINK_TTL_MS);
  await deps.sessions.insertLink({
    tokenHash: deps.secrets.digest(token),
    userId: user.id,
    purpose: 'set_password',
    expiresAt,
  });
  return {
    url: `${baseUrl.replace(/\/$/, '')}${LINK_PATH}#token=${token}`,
    expiresAt: expiresAt.toISOString(),
  };
}

export async function issuePasswordLink(
  deps: AccountsDeps,
  caller: Caller,
  options: { email: string; baseUrl: string },
): Promise<IssuedLink> {
  const user = await deps.users.findByEmail(options.email);
  if (!user) throw accountRefusal('not_found', 'noUserEmail', { email: options.email }, 'email');
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'user',
    id: user.id,
    districtId: user.districtId,
  });
  const link = await createLink(deps, user, options.baseUrl);
  await deps.sessions.deleteAllOfUser(user.id);
  const delivered = await deliverLink(deps, user, link);
  await auditCaller(deps, caller, {
    action: 'user.reset_link',
    targetType: 'user',
    targetId: user.id,
    districtId: user.districtId,
    ...(delivered.emailed !== undefined ? { detail: { emailed: delivered.emailed } } : {}),
  });
  return delivered;
}
