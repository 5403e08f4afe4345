/**
 * A Perkins counting profile by name (a built-in one) or from a JSON file in the format of
 * schemas/perkins-profile.schema.json; a broken file is refused with file:line:column.
 */
import fs from 'node:fs';
import { ZPerkinsProfile, type TPerkinsProfile } from '../contracts/perkins.ts';
import { invalid } from '../domain/errors.ts';
import { perkinsProfile, PERKINS_PROFILES } from '../domain/perkins/profiles.ts';
import { parseJsonText } from './json-file.ts';

export function loadPerkinsProfile(nameOrFile: string): TPerkinsProfile {
  const named = perkinsProfile(nameOrFile);
  if (named) return named;
  if (!nameOrFile.endsWith('.json'))
    throw invalid(
      `No Perkins profile is named ${nameOrFile}: use ${[...PERKINS_PROFILES.keys()].join(', ')}, or a .json profile file.`,
      'profile',
    );
  let text: string;
  try {
    text = fs.readFileSync(nameOrFile, 'utf8');
  } catch (error) {
    throw invalid(`Cannot read ${nameOrFile}: ${(error as Error).message}`, 'profile');
  }
  const parsed = parseJsonText(text, ZPerkinsProfile);
  if (parsed.ok) return parsed.file;
  const first = parsed.problems[0]!;
  const where =
    first.line !== undefined ? `${nameOrFile}:${first.line}:${first.column}` : nameOrFile;
  throw invalid(`${where}: ${first.path ? `${first.path}: ` : ''}${first.message}`, where);
}
