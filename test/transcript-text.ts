/** Transcript CSV text for importer tests: lines from a header and rows, and what parsing makes of them. */
import { expect } from 'vitest';
import { formatIssue } from '../src/importers/tabular.ts';
import { parseTranscriptCsv } from '../src/importers/transcript-csv.ts';

export const parse = (text: string) => parseTranscriptCsv({ name: 't.csv', text });

export const lines = (header: string, rows: string[], end = '\n') =>
  `${[header, ...rows].join(end)}${end}`;

/** The rows of a file that must parse without a single problem. */
export const rowsOf = (text: string) => {
  const parsed = parse(text);
  expect(parsed.issues.map(formatIssue)).toEqual([]);
  return parsed.rows;
};

/** The problems of a file, as the import reports them. */
export const problems = (text: string) => parse(text).issues.map(formatIssue);
