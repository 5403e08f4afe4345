/**
 * Runs one import: refuses it whole when any row has a problem, otherwise writes every table in
 * one transaction (or only counts, for a dry run) and returns the summary.
 */
import { AppError } from '../../domain/errors.ts';
import type { ImportTable } from '../../domain/occupation/import-records.ts';
import {
  IMPORT_TABLE_ORDER,
  type OccupationImportRepository,
} from '../../db/occupation-import-repository.ts';
import { addCounts, emptyCounts, type SyncCounts } from '../../db/sync-rows.ts';
import type { ImportKind, ImportPlan } from '../../importers/import-plan.ts';
import { formatIssue, type ImportIssue } from '../../importers/tabular.ts';

export interface ImportSummary extends SyncCounts {
  kind: ImportKind;
  source: { id: string; title: string; attribution: string };
  files: string[];
  rowsRead: number;
  rejected: number;
  skipped: number;
  dryRun: boolean;
  tables: Partial<Record<ImportTable, SyncCounts>>;
}

export interface ImportDeps {
  /** Runs the work in one transaction; a throw rolls everything back. */
  transaction<T>(work: (repo: OccupationImportRepository) => Promise<T>): Promise<T>;
  /** Called after a successful write, e.g. to refresh search. */
  afterWrite?: () => void;
}

export interface RunImportOptions {
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Thrown when an import has bad rows: names each file, line and column; nothing was written. */
export class ImportRejected extends AppError {
  constructor(readonly issues: ImportIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? `\n… and ${issues.length - shown.length} more` : '';
    super(
      'invalid',
      `Import refused, nothing was changed. ${issues.length} problem(s):\n${shown.join('\n')}${more}`,
      shown[0],
    );
  }
}

export async function runImport(
  deps: ImportDeps,
  plan: ImportPlan,
  options: RunImportOptions = {},
): Promise<ImportSummary> {
  if (plan.issues.length > 0) throw new ImportRejected(plan.issues);
  const dryRun = options.dryRun ?? false;
  const tables = IMPORT_TABLE_ORDER.filter((t) => (plan.data[t]?.length ?? 0) > 0);
  const total = tables.reduce((sum, t) => sum + (plan.data[t]?.length ?? 0), 0);
  let done = 0;
  options.onProgress?.(0, total);
  const perTable: Partial<Record<ImportTable, SyncCounts>> = {};
  const counts = await deps.transaction(async (repo) => {
    if (!dryRun) await repo.upsertSource(plan.source);
    let sum = emptyCounts();
    for (const table of tables) {
      const result = await repo.sync(table, plan.data, plan.source.id, { dryRun });
      // A newer release replaces the related occupations an older one listed.
      if (table === 'related' && !dryRun) await repo.removeUnlistedRelated(plan.data.related ?? []);
      perTable[table] = result;
      sum = addCounts(sum, result);
      done += plan.data[table]?.length ?? 0;
      options.onProgress?.(done, total);
    }
    return sum;
  });
  if (!dryRun) deps.afterWrite?.();
  return {
    kind: plan.kind,
    source: { id: plan.source.id, title: plan.source.title, attribution: plan.source.attribution },
    files: plan.files,
    rowsRead: plan.rowsRead,
    rejected: 0,
    skipped: plan.skipped,
    dryRun,
    tables: perTable,
    ...counts,
  };
}
