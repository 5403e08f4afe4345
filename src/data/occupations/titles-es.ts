/**
 * Our Spanish titles for every O*NET-SOC occupation (titles-es.tsv, one row per code; see
 * README.md). O*NET publishes English titles only; these are written by Wayfinder contributors
 * in short US Spanish and follow docs/glossary-es.md. Read once, at start-up.
 */
import { readFileSync } from 'node:fs';

export const SPANISH_TITLES_FILE = new URL('./titles-es.tsv', import.meta.url);

/** code → Spanish title; throws naming file:line on a malformed or repeated row. */
export function parseSpanishTitles(text: string, file = 'titles-es.tsv'): Map<string, string> {
  const titles = new Map<string, string>();
  text.split('\n').forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const [code, title, ...rest] = line.split('\t');
    const at = `${file}:${index + 1}`;
    if (!code || !/^\d{2}-\d{4}\.\d{2}$/.test(code) || !title?.trim() || rest.length > 0)
      throw new Error(`${at}: expected "O*NET-SOC code<TAB>Spanish title"`);
    if (titles.has(code)) throw new Error(`${at}: ${code} appears twice`);
    titles.set(code, title.trim());
  });
  return titles;
}

export const spanishOccupationTitles: ReadonlyMap<string, string> = parseSpanishTitles(
  readFileSync(SPANISH_TITLES_FILE, 'utf8'),
);
