/** Finds the O*NET database files in a folder or in the zip archive O*NET publishes. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { invalid } from '../domain/errors.ts';
import { ONET_FILE_NAMES, type OnetFiles } from './onet-database.ts';
import type { SourceFile } from './import-plan.ts';

type Part = keyof typeof ONET_FILE_NAMES;

function assemble(find: (names: string[]) => SourceFile | undefined, where: string): OnetFiles {
  const occupations = find(ONET_FILE_NAMES.occupations);
  if (!occupations) {
    throw invalid(
      `${where} holds no O*NET "Occupation Data.txt": point to the folder or archive of the O*NET database text files.`,
    );
  }
  const part = (name: Part) => find(ONET_FILE_NAMES[name]);
  return {
    occupations,
    jobZones: part('jobZones'),
    interests: part('interests'),
    related: part('related'),
    alternateTitles: part('alternateTitles'),
    readMe: part('readMe')?.text,
  };
}

export async function readOnetDirectory(dir: string): Promise<OnetFiles> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    throw invalid(`Cannot read the folder ${dir}.`);
  }
  const found = new Map<string, SourceFile>();
  for (const names of Object.values(ONET_FILE_NAMES)) {
    const name = names.find((n) => entries.includes(n));
    if (name)
      found.set(name, {
        name: path.join(dir, name),
        text: await fs.readFile(path.join(dir, name), 'utf8'),
      });
  }
  return assemble((names) => names.map((n) => found.get(n)).find(Boolean), dir);
}

/**
 * Reads the O*NET text-files archive (db_30_0_text.zip: one folder of .txt files). fflate checks
 * every entry's CRC-32; a truncated or corrupt archive is refused.
 */
export function readOnetArchive(bytes: Uint8Array, archiveName: string): OnetFiles {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw invalid(`${archiveName} is not a zip archive.`);
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) =>
        Object.values(ONET_FILE_NAMES).flat().includes(path.posix.basename(file.name)),
    });
  } catch (error) {
    throw invalid(
      `${archiveName} is damaged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const decoder = new TextDecoder('utf-8');
  const byBase = new Map(
    Object.entries(entries).map(([name, data]) => [
      path.posix.basename(name),
      { name: `${archiveName}!${name}`, text: decoder.decode(data) } satisfies SourceFile,
    ]),
  );
  return assemble((names) => names.map((n) => byBase.get(n)).find(Boolean), archiveName);
}
