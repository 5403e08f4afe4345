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
import { requestLang } from '../lang.ts';

export interface OccupationRoutesOptions {
  occupations: OccupationCatalog;
}

const errors = { 400: ZApiError, 404: ZApiError };

export const occupationRoutes: FastifyPluginAsyncZod<OccupationRoutesOptions> = async (
  app,
  { occupations },
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
    async (request) => {
      const { lang, ...query } = request.query;
      return occupations.list({ ...query, lang: requestLang(request, lang) });
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
    async (request) =>
      occupations.get({
        code: request.params.code,
        framework: request.query.framework,
        lang: requestLang(request, request.query.lang),
      }),
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
    async (request) =>
      occupations.forPathway({
        code: request.params.code,
        framework: request.query.framework,
        lang: requestLang(request, request.query.lang),
      }),
  );
};
