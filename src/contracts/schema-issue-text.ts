/**
 * One problem the schema library found, in the reader's language: the schemas' own words from
 * schema-messages.ts; a wrong or missing JSON type and a union told apart by a field in our words;
 * the rest in the library's Spanish. Shared by program and requirement files (importers/json-file.ts)
 * and the API's 400s (server/errors.ts). JSON type names stay as JSON writes them, with the
 * Spanish word beside them.
 */
import { z } from 'zod';
import type { Lang } from '../domain/framework.ts';
import { formatMessage } from '../domain/i18n/message.ts';
import { schemaMessageIn } from './schema-messages.ts';

const TYPE_EN =
  '{type, select, string {a string} number {a number} boolean {a boolean} object {an object} array {an array} null {null} other {{type}}}';
const TYPE_ES =
  '{type, select, string {un texto (string)} number {un número (number)} boolean {un valor lógico (boolean)} object {un objeto (object)} array {una lista (array)} null {null} other {{type}}}';
const found = (type: string) => type.replaceAll('{type', '{found').replace('{{type}}', '{{found}}');

export const schemaIssueMessages = {
  en: {
    required_type: `is required (${TYPE_EN})`,
    bad_discriminator: 'Invalid discriminator value. Expected {options}',
    schema_type: `must be ${TYPE_EN}, not ${found(TYPE_EN)}`,
  },
  es: {
    required_type: `es obligatorio y debe ser ${TYPE_ES}`,
    bad_discriminator: 'no es un valor válido: se esperaba {options}',
    schema_type: `debe ser ${TYPE_ES}, no ${found(TYPE_ES)}`,
  },
} as const;

/** The schema library's Spanish messages. */
const SPANISH = z.locales.es();

/** What an issue holds that its words need (the library's own issue, or one rebuilt from it). */
export interface SchemaIssue {
  code: string;
  message: string;
  options?: unknown;
}

/**
 * The issue's message in `lang`. `es` is the library's Spanish for it when the caller has it (a
 * second parse with the Spanish messages); otherwise it is made from the issue's details.
 */
export function schemaIssueText(lang: Lang, issue: SchemaIssue, es?: string): string {
  const say = (key: keyof typeof schemaIssueMessages.en, values: Record<string, string>) =>
    formatMessage(lang, schemaIssueMessages[lang][key], values);
  if (lang === 'es' && issue.code === 'invalid_union' && Array.isArray(issue.options)) {
    // The library's Spanish has no words for a union told apart by a field ("type"): ours.
    const options = issue.options.map((o) => `'${String(o)}'`).join(' | ');
    return say('bad_discriminator', { options });
  }
  // The schema's own English words, which the library's Spanish leaves as they are.
  const own = lang === 'es' ? schemaMessageIn(lang, issue.message) : undefined;
  if (own) return own;
  const match = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
  if (match)
    return match[2] === 'undefined'
      ? say('required_type', { type: match[1]! })
      : say('schema_type', { type: match[1]!, found: match[2]! });
  if (lang === 'en') return issue.message;
  return es ?? spanishOf(issue) ?? issue.message;
}

function spanishOf(issue: SchemaIssue): string | undefined {
  try {
    const said = SPANISH.localeError(issue as unknown as z.core.$ZodRawIssue);
    return typeof said === 'string' ? said : said?.message;
  } catch {
    return undefined;
  }
}
