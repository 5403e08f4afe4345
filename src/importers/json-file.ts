/**
 * Parses a JSON file against a zod schema: a broken file gives problems that name the JSON path
 * and the line and column, so an author can find them in an editor. Shared by program files and
 * requirement sets. Problems are told in the language asked for (English unless told): our own
 * from message keys (json-file-messages.ts, edfi-messages.ts), the schema library's in its own
 * Spanish; a reason a library gives (a JSON syntax error) stays in English inside the Spanish.
 */
import { z } from 'zod';
import { schemaIssueText } from '../contracts/schema-issue-text.ts';
import { schemaMessageIn } from '../contracts/schema-messages.ts';
import { findUnstorable } from '../contracts/unstorable-text.ts';
import type { Lang } from '../domain/framework.ts';
import { formatMessage, type MessageValues } from '../domain/i18n/message.ts';
import { ISSUE_MESSAGES, type IssueKey } from './issue-text.ts';
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

/** A keyed message in the language. */
export const sayIn = (lang: Lang, key: IssueKey, params: MessageValues = {}): string =>
  formatMessage(lang, ISSUE_MESSAGES[lang][key], params);

/** The schema library's Spanish messages. */
const SPANISH = z.locales.es();

export type JsonFileResult<T> = { ok: true; file: T } | { ok: false; problems: JsonFileProblem[] };

export function parseJsonText<T>(
  source: string,
  schema: z.ZodType<T>,
  lang: Lang = 'en',
): JsonFileResult<T> {
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
      problems: [{ kind: 'json', path: '', ...at, message: sayIn(lang, 'bad_json', { reason }) }],
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
          message: schemaMessageIn(lang, unstorable.message) ?? unstorable.message,
        },
      ],
    };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  // In Spanish, the same check again with the library's Spanish: the same issues, in order.
  const spanish =
    lang === 'es' ? schema.safeParse(data, { error: SPANISH.localeError }) : undefined;
  const es = spanish?.error?.issues ?? [];
  return {
    ok: false,
    problems: parsed.error.issues.map((issue, i) => ({
      kind: 'schema' as const,
      path: jsonPathString(issue.path),
      ...lineColumnAt(text, locateJsonPath(text, issue.path)),
      message: schemaIssueText(lang, issue, es[i]?.message),
    })),
  };
}
