/** Organizations: create one in its place (state → district → school; colleges; employers), list. */
import { placeOrg } from '../../domain/auth/org-rules.ts';
import type { TOrg, TOrgCreate } from '../../contracts/accounts.ts';
import { auditCaller, authorizeCaller, type Caller } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { presentOrg } from './present.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export async function createOrg(
  deps: AccountsDeps,
  caller: Caller,
  input: TOrgCreate,
): Promise<TOrg> {
  const parent = input.parentId === undefined ? undefined : await deps.orgs.find(input.parentId);
  if (input.parentId !== undefined && !parent)
    throw accountRefusal('not_found', 'noOrgId', { id: input.parentId }, 'parentId');
  const districtId = placeOrg(input.kind, input.id, parent);
  await authorizeCaller(deps, caller, 'org.write', {
    type: 'organization',
    id: input.id,
    districtId,
  });
  if (await deps.orgs.find(input.id))
    throw accountRefusal('conflict', 'orgExists', { id: input.id }, 'id');
  const org = {
    id: input.id,
    kind: input.kind,
    name: input.name,
    parentId: parent?.id ?? null,
    districtId,
  };
  await deps.orgs.insert(org);
  await auditCaller(deps, caller, {
    action: 'org.create',
    targetType: 'organization',
    targetId: org.id,
    districtId,
  });
  return presentOrg(org);
}

export async function listOrgs(
  deps: AccountsDeps,
  caller: Caller,
  filter: { districtId?: string } = {},
): Promise<TOrg[]> {
  let districtId = filter.districtId;
  if (districtId === undefined && !('cli' in caller) && caller.actor.role !== 'state_admin')
    districtId = caller.actor.districtId ?? '';
  await authorizeCaller(deps, caller, 'org.read', {
    type: 'district',
    id: districtId ?? 'all',
    districtId: districtId ?? null,
  });
  return (await deps.orgs.list(districtId)).map(presentOrg);
}
