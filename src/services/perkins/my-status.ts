/**
 * `GET /api/v1/me/perkins`: a student's own Perkins V status in each program of study ("You are a
 * CTE concentrator in Nursing"), from their transcript and the transfer credit that counts, by
 * the one rule the report and the caseload use (student-statuses.ts). Only the student may ask
 * (their own record; nothing to audit).
 */
import type { TMyPerkinsStatus, TPerkinsProfile } from '../../contracts/perkins.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import { authorize } from '../accounts/authorize.ts';
import type { Caller } from '../accounts/caller.ts';
import { loadCourseMap, type PerkinsDeps } from './perkins-report.ts';
import { perkinsStatuses } from './student-statuses.ts';

export async function myPerkinsStatus(
  deps: PerkinsDeps,
  caller: Caller,
  options: { profile: TPerkinsProfile; year: number },
): Promise<TMyPerkinsStatus> {
  if ('cli' in caller || caller.actor.role !== 'student')
    throw forbidden('Only a signed-in student has a Perkins status of their own.');
  const student = await deps.records.roster.find(caller.actor.userId);
  if (!student) throw notFound('Your school has not imported your record yet.', 'student');
  await authorize(deps.records, caller.actor, 'perkins.self', {
    type: 'student',
    id: student.userId,
    districtId: student.districtId,
    userId: student.userId,
  });
  const map = await loadCourseMap(deps, options.profile, student.districtId);
  const [rows, transfers] = await Promise.all([
    deps.records.transcripts.ofStudent(student.districtId, student.userId),
    deps.records.transfers.ofStudent(student.districtId, student.userId),
  ]);
  const statuses = perkinsStatuses(
    options.profile,
    map,
    { districtId: student.districtId, attempts: rows, transfers },
    options.year,
  );
  return {
    year: options.year,
    profile: options.profile.id,
    programs: [...statuses]
      .map(([programKey, status]) => ({
        programKey,
        title: map.titles.get(programKey) ?? { en: programKey },
        status,
      }))
      .sort((a, b) => a.title.en.localeCompare(b.title.en)),
  };
}
