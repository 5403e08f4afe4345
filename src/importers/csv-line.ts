/**
 * One CSV line (RFC 4180 quoting), for files written a row at a time (the district progress
 * file, generated rosters and transcripts). Text cells go through the shared writer's
 * `neutralizeCell` (csv-writer.ts), so a cell that a spreadsheet would run as a formula gets a
 * leading apostrophe, exactly as in every other export; numbers are written as they are.
 */
import { neutralizeCell, QUOTE_ALSO } from './csv-writer.ts';

export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutralizeCell(value);
  return /[",\r\n]/.test(safe) || QUOTE_ALSO.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
