/**
 * Sends an answer that the services share between requests (the framework catalog answers the
 * same question with the same object) as JSON serialized once: checked against the route's
 * response schema the first time, then sent as the same bytes every time after.
 */
import type { FastifyReply } from 'fastify';
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
