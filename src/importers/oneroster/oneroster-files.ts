/**
 * A OneRoster 1.2 CSV package: a zip or a folder holding manifest.csv and the bulk files
 * (orgs.csv, users.csv, courses.csv, classes.csv, enrollments.csv, academicSessions.csv). Reads
 * the files into rows that remember their file and line; problems are file:line:column.
 */
import { unzipSync } from 'fflate';
import type { SourceFile } from '../import-plan.ts';
import { issueText, type IssueText } from '../issue-text.ts';
import {
  issueFields,
  parseTabular,
  type ImportIssue,
  type TabularFile,
  type TabularRow,
} from '../tabular.ts';

export const ONEROSTER_FILES = [
  'manifest',
  'orgs',
  'users',
  'courses',
  'classes',
  'enrollments',
  'academicSessions',
] as const;
export type OneRosterFile = (typeof ONEROSTER_FILES)[number];
const REQUIRED: readonly OneRosterFile[] = ['manifest', 'orgs', 'users'];

/** A file's name in a package → which OneRoster file it is (any folder, any case). */
export function oneRosterFileOf(name: string): OneRosterFile | undefined {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/\.csv$/i, '')
    .toLowerCase();
  return ONEROSTER_FILES.find((f) => f.toLowerCase() === base);
}

/** The CSV files of a zip archive, as text; a broken archive is one problem. */
export function unzipPackage(name: string, bytes: Uint8Array): SourceFile[] | ImportIssue {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => /\.csv$/i.test(f.name) && f.originalSize < 512e6 });
  } catch (error) {
    return {
      file: name,
      line: 0,
      column: 0,
      ...issueText('not_zip', { error: (error as Error).message }),
    };
  }
  const decoder = new TextDecoder('utf-8');
  return Object.entries(entries).map(([entry, data]) => ({
    name: `${name}/${entry}`,
    text: decoder.decode(data),
  }));
}

/** One row of a OneRoster file with a way to name one of its fields in a problem. */
export class RosterFileRow {
  constructor(
    readonly file: TabularFile,
    readonly row: TabularRow,
  ) {}

  get(column: string): string {
    return this.file.has(column) ? this.file.get(this.row, this.file.column(column)) : '';
  }

  /** A multi-valued field ("a,b,c" in one quoted cell). */
  list(column: string): string[] {
    return this.get(column)
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }

  issue(column: string, text: string | IssueText): ImportIssue {
    const index = this.file.has(column) ? this.file.column(column) : -1;
    return {
      file: this.file.name,
      line: this.row.line,
      column: index + 1,
      columnName: index >= 0 ? this.file.header[index] : column,
      ...issueFields(text),
    };
  }
}

export interface OneRosterTables {
  /** Present files, by kind; rows marked tobedeleted are left out. */
  rows: Partial<Record<OneRosterFile, RosterFileRow[]>>;
  /** The rows marked tobedeleted, by kind (a delta file ends what they name). */
  deleted: Partial<Record<OneRosterFile, RosterFileRow[]>>;
  /** What manifest.csv says of each file (`file.users,bulk`); a file it does not name is absent. */
  modes: Partial<Record<OneRosterFile, 'bulk' | 'delta' | 'absent'>>;
  names: string[];
  issues: ImportIssue[];
}

const NEEDED_COLUMNS: Partial<Record<OneRosterFile, string[]>> = {
  manifest: ['propertyName', 'value'],
  orgs: ['sourcedId', 'name', 'type'],
  users: ['sourcedId', 'role', 'givenName', 'familyName', 'email', 'orgSourcedIds'],
  classes: ['sourcedId', 'schoolSourcedId'],
  enrollments: ['sourcedId', 'classSourcedId', 'userSourcedId', 'role'],
  courses: ['sourcedId'],
  academicSessions: ['sourcedId'],
};

export function readOneRoster(files: readonly SourceFile[]): OneRosterTables {
  const rows: OneRosterTables['rows'] = {};
  const deleted: OneRosterTables['deleted'] = {};
  const modes: OneRosterTables['modes'] = {};
  const issues: ImportIssue[] = [];
  const names: string[] = [];
  for (const source of files) {
    const kind = oneRosterFileOf(source.name);
    if (!kind) continue;
    if (rows[kind]) {
      issues.push({ file: source.name, line: 0, column: 0, ...issueText('second_file', { kind }) });
      continue;
    }
    names.push(source.name);
    const file = parseTabular(source.name, source.text, { delimiter: ',' });
    for (const column of NEEDED_COLUMNS[kind] ?? []) file.column(column);
    const status = file.has('status') ? file.column('status') : -1;
    const gone = (row: TabularRow) =>
      status >= 0 && file.get(row, status).toLowerCase() === 'tobedeleted';
    rows[kind] = file.rows.filter((row) => !gone(row)).map((row) => new RosterFileRow(file, row));
    deleted[kind] = file.rows.filter(gone).map((row) => new RosterFileRow(file, row));
    issues.push(...file.issues);
  }
  for (const kind of REQUIRED)
    if (!rows[kind])
      issues.push({
        file: files[0]?.name ?? 'package',
        line: 0,
        column: 0,
        ...issueText('no_file', { kind }),
      });
  for (const row of rows.manifest ?? []) {
    const property = row.get('propertyName');
    const value = row.get('value').toLowerCase();
    if (property === 'oneroster.version' && value !== '1.2')
      issues.push(row.issue('value', issueText('not_version', { value })));
    const kind = oneRosterFileOf(property.replace(/^file\./, ''));
    if (property.startsWith('file.') && kind && (value === 'bulk' || value === 'delta'))
      modes[kind] = value;
  }
  return { rows, deleted, modes, names, issues };
}
