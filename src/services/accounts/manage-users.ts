/** Admin use cases on accounts: create (with a set-password link), list, disable. */
import { checkRoleOrg } from '../../domain/auth/org-rules.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import type { TUser, TUserCreate } from '../../contracts/accounts.ts';
import type { UserRecord } from '../../db/user-repository.ts';
import { auditCaller, authorizeCaller, type Caller } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { createLink, deliverLink, type IssuedLink } from './issue-link.ts';
import { presentUser } from './present.ts';

export async function createUser(
  deps: AccountsDeps,
  caller: Caller,
  input: TUserCreate & { baseUrl: string; password?: string; totpSecret?: string },
): Promise<{ user: TUser; link: IssuedLink }> {
  const org = await deps.orgs.find(input.orgId);
  if (!org) throw notFound(`No organization has the id ${input.orgId}.`, 'orgId');
  checkRoleOrg(input.role, org);
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'user',
    id: input.email,
    districtId: org.districtId,
  });
  if (await deps.users.findByEmail(input.email))
    throw conflict(`A user with the email ${input.email} already exists.`, 'email');
  if (input.role === 'student' && org.kind !== 'school')
    throw invalid('A student belongs to a school.', 'orgId');
  const passwordHash = input.password ? await deps.hasher.hash(input.password) : null;
  const id = deps.secrets.id();
  const user = await deps.transaction(async (repos) => {
    await repos.users.insert({
      id,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      orgId: org.id,
      districtId: org.districtId,
      passwordHash,
      totpSecret: input.totpSecret ?? null,
      totpEnabled: input.totpSecret !== undefined,
    });
    if (input.role === 'student') {
      await repos.students.insert({
        districtId: org.districtId!,
        userId: id,
        schoolId: org.id,
        grade: input.grade ?? null,
        localId: input.localId ?? null,
      });
    }
    return (await repos.users.findById(id)) as UserRecord;
  });
  const link = await deliverLink(deps, user, await createLink(deps, user, input.baseUrl));
  await auditCaller(deps, caller, {
    action: 'user.create',
    targetType: 'user',
    targetId: id,
    districtId: user.districtId,
    detail: { role: user.role, ...(link.emailed !== undefined ? { emailed: link.emailed } : {}) },
  });
  return { user: presentUser(user), link };
}

export async function listUsers(
  deps: AccountsDeps,
  caller: Caller,
  filter: { districtId?: string; role?: Role },
): Promise<TUser[]> {
  let districtId = filter.districtId;
  if (districtId === undefined && !('cli' in caller) && caller.actor.role !== 'state_admin')
    districtId = caller.actor.districtId ?? '';
  await authorizeCaller(deps, caller, 'user.read', {
    type: 'district',
    id: districtId ?? 'all',
    districtId: districtId ?? null,
  });
  return (await deps.users.list({ districtId, role: filter.role })).map(presentUser);
}

export async function setUserDisabled(
  deps: AccountsDeps,
  caller: Caller,
  options: { email: string; disabled: boolean },
): Promise<TUser> {
  const user = await deps.users.findByEmail(options.email);
  if (!user) throw notFound(`No user has the email ${options.email}.`, 'email');
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'user',
    id: user.id,
    districtId: user.districtId,
  });
  await deps.users.setDisabled(user.id, options.disabled ? deps.clock() : null);
  if (options.disabled) await deps.sessions.deleteAllOfUser(user.id);
  await auditCaller(deps, caller, {
    action: options.disabled ? 'user.disable' : 'user.enable',
    targetType: 'user',
    targetId: user.id,
    districtId: user.districtId,
  });
  return presentUser((await deps.users.findById(user.id))!);
}
