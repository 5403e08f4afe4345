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
import type { ReadCache } from '../services/cache/read-cache.ts';
import type { FrameworkCatalog } from '../services/framework-catalog.ts';
import type { InterestServices } from '../services/interests/index.ts';
import type { OccupationServices } from '../services/occupations/index.ts';
import type { ProgramDeps } from '../services/programs/deps.ts';
import { registerAuth } from './auth/auth-plugin.ts';
import { registerCaching } from './caching.ts';
import { registerErrorHandling, registerNotFound } from './errors.ts';
import { accountRoutes } from './routes/accounts.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { catalogRoutes } from './routes/catalog.routes.ts';
import { oidcRoutes } from './routes/oidc.routes.ts';
import { studentExportRoutes } from './routes/student-export.routes.ts';
import { frameworkRoutes } from './routes/framework.routes.ts';
import { interestProfilerRoutes } from './routes/interest-profiler.routes.ts';
import { studentInterestRoutes } from './routes/student-interests.routes.ts';
import { occupationRoutes } from './routes/occupations.routes.ts';
import { programRoutes } from './routes/programs.routes.ts';
import { searchRoutes } from './routes/search.routes.ts';
import { registerUnstorableTextCheck } from './reject-unstorable.ts';
import { perkinsRoutes } from './routes/perkins.routes.ts';
import { linksRoutes } from './routes/links.routes.ts';
import { recordsRoutes } from './routes/records.routes.ts';
import { progressRoutes } from './routes/progress.routes.ts';
import { planRoutes } from './routes/plans.routes.ts';
import { studentDataRoutes } from './routes/student-data.routes.ts';
import { caseloadRoutes } from './routes/caseload.routes.ts';
import type { PerkinsDeps } from '../services/perkins/perkins-report.ts';
import type { RecordsDeps } from '../services/records/deps.ts';
import { registerSecurityHeaders } from './security.ts';
import { stripBasePath } from './base-path.ts';
import { registerWeb, type WebPages } from './web.ts';
import { declareScopeAction } from './auth/route-actions.ts';

export interface AppDependencies {
  catalog: FrameworkCatalog;
  programs: ProgramDeps;
  /** Occupations and search; without them those routes are not served. */
  occupations?: OccupationServices;
  /** Course, credential and CIP pages; without them those routes are not served. */
  catalogPages?: CatalogPages;
  /** Public answers kept per data generation (services/cache); without it none are kept. */
  readCache?: ReadCache;
  /** The Interest Profiler and students' saved results; without it those routes are not served. */
  interests?: InterestServices;
  /** Accounts and sessions; without them every route that is not public is refused. */
  accounts?: Accounts;
  /** Student records (rosters, transcripts, progress); needs accounts. */
  records?: RecordsDeps;
  /** Perkins V counts (issue 12); needs accounts. */
  perkins?: PerkinsDeps;
  /** Address people use to reach the site, for one-time links. */
  publicUrl?: string;
  /** Sign-in attempts allowed per client address per minute (default 30). */
  signInPerMinute?: number;
  /** OpenID Connect sign-in providers (none by default). */
  oidc?: OidcProviders;
  /** Student records one admin may export per 24 hours without a second admin's approval. */
  exportDailyCap?: number;
  /** Checks the database answers; throws when it does not. */
  ping: () => Promise<void>;
  engine: string;
  version: string;
  /**
   * Proxies whose X-Forwarded-For/-Proto/-Host to believe (WAYFINDER_TRUST_PROXY): false, a hop
   * count, or addresses and CIDRs. Then request.ip is the client's (audit log, rate limits) and
   * request.protocol is what the client used (Secure cookies, HSTS).
   */
  trustProxy?: false | number | string[];
  /** Fastify's logger option: false, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Path prefix the site is served under behind a proxy (WAYFINDER_BASE_PATH, "/wayfinder"; ""
   * or none at the root): see base-path.ts. publicUrl should already end with it.
   */
  basePath?: string;
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

/** A hop count means: trust the `n` proxies nearest to this server (as proxy-addr does). */
function trustProxyOption(value: false | number | string[]) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const basePath = deps.basePath ?? '';
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(deps.trustProxy ?? false),
    routerOptions: { ignoreTrailingSlash: true },
    rewriteUrl: (request) => stripBasePath(request.url ?? '/', basePath),
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('basePath', basePath);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerUnstorableTextCheck(app);
  await registerSecurityHeaders(app);
  await registerAuth(app, deps.accounts, deps.publicUrl);
  await registerCaching(app);

