/**
 * One check for every route: a NUL character (`\u0000`, `%00`) or a lone surrogate in a path
 * parameter, the query string or the body is a 400 naming the field, before any schema, service
 * or database sees it.
 */
import type { FastifyInstance } from 'fastify';
import { findUnstorable } from '../contracts/unstorable-text.ts';
import { invalid } from '../domain/errors.ts';

const PARTS = [
  ['params', 'path parameter'],
  ['query', 'query parameter'],
  ['body', 'field'],
] as const;

export function registerUnstorableTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.is404) return;
    for (const [part, what] of PARTS) {
      const found = findUnstorable(request[part]);
      if (!found) continue;
      // A wildcard route's parameter is the rest of the address.
      const field = found.path.map((key) => (key === '*' ? 'path' : key)).join('.') || part;
      throw invalid(`Invalid ${what} "${field}": ${found.message}.`, field);
    }
  });
}
