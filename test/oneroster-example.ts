/** The example OneRoster package (examples/oneroster) as import files, and edits of it. */
import fs from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../src/importers/import-plan.ts';

const DIR = path.resolve(import.meta.dirname, '../examples/oneroster');

/** The example package's files, read afresh, in name order. */
export const oneRosterExample = (): SourceFile[] =>
  fs
    .readdirSync(DIR)
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(DIR, name), 'utf8') }));

/** The files with one of them (by name) changed. */
export const editFile = (
  files: SourceFile[],
  name: string,
  change: (text: string) => string,
): SourceFile[] => files.map((f) => (f.name === name ? { ...f, text: change(f.text) } : f));
