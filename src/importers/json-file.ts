/**
 * Parses a JSON file against a zod schema: a broken file gives problems that name the JSON path
 * and the line and column, so an author can find them in an editor. Shared by program files and
 * requirement sets.
 */
import type { z } from 'zod';
import { findUnstorable } from '../contracts/unstorable-text.ts';
import { jsonPathString, lineColumnAt, locateJsonPath, syntaxErrorOffset } from './json-locate.ts';

export interface JsonFileProblem {
  /** What went wrong: the file could not be read, is not JSON, or does not fit the schema. */
  kind: 'read' | 'json' | 'schema';
  /** JSON path of what is wrong ("program.steps[0].level"); "" for the file as a whole. */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export type JsonFileResult<T> = { ok: true; file: T } | { ok: false; problems: JsonFileProblem[] };

export function parseJsonText<T>(source: string, schema: z.ZodType<T>): JsonFileResult<T> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = lineColumnAt(text, syntaxErrorOffset(text, message));
    const reason = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    return {
      ok: false,
      problems: [{ kind: 'json', path: '', ...at, message: `not valid JSON: ${reason}` }],
    };
  }
  const unstorable = findUnstorable(data);
  if (unstorable) {
    return {
      ok: false,
      problems: [
        {
          kind: 'schema',
          path: jsonPathString(unstorable.path),
          ...lineColumnAt(text, locateJsonPath(text, unstorable.path)),
          message: unstorable.message,
        },
      ],
    };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      kind: 'schema' as const,
      path: jsonPathString(issue.path),
      ...lineColumnAt(text, locateJsonPath(text, issue.path)),
      message: issueMessage(issue),
    })),
  };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const match = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
  if (!match) return issue.message;
  return match[2] === 'undefined'
    ? `is required (${article(match[1]!)})`
    : `must be ${article(match[1]!)}, not ${article(match[2]!)}`;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
