/**
 * Sends an answer that the services share between requests (the framework catalog answers the
 * same question with the same object) as JSON serialized once: checked against the route's
 * response schema the first time, then sent as the same bytes every time after.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedAnswer, ReadCache } from '../services/cache/read-cache.ts';
import type { z } from 'zod';

/** Kept as bytes: no UTF-8 encoding or length counting per request. */
const serialized = new WeakMap<object, Buffer>();

export function sendShared<T extends object>(
  reply: FastifyReply,
  schema: z.ZodType<T>,
  value: T,
): FastifyReply {
  let body = serialized.get(value);
  if (body === undefined) {
    body = Buffer.from(JSON.stringify(schema.parse(value)), 'utf8');
    serialized.set(value, body);
  }
  return reply.type('application/json; charset=utf-8').send(body);
}

/**
 * Sends an answer that its service builds in its response schema's own shape (exactly the
 * schema's fields, in the schema's order; a test checks the service's answers against the
 * schema): serialized once per object, as sendShared does, but not parsed again for each new
 * answer. For answers computed per request, where parsing would cost as much as building them.
 */
export function sendBuilt(reply: FastifyReply, value: object): FastifyReply {
  let body = serialized.get(value);
  if (body === undefined) {
    body = Buffer.from(JSON.stringify(value), 'utf8');
    serialized.set(value, body);
  }
  return reply.type('application/json; charset=utf-8').send(body);
}

/** Sends JSON its service has already serialized (in the route's response schema's shape). */
export function sendJsonBytes(reply: FastifyReply, body: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(body);
}

/**
 * Sends an answer of the read cache (services/cache): its bytes with its ETag, or 304 Not
 * Modified when the client already holds them (If-None-Match).
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: CachedAnswer,
): FastifyReply {
  reply.header('etag', answer.etag);
  const held = request.headers['if-none-match'];
  if (held !== undefined && held.split(/\s*,\s*/).includes(answer.etag))
    return reply.status(304).send();
  return reply.type('application/json; charset=utf-8').send(answer.body);
}

/**
 * An answer that does not depend on the caller, through the read cache when there is one. The
 * key must name everything the answer depends on (path, language, query), and nothing of the
 * caller: routes whose answers depend on the caller use it only for anonymous requests.
 */
export async function answerShared<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: ReadCache | undefined,
  key: string,
  schema: z.ZodType<T>,
  build: () => Promise<T>,
): Promise<T | FastifyReply> {
  if (!cache) return build();
  return sendCached(request, reply, await cache.answer(key, schema, build));
}
