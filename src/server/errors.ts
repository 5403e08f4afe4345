/** The one place where errors become HTTP responses. Internals never leave the server. */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { TApiError } from '../contracts/errors.ts';
import { schemaIssueText } from '../contracts/schema-issue-text.ts';
import { AppError, type AppErrorCode } from '../domain/errors.ts';
import { isLang } from '../domain/framework.ts';
import { requestLang } from './lang.ts';
import { requestProblem } from './request-problem-text.ts';

const STATUS: Record<AppErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** The reader's language for an error: `?lang=` when the query has it, then Accept-Language. */
function errorLang(request: FastifyRequest) {
  const query = request.query as { lang?: unknown } | undefined;
  const lang = query?.lang;
  return requestLang(request, typeof lang === 'string' && isLang(lang) ? lang : undefined);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // A message written in more than one language (an import's problem) in the reader's.
      const lang = errorLang(request);
      const told = error.translations?.[lang];
      const message = told ?? error.message;
      const body: TApiError = {
        error: { code: error.code, message, lang: told === undefined ? 'en' : lang },
      };
      if (error.field) body.error.field = error.field;
      return reply.status(STATUS[error.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const lang = errorLang(request);
      const first = error.validation[0];
      const part = error.validationContext ?? 'request';
      const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
      const english = first?.message ?? '';
      const problem =
        lang === 'en' || !first
          ? english
          : schemaIssueText(lang, { ...first.params, code: first.keyword, message: english });
      const message = !first
        ? requestProblem(lang, 'badPart', { part })
        : requestProblem(lang, field ? 'badField' : 'badWhole', {
            part,
            field: field ?? '',
            problem,
          });
      const body: TApiError = { error: { code: 'invalid', message, lang } };
      if (field) body.error.field = field;
      return reply.status(400).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code: TApiError['error']['code'] =
        status === 404 ? 'not_found' : status === 403 ? 'forbidden' : 'invalid';
      return reply
        .status(status)
        .send({ error: { code, message: error.message, lang: 'en' } } satisfies TApiError);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({
      error: {
        code: 'internal',
        message: 'Something went wrong on the server. It has been logged.',
      },
    } satisfies TApiError);
  });
}

/**
 * Unknown addresses: JSON for the API; the web app's own not-found page (status 404) for a
 * browser asking for HTML.
 */
export function registerNotFound(
  app: FastifyInstance,
  notFoundPage?: (url: string, accept: string | undefined) => string | undefined,
): void {
  app.setNotFoundHandler((request, reply) => {
    const page =
      request.method === 'GET' ? notFoundPage?.(request.url, request.headers.accept) : undefined;
    if (page) return reply.status(404).type('text/html; charset=utf-8').send(page);
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No such address: ${request.method} ${request.url.split('?')[0]}`,
      },
    } satisfies TApiError);
  });
}
