/**
 * Refusals of accounts, sign-in and the two-person rules as errors carrying their Spanish
 * (AppError's translations), so the API (`?lang=es`, Accept-Language) and the CLI (`--lang es`)
 * say them in the reader's language, as every other refusal.
 */
import { AppError, type AppErrorCode } from '../errors.ts';
import type { Lang } from '../framework.ts';
import { formatMessage, type MessageValues } from '../i18n/message.ts';
import { accountMessagesEn, type AccountMessage } from './account-messages-en.ts';
import { accountMessagesEs } from './account-messages-es.ts';

export type { AccountMessage };

export const ACCOUNT_MESSAGES = { en: accountMessagesEn, es: accountMessagesEs } as const;

/** Values for a message: the same in both languages, or each language's own. */
export type AccountValues = MessageValues | ((lang: Lang) => MessageValues);

/** The message in one language. */
export function accountText(lang: Lang, key: AccountMessage, values: AccountValues = {}): string {
  const filled = typeof values === 'function' ? values(lang) : values;
  return formatMessage(lang, ACCOUNT_MESSAGES[lang][key], filled);
}

/** The message in every language: English, and the translations an AppError carries. */
export function accountTexts(
  key: AccountMessage,
  values: AccountValues = {},
): { en: string; es: string } {
  return { en: accountText('en', key, values), es: accountText('es', key, values) };
}

/** An error with the code, in English with its Spanish, about `field` when there is one. */
export function accountRefusal(
  code: AppErrorCode,
  key: AccountMessage,
  values: AccountValues = {},
  field?: string,
): AppError {
  const { en, es } = accountTexts(key, values);
  return new AppError(code, en, field, { es });
}
