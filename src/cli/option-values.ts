/**
 * The command line's own option-value parsers (commander's `argParser`) and why each refuses a
 * value, in English and Spanish. A parser throws the English reason, which commander writes into
 * its sentence ("option '--port <n>' argument 'x' is invalid. must be …"); under `--lang es`
 * commander-text.ts says that sentence again in Spanish and the reason with it (`reasonIn`).
 */
import { InvalidArgumentError } from 'commander';
import { ZEmail } from '../contracts/accounts.ts';
import type { Lang } from '../domain/framework.ts';
import { formatMessage } from '../domain/i18n/message.ts';

export const OPTION_REASONS = {
  en: {
    wholeNumber: 'must be a whole number from {min} to {max}.',
    wholeNumberFrom: 'must be a whole number of {min} or more.',
    email: 'must be an email address.',
    oneOf: 'must be one of {choices}.',
  },
  es: {
    wholeNumber: 'debe ser un número entero del {min} al {max}.',
    wholeNumberFrom: 'debe ser un número entero igual o mayor que {min}.',
    email: 'debe ser una dirección de correo electrónico.',
    oneOf: 'debe ser uno de estos valores: {choices}.',
  },
} as const;

type Reason = keyof typeof OPTION_REASONS.en;

/** Values go in as typed (strings), so a bound reads the same in both languages: 65535. */
function refuse(reason: Reason, values: Record<string, string> = {}): never {
  throw new InvalidArgumentError(formatMessage('en', OPTION_REASONS.en[reason], values));
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** Each English reason as a pattern that gives back its values: `{min}` → `(?<min>.+?)`. */
const PATTERNS = (Object.keys(OPTION_REASONS.en) as Reason[]).map(
  (reason) =>
    [
      reason,
      new RegExp(`^${escape(OPTION_REASONS.en[reason]).replace(/\{(\w+)\}/g, '(?<$1>.+?)')}$`),
    ] as const,
);

/** An English reason of ours in `lang`; another text (not ours) is left as it is. */
export function reasonIn(lang: Lang, english: string): string {
  if (lang === 'en') return english;
  for (const [reason, pattern] of PATTERNS) {
    const match = pattern.exec(english);
    if (match) return formatMessage(lang, OPTION_REASONS[lang][reason], { ...match.groups });
  }
  return english;
}

/** A whole number from `min` to `max` (or of `min` or more), as typed: `--port 80`. */
export function wholeNumber(min: number, max?: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min || (max !== undefined && n > max)) {
      if (max === undefined) refuse('wholeNumberFrom', { min: String(min) });
      refuse('wholeNumber', { min: String(min), max: String(max) });
    }
    return n;
  };
}

/** A port to listen on, kept as typed (the configuration reads it). */
export function parsePort(value: string): string {
  wholeNumber(0, 65535)(value);
  return value;
}

export function emailAddress(value: string): string {
  const parsed = ZEmail.safeParse(value);
  if (!parsed.success) refuse('email');
  return parsed.data;
}

/** One of `choices`, as typed. */
export function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value))
      refuse('oneOf', { choices: choices.join(', ') });
    return value as T;
  };
}
