/**
 * What every student-record import shares: the caller may import into the district, a file with
 * any problem is refused whole (the first problem as file:line:column, with the count of the
 * rest), the writes run in one transaction, and a dry run makes them and rolls them back, so its
 * counts are exactly those a real run would give.
 */
import { invalid } from '../../domain/errors.ts';
import { unknownDistrict } from '../../domain/records/unknown-district.ts';
import { formatIssue, type ImportIssue } from '../../importers/tabular.ts';
import { localizeIssue, REFUSED } from '../../importers/issue-text.ts';
import { formatMessage } from '../../domain/i18n/message.ts';
import type { Lang } from '../../domain/framework.ts';
import type { Caller } from '../accounts/caller.ts';
import { audit } from '../accounts/audit.ts';
import { authorize } from '../accounts/authorize.ts';
import type { LoadedTable } from '../../db/table-statistics.ts';
import type { RecordRepos, RecordsDeps } from './deps.ts';

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportOptions {
  districtId: string;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export function refuseIssues(issues: readonly ImportIssue[]): void {
  const first = issues[0];
  if (!first) return;
  // Told in English and Spanish (a problem not keyed yet stays English, with Spanish around it).
  const told = (lang: Lang) =>
    `${formatIssue(localizeIssue(first, lang))}${formatMessage(lang, REFUSED[lang], { more: issues.length - 1 })}`;
  throw invalid(told('en'), `${first.file}:${first.line}:${first.column}`, { es: told('es') });
}

export async function authorizeImport(
  deps: RecordsDeps,
  caller: Caller,
  districtId: string,
): Promise<{ schools: Set<string>; schoolNames: Map<string, string> }> {
  if (!('cli' in caller))
    await authorize(
      deps,
      caller.actor,
      'records.import',
      { type: 'district', id: districtId, districtId },
      caller.origin,
    );
  const district = await deps.roster.district(districtId);
  if (!district) throw unknownDistrict(districtId);
  return district;
}

class DryRun extends Error {
  constructor(readonly value: unknown) {
    super('dry run');
  }
}

/**
 * Runs the writes in one transaction; a dry run rolls them back and returns their result. Imports
 * into one district run one after another (a lock held to the end of the transaction): what an
 * import decides from the rows it finds (a student is new, a student has no attempts yet, so
 * they are inserted rather than upserted) then still holds when it writes.
 */
export async function writeAll<T>(
  deps: RecordsDeps,
  districtId: string,
  dryRun: boolean,
  work: (repos: RecordRepos) => Promise<T>,
): Promise<T> {
  try {
    return await deps.transaction(async (repos) => {
      await repos.roster.lockImports(districtId);
      const result = await work(repos);
      if (dryRun) throw new DryRun(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.value as T;
    throw error;
  }
}

/** After a committed import: fresh planner statistics when it grew the tables by much. */
export async function refreshStatistics(
  deps: RecordsDeps,
  tables: readonly LoadedTable[],
  added: number,
): Promise<void> {
  await deps.statistics.refreshAfterLoad(tables, added);
}

export async function auditDistrictAction(
  deps: RecordsDeps,
  caller: Caller,
  action: string,
  districtId: string,
  detail: Record<string, unknown>,
): Promise<void> {
  const actor = 'cli' in caller ? null : caller.actor;
  await audit(
    deps,
    actor,
    {
      action,
      outcome: 'ok',
      targetType: 'district',
      targetId: districtId,
      districtId,
      detail: { ...detail, ...('cli' in caller ? { via: 'cli' } : {}) },
    },
    'cli' in caller ? undefined : caller.origin,
  );
}