  await app.register(fastifySwagger, {
    openapi: {
      // Under a path prefix, "Try it out" and clients must call the API under it too.
      ...(basePath === '' ? {} : { servers: [{ url: basePath }] }),
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
          name: 'interests',
          description:
            'The O*NET Interest Profiler (items: O*NET Career Exploration Tools, USDOL/ETA; CC BY-ND 4.0 in English, O*NET Tools Developer License in Spanish), results and students’ saved results. Results are for exploration only, never to screen or rank students.',
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
      // The page's asset addresses, when it is asked for without a trailing slash.
      ...(basePath === '' ? {} : { indexPrefix: basePath }),
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

  await app.register(frameworkRoutes, {
    prefix: '/api/v1',
    catalog: deps.catalog,
    cache: deps.readCache,
  });
  if (deps.accounts) {
    await app.register(authRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      signInPerMinute: deps.signInPerMinute,
    });
    await app.register(accountRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      publicUrl: deps.publicUrl ?? `http://localhost:3000${basePath}`,
      oidc: deps.oidc ?? new OidcProviders([]),
    });
    await app.register(oidcRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      oidc: deps.oidc ?? new OidcProviders([]),
      publicUrl: deps.publicUrl ?? `http://localhost:3000${basePath}`,
    });
    await app.register(studentExportRoutes, {
      prefix: '/api/v1',
      accounts: deps.accounts,
      dailyCap: deps.exportDailyCap ?? DEFAULT_EXPORT_DAILY_CAP,
    });
    if (deps.records) {
      await app.register(recordsRoutes, { prefix: '/api/v1', records: deps.records });
      await app.register(linksRoutes, { prefix: '/api/v1', records: deps.records });
      await app.register(progressRoutes, { prefix: '/api/v1', records: deps.records });
      await app.register(planRoutes, { prefix: '/api/v1', records: deps.records });
      await app.register(caseloadRoutes, { prefix: '/api/v1', records: deps.records });
    }
    if (deps.perkins)
      await app.register(perkinsRoutes, { prefix: '/api/v1', perkins: deps.perkins });
  }
  const cache = deps.readCache;
  await app.register(programRoutes, { prefix: '/api/v1', programs: deps.programs, cache });
  if (deps.catalogPages)
    await app.register(catalogRoutes, { prefix: '/api/v1', pages: deps.catalogPages, cache });
  if (deps.occupations) {
    await app.register(occupationRoutes, {
      prefix: '/api/v1',
      occupations: deps.occupations.catalog,
      cache,
    });
    await app.register(searchRoutes, { prefix: '/api/v1', search: deps.occupations.search });
  }
  if (deps.interests) {
    await app.register(interestProfilerRoutes, {
      prefix: '/api/v1',
      profiler: deps.interests.profiler,
    });
    if (deps.accounts)
      await app.register(studentInterestRoutes, { prefix: '/api/v1', interests: deps.interests });
    if (deps.accounts && deps.records)
      await app.register(studentDataRoutes, {
        prefix: '/api/v1',
        records: deps.records,
        interests: deps.interests.students.results,
      });
  }
  let web: WebPages | undefined;
  if (deps.webRoot) {
    const webRoot = deps.webRoot;
    await app.register(async (pages) => {
      declareScopeAction(pages, 'web.page');
      web = await registerWeb(pages, webRoot, basePath);
    });
  }
  registerNotFound(app, web?.notFoundPage);
  return app;
}
