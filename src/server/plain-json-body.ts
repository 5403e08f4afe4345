/**
 * A JSON body parser for routes whose requests are many and plain (the Interest Profiler's
 * results: sixty numbers): a body with no `\u` escape, no NUL or surrogate character and no
 * `__proto__` or `constructor` anywhere in its text is read with JSON.parse, and is known to hold
 * nothing unstorable (`markStorable`), so the unstorable-text walk of every request
 * (reject-unstorable.ts) is skipped for it. Any other body goes to Fastify's own JSON parser,
 * with the app's poisoning settings: the same value, or the same 400.
 *
 * Why the skip is exact: JSON text without a `\u` escape spells every character of every key and
 * string as itself (the other escapes stand for characters from `"`, `\`, `/`, `\b`, `\f`, `\n`,
 * `\r`, `\t`), so a parsed key or string can hold a NUL or half of a surrogate pair only when
 * the text does. The same goes for a key `__proto__` or `constructor`, what the poisoning
 * checks look for.
 */
import type { FastifyInstance } from 'fastify';
import { markStorable } from './reject-unstorable.ts';

// eslint-disable-next-line no-control-regex -- NUL is one of the characters looked for
const NEEDS_CARE = /\\u|[\u0000\ud800-\udfff]|__proto__|constructor/;

/** Whether JSON text may be read by JSON.parse alone, its value marked storable. */
export function isPlainJson(text: string): boolean {
  return text.length > 0 && !NEEDS_CARE.test(text);
}

/** Registers the parser for `application/json` in this (encapsulated) plugin's routes only. */
export function registerPlainJsonParser(app: FastifyInstance): void {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = app.initialConfig;
  const full = app.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (!isPlainJson(text)) return full(request, text, done);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Fastify's parser gives its own error for it (a 400).
      return full(request, text, done);
    }
    markStorable(value);
    done(null, value);
  });
}
