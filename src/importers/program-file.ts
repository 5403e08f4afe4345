/**
 * Reads a program-of-study file (JSON, schemas/program.schema.json): a broken file gives problems
 * that name the JSON path and the line, so an author can find them in an editor.
 */
import fs from 'node:fs/promises';
import { ZProgramFile, type TProgramFile } from '../contracts/program.ts';
import { tidyAuthored } from '../domain/program/authored-text.ts';
import { parseJsonText, type JsonFileProblem, type JsonFileResult } from './json-file.ts';
import { jsonPathString, lineColumnAt, locateJsonPath } from './json-locate.ts';

export type ProgramFileProblem = JsonFileProblem;
export type ProgramFileResult = JsonFileResult<TProgramFile>;

/** Reads and checks a program file. Never throws for a missing, unreadable or invalid file. */
export async function readProgramFile(path: string): Promise<ProgramFileResult> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (error as Error).message;
    return {
      ok: false,
      problems: [{ kind: 'read', path: '', message: `cannot read the file: ${reason}` }],
    };
  }
  return parseProgramText(text);
}

/**
 * Parses and checks the text of a program file; its texts are trimmed and a blank Spanish title
 * left out, as a save through the API does (domain/program/authored-text.ts).
 */
export function parseProgramText(source: string): ProgramFileResult {
  const parsed = parseJsonText(source, ZProgramFile);
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
        message,
      },
    ],
  };
}
