/** Admin use cases on accounts: create (with a set-password link), list, disable. */
import { checkRoleOrg } from '../../domain/auth/org-rules.ts';
import type { Role } from '../../domain/auth/roles.ts';
import type { Lang } from '../../domain/framework.ts';
import { formatMessage, type MessageValues } from '../../domain/i18n/message.ts';
import type { TUser, TUserCreate } from '../../contracts/accounts.ts';
import type { UserRecord } from '../../db/user-repository.ts';
import { ISSUE_MESSAGES, type IssueText } from '../../importers/issue-text.ts';
import { nameIssue, tidyName } from '../../importers/person-name.ts';
import { dependenceOf } from './approver-independence.ts';
import { auditCaller, authorizeCaller, type Caller } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { createLink, deliverLink, type IssuedLink } from './issue-link.ts';
import { presentUser } from './present.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export async function createUser(
  deps: AccountsDeps,
  caller: Caller,
  input: TUserCreate & { baseUrl: string; password?: string; totpSecret?: string },
): Promise<{ user: TUser; link: IssuedLink }> {
  const org = await deps.orgs.find(input.orgId);
  if (!org) throw accountRefusal('not_found', 'noOrgId', { id: input.orgId }, 'orgId');
  checkRoleOrg(input.role, org);
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'user',
    id: input.email,
    districtId: org.districtId,
  });
  const name = tidyName(input.name);
  if (name === '') throw accountRefusal('invalid', 'nameEmpty', {}, 'name');
  const problem = nameIssue(name, 200);
  if (problem) throw accountRefusal('invalid', 'nameProblem', issueValues(problem), 'name');
  if (await deps.users.findByEmail(input.email))
    throw accountRefusal('conflict', 'emailTaken', { email: input.email }, 'email');
  if (input.role === 'student' && org.kind !== 'school')
    throw accountRefusal('invalid', 'studentSchool', {}, 'orgId');
  const split = splitName(input);
  const awaitsApproval =
    !('cli' in caller) && caller.actor.role === 'district_admin' && input.role === 'district_admin';
  const passwordHash = input.password ? await deps.hasher.hash(input.password) : null;
  const id = deps.secrets.id();
  const user = await deps.transaction(async (repos) => {
    await repos.users.insert({
      id,
      email: input.email.toLowerCase(),
      name,
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
        ...split,
      });
    }
    // A district admin made by a district admin waits, disabled, for the state admin or a
    // second, independent district admin to enable it (see setUserDisabled).
    if (awaitsApproval) await repos.users.setDisabled(id, deps.clock());
    return (await repos.users.findById(id)) as UserRecord;
  });
  const link = await deliverLink(deps, user, await createLink(deps, user, input.baseUrl));
  await auditCaller(deps, caller, {
    action: 'user.create',
    targetType: 'user',
    targetId: id,
    districtId: user.districtId,
    detail: {
      role: user.role,
      ...(awaitsApproval ? { awaitingApproval: true } : {}),
      ...(link.emailed !== undefined ? { emailed: link.emailed } : {}),
    },
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
  const users = await deps.users.list({ districtId, role: filter.role });
  const further = await deps.counselorSchools.listMany(
    users.filter((u) => u.role === 'counselor').map((u) => u.id),
  );
  return users.map((u) =>
    u.role === 'counselor'
      ? { ...presentUser(u), furtherSchools: further.get(u.id) ?? [] }
      : presentUser(u),
  );
}

export async function setUserDisabled(
  deps: AccountsDeps,
  caller: Caller,
  options: { email: string; disabled: boolean },
): Promise<TUser> {
  const user = await deps.users.findByEmail(options.email);
  if (!user) throw accountRefusal('not_found', 'noUserEmail', { email: options.email }, 'email');
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'user',
    id: user.id,
    districtId: user.districtId,
  });
  if (!options.disabled && user.role === 'district_admin')
    await checkSecondAdmin(deps, caller, user);
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

/**
 * Enabling a district admin is the second person's step of creating one: the state admin may,
 * or a district admin independent of whoever created it (approver-independence.ts).
 */
async function checkSecondAdmin(deps: AccountsDeps, caller: Caller, user: UserRecord) {
  if ('cli' in caller || caller.actor.role === 'state_admin') return;
  const enabler = await deps.users.findById(caller.actor.userId);
  const creatorId = await deps.audit.creatorOf(user.id);
  const creator = creatorId ? await deps.users.findById(creatorId) : undefined;
  const dependence =
    !enabler || enabler.id === user.id
      ? 'self'
      : creator
        ? await dependenceOf(deps, creator, enabler)
        : undefined;
  if (!dependence) return;
  await auditCaller(deps, caller, {
    action: 'user.enable',
    outcome: 'denied',
    targetType: 'user',
    targetId: user.id,
    districtId: user.districtId,
    detail: { reason: dependence },
  });
  throw accountRefusal('forbidden', 'secondAdmin', { reason: dependence });
}

/**
 * A student's given and family names, tidied like the shown name (blank: none). Only a student
 * has them on record.
 */
function splitName(input: TUserCreate): { givenName: string | null; familyName: string | null } {
  const out = { givenName: null as string | null, familyName: null as string | null };
  for (const field of ['givenName', 'familyName'] as const) {
    const value = tidyName(input[field] ?? '');
    if (value === '') continue;
    const part = field === 'givenName' ? 'given' : 'family';
    if (input.role !== 'student')
      throw accountRefusal('invalid', 'nameOnlyStudent', { part }, field);
    const problem = nameIssue(value, 200);
    if (problem)
      throw accountRefusal('invalid', 'namePartProblem', issueValues(problem, { part }), field);
    out[field] = value;
  }
  return out;
}

/** A name's problem (issue-text.ts) as the `problem` value, in each language. */
function issueValues(issue: IssueText, more: MessageValues = {}) {
  return (lang: Lang): MessageValues => ({
    ...more,
    problem: formatMessage(lang, ISSUE_MESSAGES[lang][issue.key], issue.params),
  });
}
