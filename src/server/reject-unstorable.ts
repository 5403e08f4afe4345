/**
 * One check for every route: a NUL character (`\u0000`, `%00`) or a lone surrogate in a path
 * parameter, the query string or the body is a 400 naming the field, before any schema, service
 * or database sees it. A body its parser marked storable (plain-json-body.ts) is not walked.
 */
import type { FastifyInstance } from 'fastify';
import { findUnstorable } from '../contracts/unstorable-text.ts';
import { schemaMessageIn } from '../contracts/schema-messages.ts';
import { invalid } from '../domain/errors.ts';
import type { Lang } from '../domain/framework.ts';
import { requestProblem } from './request-problem-text.ts';

const PARTS = ['params', 'query', 'body'] as const;

/** Parsed bodies known to hold no unstorable text (see plain-json-body.ts for why). */
const storable = new WeakSet<object>();

/** Marks a parsed body as holding no NUL or lone surrogate in any key or string. */
export function markStorable(value: unknown): void {
  if (value !== null && typeof value === 'object') storable.add(value);
}

export function registerUnstorableTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.is404) return;
    for (const part of PARTS) {
      if (part === 'body' && storable.has(request.body as object)) continue;
      const found = findUnstorable(request[part]);
      if (!found) continue;
      // A wildcard route's parameter is the rest of the address.
      const field = found.path.map((key) => (key === '*' ? 'path' : key)).join('.') || part;
      const say = (lang: Lang) =>
        requestProblem(lang, 'unstorable', {
          part,
          field,
          problem: schemaMessageIn(lang, found.message) ?? found.message,
        });
      throw invalid(say('en'), field, { es: say('es') });
    }
  });
}
