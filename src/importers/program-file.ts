/**
 * Reads a program-of-study file (JSON, schemas/program.schema.json): a broken file gives problems
 * that name the JSON path and the line, so an author can find them in an editor.
 */
import fs from 'node:fs/promises';
import { ZProgramFile, type TProgramFile } from '../contracts/program.ts';
import { tidyAuthored } from '../domain/program/authored-text.ts';
import type { Lang } from '../domain/framework.ts';
import { parseJsonText, sayIn, type JsonFileProblem, type JsonFileResult } from './json-file.ts';
import { jsonPathString, lineColumnAt, locateJsonPath } from './json-locate.ts';

export type ProgramFileProblem = JsonFileProblem;
export type ProgramFileResult = JsonFileResult<TProgramFile>;

/** Reads and checks a program file. Never throws for a missing, unreadable or invalid file. */
export async function readProgramFile(path: string, lang: Lang = 'en'): Promise<ProgramFileResult> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : 'other';
    const message = sayIn(lang, 'cannot_read', { reason, error: (error as Error).message });
    return { ok: false, problems: [{ kind: 'read', path: '', message }] };
  }
  return parseProgramText(text, lang);
}

/**
 * Parses and checks the text of a program file; its texts are trimmed and a blank Spanish title
 * left out, as a save through the API does (domain/program/authored-text.ts).
 */
export function parseProgramText(source: string, lang: Lang = 'en'): ProgramFileResult {
  const parsed = parseJsonText(source, ZProgramFile, lang);
  if (!parsed.ok) return parsed;
  const tidied = tidyAuthored(parsed.file);
  if (tidied.ok) return { ok: true, file: tidied.value };
  const { path, message } = tidied.problem;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return {
    ok: false,
    problems: [
      {
        kind: 'schema',
        path: jsonPathString(path),
        ...lineColumnAt(text, locateJsonPath(text, path)),
        message: message[lang],
      },
    ],
  };
}
