/** Starts the HTTP server on a prepared database and stops it cleanly on SIGTERM/SIGINT. */
import type { FastifyInstance } from 'fastify';
import type { TConfig } from '../config.ts';
import { runtimeFor, VERSION, type Runtime } from '../runtime.ts';
import { firstStart } from '../services/accounts/first-start.ts';
import { seedDemoCaseload } from '../services/caseload/seed-demo-caseload.ts';
import { OidcProviders } from '../services/accounts/oidc-client.ts';
import { loadOidcProviders } from '../services/accounts/oidc-settings.ts';
import { loadAccountSettings, mailerOf } from '../services/accounts/settings.ts';
import { buildApp, REDACTED_LOG_PATHS } from './app.ts';
import { DEFAULT_WEB_ROOT } from './web.ts';

export interface RunningServer {
  app: FastifyInstance;
  runtime: Runtime;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(
  config: TConfig,
  options: {
    webRoot?: string;
    handleSignals?: boolean;
    /** --demo (true) or --no-demo (false) */ demo?: boolean;
    /** Where account settings and sign-in providers are read from; tests pass their own. */
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<RunningServer> {
  const runtime = await runtimeFor(config);
  const logger = {
    level: config.logLevel,
    base: { module: 'server' },
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
  };
  let app: FastifyInstance;
  try {
    const prepared = await runtime.prepare();
    const settings = loadAccountSettings(options.env, config.basePath);
    runtime.accounts.deps.mailer = mailerOf(settings);
    const oidc = new OidcProviders(loadOidcProviders(options.env));
    const accountsStart = await firstStart(runtime.accounts.deps, settings, {
      nodeEnv: config.nodeEnv,
      hasDatabaseUrl: config.databaseUrl !== undefined,
      demoFlag: options.demo,
    });
    app = await buildApp({
      catalog: runtime.catalog,
      programs: runtime.programs,
      occupations: runtime.occupations,
      interests: runtime.interests,
      catalogPages: runtime.catalogPages,
      readCache: runtime.readCache,
      records: runtime.records,
      perkins: runtime.perkins,
      accounts: runtime.accounts,
      publicUrl: settings.publicUrl,
      oidc,
      exportDailyCap: settings.exportDailyCap,
      ping: runtime.ping,
      engine: runtime.database.engine,
      version: VERSION,
      logger,
      trustProxy: config.trustProxy,
      basePath: config.basePath,
      webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    });
    if (prepared.migrated.length > 0)
      app.log.info({ migrations: prepared.migrated }, 'database migrated');
    if (prepared.seeded) app.log.info('empty database: loaded the default framework');
    if (accountsStart.demo.loaded) {
      app.log.warn(
        { created: accountsStart.demo.users },
        'demo accounts loaded (demo-only passwords, see README)',
      );
      // The demo region (schools, colleges, employers, six approved programs of study) comes
      // with the demo accounts, under the same guard; programs already there are left alone.
      const region = await runtime.seedDemoRegion();
      if (region.added.length > 0) app.log.info({ programs: region.added }, 'demo region loaded');
      // Transcripts and plans for the demo counselor's caseload, once (see seed-demo-caseload.ts).
      const caseload = await seedDemoCaseload(runtime.records);
      if (caseload.students > 0) app.log.info(caseload, 'demo transcripts and plans loaded');
    } else if (accountsStart.demo.reason)
      app.log.info(`no demo accounts: ${accountsStart.demo.reason}`);
    if (accountsStart.admin.created) {
      // The link is a secret: printed once for the operator, never logged.
      const how = accountsStart.admin.link
        ? `set its password with this one-time link (valid until ${accountsStart.admin.link.expiresAt}):\n  ${accountsStart.admin.link.url}`
        : 'its password came from WAYFINDER_ADMIN_PASSWORD';
      process.stdout.write(
        `\nFirst start: created the state admin ${accountsStart.admin.email}; ${how}\n\n`,
      );
    }
  } catch (error) {
    await runtime.close();
    throw error;
  }
  // Sessions ended by another process (the command line, another instance) end here at once.
  const unlisten = await runtime.followEndedSessions();
  // Writes by other processes reach the read cache within a poll (docs/ARCHITECTURE.md).
  const unfollow = runtime.followGenerations();
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  app.log.info(
    {
      url,
      ...(config.basePath === '' ? {} : { basePath: config.basePath }),
      database: runtime.database.engine,
      location: runtime.database.location,
    },
    'Wayfinder is ready',
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await unlisten();
      unfollow();
      await runtime.close();
    })();
    return stopping;
  };
  if (options.handleSignals) {
    const onSignal = (signal: NodeJS.Signals) => {
      app.log.info({ signal }, 'shutting down');
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { app, runtime, url, stop };
}
