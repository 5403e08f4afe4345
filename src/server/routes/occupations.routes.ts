/** Occupations: thin routes over the occupation catalog. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZFrameworkQuery, ZPathwayCode } from '../../contracts/framework.ts';
import {
  ZOccupation,
  ZOccupationList,
  ZOccupationListQuery,
  ZOnetSocCode,
  ZPathwayOccupations,
} from '../../contracts/occupation.ts';
import type { OccupationCatalog } from '../../services/occupations/occupation-catalog.ts';
import type { ReadCache } from '../../services/cache/read-cache.ts';
import { answerShared } from '../cached-json.ts';
import { requestLang } from '../lang.ts';

export interface OccupationRoutesOptions {
  occupations: OccupationCatalog;
  /** Answers kept per data generation (they do not depend on the caller). */
  cache?: ReadCache | undefined;
}

const errors = { 400: ZApiError, 404: ZApiError };

export const occupationRoutes: FastifyPluginAsyncZod<OccupationRoutesOptions> = async (
  app,
  { occupations, cache },
) => {
  app.get(
    '/occupations',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['occupations'],
        summary: 'List occupations, optionally of one pathway, cluster or entry level, or by code',
        querystring: ZOccupationListQuery,
        response: { 200: ZOccupationList, ...errors },
      },
    },
    async (request, reply) => {
      const { lang, ...rest } = request.query;
      const query = { ...rest, lang: requestLang(request, lang) };
      return answerShared(
        request,
        reply,
        cache,
        `occupations?${JSON.stringify(query)}`,
        ZOccupationList,
        () => occupations.list(query),
      );
    },
  );

  app.get(
    '/occupations/:code',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['occupations'],
        summary:
          'One occupation with its pathways, programs of study, related occupations, wage and outlook',
        params: z.object({ code: ZOnetSocCode }),
        querystring: ZFrameworkQuery,
        response: { 200: ZOccupation, ...errors },
      },
    },
    async (request, reply) => {
      const input = {
        code: request.params.code,
        framework: request.query.framework,
        lang: requestLang(request, request.query.lang),
      };
      return answerShared(
        request,
        reply,
        cache,
        `occupation:${JSON.stringify(input)}`,
        ZOccupation,
        () => occupations.get(input),
      );
    },
  );

  app.get(
    '/pathways/:code/occupations',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['occupations'],
        summary: 'The occupations of a pathway, with entry levels, wage and outlook',
        params: z.object({ code: ZPathwayCode }),
        querystring: ZFrameworkQuery,
        response: { 200: ZPathwayOccupations, ...errors },
      },
    },
    async (request, reply) => {
      const input = {
        code: request.params.code,
        framework: request.query.framework,
        lang: requestLang(request, request.query.lang),
      };
      const key = `pathway-occupations:${JSON.stringify(input)}`;
      return answerShared(request, reply, cache, key, ZPathwayOccupations, () =>
        occupations.forPathway(input),
      );
    },
  );
};
