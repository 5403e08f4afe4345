/**
 * Who on a caseload is a CTE concentrator this school year, and in which programs of study: the
 * federal Perkins V rule (at least two courses of one program) as the Perkins counts take it,
 * through the one definition they share (perkins/student-statuses.ts) over the district's course
 * map, read once for the whole list (two set-based reads, whatever its length).
 */
import type { TPerkinsProfile } from '../../contracts/perkins.ts';
import type { AttemptRow } from '../../db/transcript-repository.ts';
import type { Lang } from '../../domain/framework.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import { atLeast } from '../../domain/perkins/status.ts';
import type { TransferCredit } from '../../domain/requirements/transfer.ts';
import { schoolYearOf } from '../../domain/triage/signals.ts';
import { loadCourseMap } from '../perkins/perkins-report.ts';
import { perkinsStatuses } from '../perkins/student-statuses.ts';
import type { RecordsDeps } from '../records/deps.ts';

/** The rule the caseload flags by: the federal one, the default of the Perkins counts. */
const FEDERAL: TPerkinsProfile = perkinsProfile('federal')!;

export interface ConcentratorProgram {
  key: string;
  title: { en: string; es?: string };
}

/** Student id → the programs they are a concentrator (or completer) in, by title; absent: none. */
export async function caseloadConcentrators(
  deps: Pick<RecordsDeps, 'perkins' | 'clock'>,
  districtId: string,
  students: ReadonlyArray<{ userId: string }>,
  records: {
    attempts: ReadonlyMap<string, readonly AttemptRow[]>;
    transfers: ReadonlyMap<string, readonly TransferCredit[]>;
  },
): Promise<Map<string, ConcentratorProgram[]>> {
  const found = new Map<string, ConcentratorProgram[]>();
  if (students.length === 0) return found;
  const map = await loadCourseMap(deps, FEDERAL, districtId);
  const year = schoolYearOf(deps.clock());
  for (const { userId } of students) {
    const statuses = perkinsStatuses(
      FEDERAL,
      map,
      {
        districtId,
        attempts: records.attempts.get(userId) ?? [],
        transfers: records.transfers.get(userId) ?? [],
      },
      year,
    );
    const programs = [...statuses]
      .filter(([, status]) => atLeast(status, 'concentrator'))
      .map(([key]) => ({ key, title: map.titles.get(key) ?? { en: key } }))
      .sort((a, b) => a.title.en.localeCompare(b.title.en) || a.key.localeCompare(b.key));
    if (programs.length > 0) found.set(userId, programs);
  }
  return found;
}

/** A program's title in the language asked for (English when it has no Spanish one). */
export const programTitle = (p: ConcentratorProgram, lang: Lang) =>
  lang === 'es' ? (p.title.es ?? p.title.en) : p.title.en;
