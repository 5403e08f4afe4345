/**
 * Reads a program-of-study file (JSON, schemas/program.schema.json): a broken file gives problems
 * that name the JSON path and the line, so an author can find them in an editor.
 */
import fs from 'node:fs/promises';
import { ZProgramFile, type TProgramFile } from '../contracts/program.ts';
import { parseJsonText, type JsonFileProblem, type JsonFileResult } from './json-file.ts';

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

/** Parses and checks the text of a program file. */
export function parseProgramText(source: string): ProgramFileResult {
  return parseJsonText(source, ZProgramFile);
}
