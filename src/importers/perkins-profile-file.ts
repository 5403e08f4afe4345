/**
 * A Perkins counting profile by name (a built-in one) or from a JSON file in the format of
 * schemas/perkins-profile.schema.json; a broken file is refused with file:line:column. A refusal is
 * written in English and Spanish (`translations.es`); a file's problems in `lang`.
 */
import fs from 'node:fs';
import { ZPerkinsProfile, type TPerkinsProfile } from '../contracts/perkins.ts';
import { invalid } from '../domain/errors.ts';
import type { Lang } from '../domain/framework.ts';
import { perkinsProfile, PERKINS_PROFILES } from '../domain/perkins/profiles.ts';
import { parseJsonText } from './json-file.ts';

export function loadPerkinsProfile(nameOrFile: string, lang: Lang = 'en'): TPerkinsProfile {
  const named = perkinsProfile(nameOrFile);
  if (named) return named;
  if (!nameOrFile.endsWith('.json')) {
    const known = [...PERKINS_PROFILES.keys()].join(', ');
    throw invalid(
      `No Perkins profile is named ${nameOrFile}: use ${known}, or a .json profile file.`,
      'profile',
      {
        es: `Ningún perfil de Perkins se llama ${nameOrFile}: usa ${known} o un archivo de perfil .json.`,
      },
    );
  }
  let text: string;
  try {
    text = fs.readFileSync(nameOrFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw invalid(`Cannot read ${nameOrFile}: ${(error as Error).message}`, 'profile', {
      es: `No se puede leer ${nameOrFile} (${code}).`,
    });
  }
  const parsed = parseJsonText(text, ZPerkinsProfile, lang);
  if (parsed.ok) return parsed.file;
  const first = parsed.problems[0]!;
  const where =
    first.line !== undefined ? `${nameOrFile}:${first.line}:${first.column}` : nameOrFile;
  const said = `${where}: ${first.path ? `${first.path}: ` : ''}${first.message}`;
  throw invalid(said, where, { [lang]: said });
}
