/**
 * A route's body checked first by a quick hand-written check of its schema, and by the schema
 * itself only when the quick check refuses it: valid requests skip the schema's parse, and
 * invalid ones get the schema's own error (field and message), as on every other route. The
 * quick check must accept exactly what the schema accepts, with the same value (each has a
 * property test against its schema).
 */
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

export function quickBody<S, T>(check: (data: unknown) => T | undefined): FastifySchemaCompiler<S> {
  return (route) => {
    // The route's schema for this part is a zod schema (the type provider's compiler takes it).
    const full = validatorCompiler(
      route as unknown as Parameters<FastifySchemaCompiler<z.ZodType>>[0],
    );
    if (route.httpPart !== 'body') return full;
    return (data) => {
      const value = check(data);
      return value === undefined ? full(data) : { value };
    };
  };
}
