/**
 * Reads the delimited text files publishers release (O*NET tab-separated text, NCES and BLS
 * CSV) into records that remember their line, and collects problems as file:line:column.
 */
import { parse } from 'csv-parse/sync';
import { fastRecords } from './csv-records.ts';
import type { MessageValues } from '../domain/i18n/message.ts';
import { issueText, type IssueKey, type IssueText } from './issue-text.ts';

export interface ImportIssue {
  file: string;
  line: number;
  /** 1-based field number; 0 when the problem is about the whole line. */
  column: number;
  columnName?: string | undefined;
  /** In English; `key` and `params` give it in another language (issue-text.ts). */
  message: string;
  key?: IssueKey | undefined;
  params?: MessageValues | undefined;
}

/** The text fields of a problem: plain English, or keyed (issue-text.ts). */
export const issueFields = (text: string | IssueText) =>
  typeof text === 'string' ? { message: text } : text;

export const formatIssue = (issue: ImportIssue): string =>
  `${issue.file}:${issue.line}:${issue.column}: ${issue.columnName ? `${issue.columnName}: ` : ''}${issue.message}`;

/** Header names compared without case, spaces or punctuation ("O*NET-SOC Code" ≡ "oNETSOCCode"). */
export const headerKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const TABLE_PREFIX = /^\s*(?:\[[^\]]*\]|[A-Za-z_]+\.(?=\S))/;

/** A header's key without the table a database export names it with ("[31]Grade" → "grade"). */
export const bareHeaderKey = (name: string): string => headerKey(name.replace(TABLE_PREFIX, ''));

export interface TabularRow {
  line: number;
  fields: string[];
}

export class TabularFile {
  readonly #index = new Map<string, number>();
  /** Columns whose name (as compared) another, earlier column has: column → that column. */
  readonly #twins = new Map<number, number>();
  /** The records after the header (a repeat of the header left out). */
  readonly rows: TabularRow[];

