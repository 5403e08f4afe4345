/**
 * The caseload as a CSV file: the very rows the caller's list shows with the same filters and
 * sort (read through readCaseload, so the same authorization and scope), in the request's
 * language, audited once as `caseload.export` naming the students' ids, the count and the
 * filters. It does not count against the daily cap of student-export.ts: see
 * docs/ARCHITECTURE.md ("Caseload export and the daily export cap").
 */
import type { TCaseloadFilters } from '../../contracts/caseload.ts';
import type { Lang } from '../../domain/framework.ts';
import { caseloadToCsv } from '../../importers/caseload-csv.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { readCaseload } from './caseload.ts';

export interface CaseloadCsv {
  csv: string;
  count: number;
  fileName: string;
}

export async function exportCaseloadCsv(
  deps: RecordsDeps,
  caller: Caller,
  query: TCaseloadFilters & { lang: Lang },
): Promise<CaseloadCsv> {
  const caseload = await readCaseload(deps, caller, query, 'csv');
  const day = deps.clock().toISOString().slice(0, 10);
  return {
    csv: caseloadToCsv(caseload, query.lang),
    count: caseload.items.length,
    fileName: `${query.lang === 'es' ? 'estudiantes' : 'caseload'}-${day}.csv`,
  };
}
