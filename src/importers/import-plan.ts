/** An import read and checked, ready to write: what each importer returns. */
import type { DataSourceInfo, ImportData } from '../domain/occupation/import-records.ts';
import type { ImportIssue } from './tabular.ts';

export const IMPORT_KINDS = [
  'onet',
  'clusters',
  'cip',
  'cip-soc',
  'wages',
  'projections',
  'bright-outlook',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportPlan {
  kind: ImportKind;
  source: DataSourceInfo;
  data: ImportData;
  /** Files read, as shown in messages. */
  files: string[];
  /** Data rows read from the files. */
  rowsRead: number;
  /** Rows left out on purpose (placeholders, aggregates, history), not errors. */
  skipped: number;
  /** Problems found; any problem means nothing is written. */
  issues: ImportIssue[];
}

export interface SourceFile {
  /** The name shown in messages (a path relative to where the user pointed). */
  name: string;
  text: string;
}