  constructor(
    /** The name shown in errors. */
    readonly name: string,
    readonly header: string[],
    rows: TabularRow[],
    readonly issues: ImportIssue[],
  ) {
    // A file made of several exports joined end to end repeats the header (maybe in another
    // case or spacing): not a record.
    const names = header.map(headerKey);
    const repeatsHeader = (row: TabularRow) =>
      row.fields.length === names.length &&
      names.some((name) => name !== '') &&
      headerKey(row.fields[0]!) === names[0] &&
      row.fields.every((field, i) => headerKey(field) === names[i]);
    this.rows = rows.some(repeatsHeader) ? rows.filter((row) => !repeatsHeader(row)) : rows;
    header.forEach((column, index) => {
      const key = headerKey(column);
      const first = this.#index.get(key);
      if (first === undefined) this.#index.set(key, index);
      else if (key !== '') this.#twins.set(index, first);
    });
    // A field named with its table, as database exports write it ("[1]Student_Number",
    // "StoredGrades.Grade"), is found under its own name too, when no column has that name.
    header.forEach((column, index) => {
      const key = TABLE_PREFIX.test(column) ? bareHeaderKey(column) : '';
      if (key !== '' && !this.#index.has(key)) this.#index.set(key, index);
    });
  }

  /** The column's index, or an issue on the header line when it is missing. */
  column(...names: string[]): number {
    for (const name of names) {
      const index = this.#index.get(headerKey(name));
      if (index !== undefined) return index;
    }
    // A file that could not be read (or is empty) has said so already.
    if (this.header.length === 0 && this.issues.length > 0) return -1;
    this.issues.push({
      file: this.name,
      line: 1,
      column: 0,
      ...issueText('missing_column', { name: names[0]!, ...this.#headerText() }),
    });
    return -1;
  }

  /** What the header reads, for a missing column's message: the columns there are. */
  #headerText(): { listed: string; columns: string } {
    const names = this.header.map((name) => name.trim()).filter((name) => name !== '');
    if (names.length === 0) return { listed: 'no', columns: '' };
    const text = names.join(', ');
    return { listed: 'yes', columns: text.length > 200 ? `${text.slice(0, 200)}…` : text };
  }

  /**
   * Finds a column under one more name (a system's short field code read as the field it
   * stands for), unless a column has that name itself.
   */
  alias(name: string, column: number): void {
    const key = headerKey(name);
    if (column >= 0 && !this.#index.has(key)) this.#index.set(key, column);
  }

  has(name: string): boolean {
    return this.#index.has(headerKey(name));
  }

  /**
   * A field, trimmed; `="02052"` (what exports write so a spreadsheet keeps leading zeros) is
   * read as `02052`.
   */
  get(row: TabularRow, column: number): string {
    if (column < 0) return '';
    const value = (row.fields[column] ?? '').trim();
    return value.length >= 3 && value.startsWith('="') && value.endsWith('"')
      ? value.slice(2, -1).trim()
      : value;
  }

  /**
   * Checks that a column read under a name and a later column of the same name (as compared:
   * "Grade" and "grade", "Course Code" and "COURSE_CODE") agree on the row: the first one is read,
   * so a second one that says otherwise is refused, naming both.
   */
  sameNames(row: TabularRow, columns: readonly number[]): void {
    for (const [twin, first] of this.#twins) {
      if (!columns.includes(first)) continue;
      const a = this.get(row, first);
      const b = this.get(row, twin);
      if (a === b) continue;
      const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
      this.fail(
        row,
        twin,
        issueText('same_name', {
          column: String(first + 1),
          name: this.header[first]!.trim(),
          here: shown(b),
          there: shown(a),
        }),
      );
    }
  }

  /** Records a problem with one field of a row. */
  fail(row: TabularRow, column: number, text: string | IssueText): void {
    this.issues.push({
      file: this.name,
      line: row.line,
      column: column + 1,
      columnName: this.header[column],
      ...issueFields(text),
    });
  }

  /** A required field: empty records a problem and returns undefined. */
  required(row: TabularRow, column: number): string | undefined {
    const value = this.get(row, column);
    if (column >= 0 && value === '') {
      this.fail(row, column, issueText('empty'));
      return undefined;
    }
    return column < 0 ? undefined : value;
  }
}

export type Delimiter = ',' | '\t' | ';';

export interface ReadOptions {
  delimiter: Delimiter;
}

/**
 * The delimiter of a student information system's export, told from its header line: a comma, a
 * semicolon (spreadsheets in locales whose decimal mark is a comma save "CSV" so) or a tab
 * (spreadsheets' "text" format), whichever the header holds most often outside quotes ("Course
 * Name, Full" in a tab-separated header is one column); a comma on a tie or when there is none.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] >= counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

/** Where the quoted field that never closes opens: line and 1-based field number. */
function unclosedQuote(
  text: string,
  delimiter: Delimiter,
): { line: number; column: number } | undefined {
  let line = 1;
  let field = 1;
  let atStart = true;
  let open: { line: number; column: number } | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (open) {
      if (c === '"' && text[i + 1] === '"') i += 1;
      else if (c === '"') open = undefined;
      else if (c === '\n') line += 1;
      atStart = false;
      continue;
    }
    if (c === '"' && atStart) open = { line, column: field };
    else if (c === delimiter) field += 1;
    else if (c === '\n') {
      line += 1;
      field = 1;
    }
    atStart = c === delimiter || c === '\n';
  }
  return open;
}

/**
 * The line a record starts on, from the line it ends on (what csv-parse counts) and its raw text:
 * a quoted field running over lines (a comment with line breaks) is named by its first line.
 */
function firstLine(raw: string, lastLine: number): number {
  const body = raw.replace(/^[\r\n]+/, '').replace(/(\r\n|\r|\n)$/, '');
  return lastLine - (body.match(/\r\n|\r|\n/g)?.length ?? 0);
}

/** A record of empty fields only (",,,,": a spreadsheet's empty row saved as CSV). */
const blank = (record: readonly string[]) => record.every((field) => field.trim() === '');

/** Parses delimited text with a header row (records of empty fields only are left out). Malformed text becomes an issue, not an exception. */
export function parseTabular(name: string, text: string, { delimiter }: ReadOptions): TabularFile {
  const issues: ImportIssue[] = [];
  const fast = fastRecords(text, delimiter);
  if (fast) {
    const [header, ...rest] = fast;
    if (!header) {
      issues.push({ file: name, line: 1, column: 0, ...issueText('file_empty') });
      return new TabularFile(name, [], [], issues);
    }
    const rows = rest.flatMap(({ record, line }) =>
      blank(record) ? [] : [{ line, fields: record }],
    );
    return new TabularFile(name, header.record, rows, issues);
  }
  // One kind of line end: csv-parse takes the first it meets as the only one, so a file joined
  // from a CRLF and an LF export would run records together (and miscount lines).
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(lines, {
      delimiter,
      bom: true,
      info: true,
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  } catch (error) {
    const open = (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED';
    const quoted = open ? unclosedQuote(lines, delimiter) : undefined;
    issues.push({
      file: name,
      line: quoted?.line ?? (error as { lines?: number }).lines ?? 0,
      column: quoted?.column ?? 0,
      ...issueText(quoted ? 'quote_not_closed' : 'unreadable', {
        error: error instanceof Error ? error.message : String(error),
      }),
    });
    return new TabularFile(name, [], [], issues);
  }
  const [header, ...rest] = records;
  if (!header) {
    issues.push({ file: name, line: 1, column: 0, ...issueText('file_empty') });
    return new TabularFile(name, [], [], issues);
  }
  const rows = rest.flatMap(({ record, raw, info }) =>
    blank(record) ? [] : [{ line: firstLine(raw, info.lines), fields: record }],
  );
  return new TabularFile(name, header.record, rows, issues);
}

/** Parses a number as publishers write it ("1,538.4"); undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.replace(/,/g, '').trim();
  if (text === '' || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}
