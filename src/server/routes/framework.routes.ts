/** Frameworks, clusters and pathways: thin routes over the catalog. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import {
  ZCluster,
  ZClusterCode,
  ZClusterList,
  ZFrameworkList,
  ZFrameworkQuery,
  ZLang,
  ZPathway,
  ZPathwayCode,
  ZPathwayList,
  ZPathwayListQuery,
} from '../../contracts/framework.ts';
import type { FrameworkCatalog } from '../../services/framework-catalog.ts';
import type { ReadCache } from '../../services/cache/read-cache.ts';
import { answerShared, sendShared } from '../cached-json.ts';
import { requestLang } from '../lang.ts';

export interface FrameworkRoutesOptions {
  catalog: FrameworkCatalog;
  /** The read cache, for the framework list (the catalog's snapshots cover the rest). */
  cache?: ReadCache | undefined;
}

const errors = { 400: ZApiError, 404: ZApiError };

export const frameworkRoutes: FastifyPluginAsyncZod<FrameworkRoutesOptions> = async (
  app,
  { catalog, cache },
) => {
  app.get(
    '/frameworks',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['framework'],
        summary: 'List the frameworks (for example nccf-16)',
        querystring: z.object({ lang: ZLang.optional() }),
        response: { 200: ZFrameworkList, ...errors },
      },
    },
    async (request, reply) => {
      const lang = requestLang(request, request.query.lang);
      return answerShared(request, reply, cache, `frameworks:${lang}`, ZFrameworkList, () =>
        catalog.listFrameworks(lang),
      );
    },
  );

  app.get(
    '/clusters',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['framework'],
        summary: 'List the Career Clusters of a framework',
        querystring: ZFrameworkQuery,
        response: { 200: ZClusterList, ...errors },
      },
    },
    async (request, reply) =>
      sendShared(
        reply,
        ZClusterList,
        await catalog.listClusters({
          framework: request.query.framework,
          lang: requestLang(request, request.query.lang),
        }),
      ),
  );

  app.get(
    '/clusters/:code',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['framework'],
        summary: 'One Career Cluster with its pathways',
        params: z.object({ code: ZClusterCode }),
        querystring: ZFrameworkQuery,
        response: { 200: ZCluster, ...errors },
      },
    },
    async (request, reply) =>
      sendShared(
        reply,
        ZCluster,
        await catalog.getCluster({
          code: request.params.code,
          framework: request.query.framework,
          lang: requestLang(request, request.query.lang),
        }),
      ),
  );

  app.get(
    '/pathways',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['framework'],
        summary: 'List the Career Pathways, optionally of one cluster',
        querystring: ZPathwayListQuery,
        response: { 200: ZPathwayList, ...errors },
      },
    },
    async (request, reply) =>
      sendShared(
        reply,
        ZPathwayList,
        await catalog.listPathways({
          cluster: request.query.cluster,
          framework: request.query.framework,
          lang: requestLang(request, request.query.lang),
        }),
      ),
  );

  app.get(
    '/pathways/:code',
    {
      config: { action: 'framework.read' },
      schema: {
        tags: ['framework'],
        summary: 'One Career Pathway',
        params: z.object({ code: ZPathwayCode }),
        querystring: ZFrameworkQuery,
        response: { 200: ZPathway, ...errors },
      },
    },
    async (request, reply) =>
      sendShared(
        reply,
        ZPathway,
        await catalog.getPathway({
          code: request.params.code,
          framework: request.query.framework,
          lang: requestLang(request, request.query.lang),
        }),
      ),
  );
};
