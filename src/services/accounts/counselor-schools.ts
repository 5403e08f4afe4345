/**
 * The further schools a counselor serves beyond their own (a counselor shared by schools of one
 * district), and the school check every caseload link makes: the counselor's own school or one
 * of these, never a school of another district. Setting them is the counselor's own district
 * admin's (`user.counselor_schools`); a school no longer served takes its students off the
 * counselor's caseload in the same transaction (authority stays by caseload link alone).
 */
import type { TCounselorSchools } from '../../contracts/accounts.ts';
import type { AccountRepos } from '../../db/account-repos.ts';
import type { OrgRecord } from '../../db/org-repository.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';
import { auditCaller, authorizeCaller, type Caller } from './caller.ts';
import type { AccountsDeps } from './deps.ts';

/** The schools whose students may be on this counselor's caseload. */
export async function counselorSchoolIds(
  repos: Pick<AccountRepos, 'counselorSchools'>,
  counselor: { id: string; orgId: string },
): Promise<Set<string>> {
  return new Set([counselor.orgId, ...(await repos.counselorSchools.list(counselor.id))]);
}

/** Refuses (naming the field `schools`) any id that is not a school of `districtId`. */
export function checkFurtherSchools(
  districtId: string | null,
  schoolIds: readonly string[],
  orgs: Map<string, OrgRecord>,
): void {
  for (const id of schoolIds) {
    const org = orgs.get(id);
    if (!org || org.kind !== 'school' || districtId === null || org.districtId !== districtId)
      throw accountRefusal('invalid', 'furtherSchoolDistrict', { school: id }, 'schools');
  }
}

/** Sets a counselor's further schools to exactly `schools` (org ids; their own school is left out). */
export async function setCounselorSchools(
  deps: AccountsDeps,
  caller: Caller,
  options: { counselor: string; schools: readonly string[] },
): Promise<TCounselorSchools> {
  const user = await deps.users.findByEmail(options.counselor);
  if (!user)
    throw accountRefusal('not_found', 'noUserEmail', { email: options.counselor }, 'email');
  await authorizeCaller(deps, caller, 'user.counselor_schools', {
    type: 'user',
    id: user.id,
    districtId: user.districtId,
  });
  if (user.role !== 'counselor' || user.districtId === null)
    throw accountRefusal('invalid', 'furtherSchoolCounselor', { email: user.email }, 'schools');
  const districtId = user.districtId;
  const schools = [...new Set(options.schools)].filter((s) => s !== user.orgId).sort();
  checkFurtherSchools(districtId, schools, await deps.orgs.findMany(schools));
  const { added, dropped, ended } = await deps.transaction(async (repos) => {
    const change = await repos.counselorSchools.replace(districtId, user.id, schools);
    const ended = await repos.counselorSchools.endCaseloadAt(districtId, user.id, change.dropped);
    return { ...change, ended };
  });
  await auditCaller(deps, caller, {
    action: 'user.set_counselor_schools',
    targetType: 'user',
    targetId: user.id,
    districtId,
    detail: { schools, added, dropped, caseloadEnded: ended },
  });
  return {
    email: user.email,
    orgId: user.orgId,
    furtherSchools: schools,
    caseloadEnded: ended.length,
  };
}
