/**
 * A student a request names, looked up in one district only: by the district's local id first,
 * else by user id. Another district's student, or nobody, is "no such student" (studentId).
 */
import { noDistrictStudent } from '../../domain/records/no-district-student.ts';
import type { RecordRepos } from './deps.ts';

export interface DistrictStudent {
  userId: string;
  localId: string | null;
}

export async function findDistrictStudent(
  repos: Pick<RecordRepos, 'roster'>,
  districtId: string,
  written: string,
): Promise<DistrictStudent> {
  const key = written.trim();
  const byLocal = (await repos.roster.byLocalIds(districtId, [key])).get(key);
  if (byLocal) return { userId: byLocal.userId, localId: byLocal.localId };
  const byUser = await repos.roster.find(key);
  if (byUser && byUser.districtId === districtId)
    return { userId: byUser.userId, localId: byUser.localId };
  throw noDistrictStudent(districtId, written);
}
