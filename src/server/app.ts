/** Builds the HTTP application: API under /api/v1, OpenAPI, health, and the web app. */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FrameworkCatalog } from '../services/framework-catalog.ts';
import { registerErrorHandling } from './errors.ts';
import { frameworkRoutes } from './routes/framework.routes.ts';
import { registerWeb } from './web.ts';

export interface AppDependencies {
  catalog: FrameworkCatalog;
  /** Checks the database answers; throws when it does not. */
  ping: () => Promise<void>;
  engine: string;
  version: string;
  /** Fastify's logger option: false, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; none to serve the API alone. */
  webRoot?: string | undefined;
}

export const REDACTED_LOG_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    disableRequestLogging: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Wayfinder API',
        version: deps.version,
        description:
          'Career Clusters, Career Pathways and programs of study. Texts come in English or Spanish: pass `lang=es` or send Accept-Language.',
      },
      tags: [{ name: 'framework', description: 'Frameworks, clusters and pathways' }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness and database check',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.string(), version: z.string() }),
          503: z.object({ status: z.literal('unavailable'), database: z.string(), version: z.string() }),
        },
      },
    },
    async (request, reply) => {
      try {
        await deps.ping();
        return { status: 'ok' as const, database: deps.engine, version: deps.version };
      } catch (error) {
        request.log.error({ err: error }, 'database check failed');
        return reply.status(503).send({ status: 'unavailable' as const, database: deps.engine, version: deps.version });
      }
    },
  );

  await app.register(frameworkRoutes, { prefix: '/api/v1', catalog: deps.catalog });
  if (deps.webRoot) await registerWeb(app, deps.webRoot);
  return app;
}
