/**
 * The message catalog's machinery: a message is a pair of templates, English and Spanish, over
 * named parameters; `say` fills both. A parameter is plain text, a number, or a pair of labels
 * (labels.ts), from which each language takes its own. Rules pick a message and its parameters;
 * the wording lives in messages.ts, out of the rules' logic.
 */
import type { FindingMessage } from './finding.ts';
import type { Labels } from './labels.ts';

export type MessageParam = string | number | Labels;

export interface Message<P extends string> {
  en: (p: Readonly<Record<P, string>>) => string;
  es: (p: Readonly<Record<P, string>>) => string;
}

/** Declares a message: `message<'course'>((p) => `… ${p.course}`, (p) => `… ${p.course}`)`. */
export function message<P extends string = never>(
  en: Message<P>['en'],
  es: Message<P>['es'],
): Message<P> {
  return { en, es };
}

function pick<P extends string>(
  params: Readonly<Record<P, MessageParam>>,
  lang: 'en' | 'es',
): Record<P, string> {
  const out = {} as Record<P, string>;
  for (const key in params) {
    const value: MessageParam = params[key];
    out[key] = typeof value === 'object' ? value[lang] : String(value);
  }
  return out;
}

/** The message in English and Spanish, with its parameters filled in. */
export function say<P extends string>(
  msg: Message<P>,
  params: Readonly<Record<P, MessageParam>>,
): FindingMessage {
  return { en: msg.en(pick(params, 'en')), es: msg.es(pick(params, 'es')) };
}
