/**
 * The one CSV writer for every file Wayfinder hands out (program, student and framework exports).
 * A spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage return as a formula
 * (CSV injection), so such a cell is written with a leading apostrophe, which spreadsheets show
 * as text. Plain numbers ("-1", "-2.5") stay as they are: they cannot carry a formula.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as a spreadsheet will show it, never run it. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

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
    { header: true, columns: columns.map(neutralizeCell), bom: options.bom ?? false },
  );
}
