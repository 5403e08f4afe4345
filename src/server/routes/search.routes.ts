/** GET /search: one box across clusters, pathways, occupations, programs, courses and credentials. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZSearchQuery, ZSearchResult } from '../../contracts/search.ts';
import type { SearchService } from '../../services/search/search-service.ts';
import { requestLang } from '../lang.ts';

export const searchRoutes: FastifyPluginAsyncZod<{ search: SearchService }> = async (
  app,
  { search },
) => {
  app.get(
    '/search',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['search'],
        summary:
          'Search everything public, typo-tolerant, by prefix or by code; results grouped by type',
        querystring: ZSearchQuery,
        response: { 200: ZSearchResult, 400: ZApiError },
      },
    },
    async (request) => {
      const { q, type, limit, lang } = request.query;
      return search.search({ q, types: type, limit, lang: requestLang(request, lang) });
    },
  );
};
