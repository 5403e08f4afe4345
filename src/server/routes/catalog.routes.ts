/** Courses, credentials and CIP fields of study: thin public routes over the catalog pages. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZApiError } from '../../contracts/errors.ts';
import {
  ZCatalogQuery,
  ZCipDetail,
  ZCipParams,
  ZCourseDetail,
  ZCourseParams,
  ZCredentialDetail,
  ZCredentialParams,
} from '../../contracts/catalog.ts';
import type { CatalogPages } from '../../services/catalog/catalog-pages.ts';
import type { ReadCache } from '../../services/cache/read-cache.ts';
import { answerShared } from '../cached-json.ts';
import { requestLang } from '../lang.ts';

export interface CatalogRoutesOptions {
  pages: CatalogPages;
  /** Answers kept per data generation (they do not depend on the caller). */
  cache?: ReadCache | undefined;
}

const errors = { 400: ZApiError, 404: ZApiError };

export const catalogRoutes: FastifyPluginAsyncZod<CatalogRoutesOptions> = async (
  app,
  { pages, cache },
) => {
  app.get(
    '/courses/:id',
    {
      config: { action: 'program.read' },
      schema: {
        tags: ['programs'],
        summary:
          'One course with its institution, credits, early college credit and the approved programs of study that include it',
        params: ZCourseParams,
        querystring: ZCatalogQuery,
        response: { 200: ZCourseDetail, ...errors },
      },
    },
    async (request, reply) => {
      const input = { id: request.params.id, lang: requestLang(request, request.query.lang) };
      return answerShared(
        request,
        reply,
        cache,
        `course:${JSON.stringify(input)}`,
        ZCourseDetail,
        () => pages.course(input),
      );
    },
  );

  app.get(
    '/credentials/:id',
    {
      config: { action: 'program.read' },
      schema: {
        tags: ['programs'],
        summary:
          'One credential with its issuer, what it stacks into, the occupations it opens and the approved programs of study that lead to it',
        params: ZCredentialParams,
        querystring: ZCatalogQuery,
        response: { 200: ZCredentialDetail, ...errors },
      },
    },
    async (request, reply) => {
      const input = { id: request.params.id, lang: requestLang(request, request.query.lang) };
      return answerShared(
        request,
        reply,
        cache,
        `credential:${JSON.stringify(input)}`,
        ZCredentialDetail,
        () => pages.credential(input),
      );
    },
  );

  app.get(
    '/cip/:code',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['occupations'],
        summary:
          'One CIP 2020 field of study: title, definition, the occupations it leads to (NCES CIP–SOC crosswalk) and approved programs of study',
        params: ZCipParams,
        querystring: ZCatalogQuery,
        response: { 200: ZCipDetail, ...errors },
      },
    },
    async (request, reply) => {
      const input = { code: request.params.code, lang: requestLang(request, request.query.lang) };
      return answerShared(request, reply, cache, `cip:${JSON.stringify(input)}`, ZCipDetail, () =>
        pages.cip(input),
      );
    },
  );
};
