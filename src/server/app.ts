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
import type { Accounts } from '../services/accounts/index.ts';
import { OidcProviders } from '../services/accounts/oidc-client.ts';
import { DEFAULT_EXPORT_DAILY_CAP } from '../services/accounts/settings.ts';
import type { CatalogPages } from '../services/catalog/catalog-pages.ts';
import type { FrameworkCatalog } from '../services/framework-catalog.ts';
import type { OccupationServices } from '../services/occupations/index.ts';
import type { ProgramDeps } from '../services/programs/deps.ts';
import { registerAuth } from './auth/auth-plugin.ts';
import { registerErrorHandling, registerNotFound } from './errors.ts';
import { accountRoutes } from './routes/accounts.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { catalogRoutes } from './routes/catalog.routes.ts';
import { oidcRoutes } from './routes/oidc.routes.ts';
import { studentExportRoutes } from './routes/student-export.routes.ts';
import { frameworkRoutes } from './routes/framework.routes.ts';
import { occupationRoutes } from './routes/occupations.routes.ts';
import { programRoutes } from './routes/programs.routes.ts';
import { searchRoutes } from './routes/search.routes.ts';
import { registerSecurityHeaders } from './security.ts';
import { registerWeb, type WebPages } from './web.ts';
import { declareScopeAction } from './auth/route-actions.ts';

export interface AppDependencies {
  catalog: FrameworkCatalog;
  programs: ProgramDeps;
  /** Occupations and search; without them those routes are not served. */
  occupations?: OccupationServices;
  /** Course, credential and CIP pages; without them those routes are not served. */
  catalogPages?: CatalogPages;
  /** Accounts and sessions; without them every route that is not public is refused. */
  accounts?: Accounts;
  /** Address people use to reach the site, for one-time links. */
  publicUrl?: string;
  /** Sign-in attempts allowed per address and email per minute (default 10). */
  signInPerMinute?: number;
  /** OpenID Connect sign-in providers (none by default). */
  oidc?: OidcProviders;
  /** Student records one admin may export per 24 hours without a second admin's approval. */
  exportDailyCap?: number;
  /** Checks the database answers; throws when it does not. */
  ping: () => Promise<void>;
  engine: string;
  version: string;
  /** Fastify's logger option: false, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; none to serve the API alone. */
  webRoot?: string | undefined;
}

export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'req.body.password',
  'req.body.currentPassword',
  'req.body.newPassword',
  'req.body.token',
  'req.body.totpCode',
];

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerSecurityHeaders(app);
  await registerAuth(app, deps.accounts);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Wayfinder API',
        version: deps.version,
        description:
          'Career Clusters, Career Pathways and programs of study. Texts come in English or Spanish: pass `lang=es` or send Accept-Language.',
      },
      tags: [
        { name: 'framework', description: 'Frameworks, clusters and pathways' },
        { name: 'programs', description: 'Programs of study: authoring, validation, approval' },
        {
          name: 'occupations',
          description: 'Occupations, wages and outlook, with their sources (O*NET: CC BY 4.0)',
        },
        {
          name: 'search',
          description: 'One search across clusters, pathways, occupations and programs',
        },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    declareScopeAction(docs, 'docs.read');
    await docs.register(fastifySwaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list' },
    });
  });

  app.get(
    '/api/openapi.json',
    { config: { action: 'docs.read' }, schema: { hide: true } },
    async () => app.swagger(),
  );

  app.get(
    '/healthz',
    {
      config: { action: 'health.read' },
      schema: {
        summary: 'Liveness and database check',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.string(), version: z.string() }),
          503: z.object({
            status: z.literal('unavailable'),
            database: z.string(),
            version: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      try {
        await deps.ping();
        return { status: 'ok' as const, database: deps.engine, version: deps.version };
      } catch (error) {
        request.log.error({ err: error }, 'database check failed');
        return reply
          .status(503)
          .send({ status: 'unavailable' as const, database: deps.engine, version: deps.version });
      }
    },
  );

  await app.register(frameworkRoutes, { prefix: '/api/v1', catalog: deps.catalog });
  if (deps.accounts) {
    await app.register(authRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      signInPerMinute: deps.signInPerMinute,
    });
    await app.register(accountRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      publicUrl: deps.publicUrl ?? 'http://localhost:3000',
      oidc: deps.oidc ?? new OidcProviders([]),
    });
    await app.register(oidcRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      oidc: deps.oidc ?? new OidcProviders([]),
      publicUrl: deps.publicUrl ?? 'http://localhost:3000',
    });
    await app.register(studentExportRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      dailyCap: deps.exportDailyCap ?? DEFAULT_EXPORT_DAILY_CAP,
    });
  }
  await app.register(programRoutes, { prefix: '/api/v1', programs: deps.programs });
  if (deps.catalogPages)
    await app.register(catalogRoutes, { prefix: '/api/v1', pages: deps.catalogPages });
  if (deps.occupations) {
    await app.register(occupationRoutes, {
      prefix: '/api/v1',
      occupations: deps.occupations.catalog,
    });
    await app.register(searchRoutes, { prefix: '/api/v1', search: deps.occupations.search });
  }
  let web: WebPages | undefined;
  if (deps.webRoot) {
    const webRoot = deps.webRoot;
    await app.register(async (pages) => {
      declareScopeAction(pages, 'web.page');
      web = await registerWeb(pages, webRoot);
    });
  }
  registerNotFound(app, web?.notFoundPage);
  return app;
}
