/**
 * First start on an empty database: creates the state organization and its first admin, with
 * the password from the environment (automated installs) or a one-time link to set it.
 */
import { audit } from './audit.ts';
import { CLI } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import type { IssuedLink } from './issue-link.ts';
import { createUser } from './manage-users.ts';

export const STATE_ORG_ID = 'state';

export type Bootstrap = { created: false } | { created: true; email: string; link?: IssuedLink };

export async function bootstrapAdmin(
  deps: AccountsDeps,
  options: { email: string; password?: string | undefined; baseUrl: string },
): Promise<Bootstrap> {
  if ((await deps.users.count('state_admin')) > 0) return { created: false };
  const states = (await deps.orgs.list()).filter((o) => o.kind === 'state');
  let stateId = states[0]?.id;
  if (!stateId) {
    stateId = STATE_ORG_ID;
    await deps.orgs.insert({
      id: stateId,
      kind: 'state',
      name: 'State CTE Office',
      parentId: null,
      districtId: null,
    });
  }
  const { user, link } = await createUser(deps, CLI, {
    email: options.email,
    name: 'State administrator',
    role: 'state_admin',
    orgId: stateId,
    baseUrl: options.baseUrl,
    ...(options.password ? { password: options.password } : {}),
  });
  await audit(deps, null, {
    action: 'auth.bootstrap_admin',
    outcome: 'ok',
    targetType: 'user',
    targetId: user.id,
    districtId: null,
  });
  return options.password
    ? { created: true, email: user.email }
    : { created: true, email: user.email, link };
}
