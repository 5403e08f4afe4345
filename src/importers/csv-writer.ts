/**
 * The one CSV writer for every file Wayfinder hands out (program, student, framework and Perkins
 * exports, the district progress file). A spreadsheet runs a cell that begins with =, +, -, @, a
 * tab, a carriage return or a line feed as a formula (CSV injection; OWASP, "CSV Injection"), so
 * such a cell is written with a leading apostrophe, which spreadsheets show as text. So is one
 * whose formula sign comes after spaces, or is the full-width sign (＝, ＋, －, ＠) that some
 * spreadsheets take for the plain one. Plain numbers ("-1", "-2.5") stay as they are: they cannot
 * carry a formula. A cell holding a semicolon or a tab is quoted, so a spreadsheet whose list
 * separator is the semicolon (locales with a decimal comma) cannot split it into a cell that
 * starts a formula.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as a spreadsheet will show it, never run it. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Cells quoted besides those the RFC asks for: a semicolon or tab inside a cell. */
export const QUOTE_ALSO = /[;\t]/;

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so Excel reads accents right. */
  bom?: boolean;
}

/** A header row of `columns`, then `rows`, every cell neutralized. */
export function writeCsv(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  return stringify(
    rows.map((row) => row.map(neutralizeCell)),
    {
      header: true,
      columns: columns.map(neutralizeCell),
      bom: options.bom ?? false,
      quoted_match: QUOTE_ALSO,
    },
  );
}
