/** Starts the HTTP server on a prepared database and stops it cleanly on SIGTERM/SIGINT. */
import type { FastifyInstance } from 'fastify';
import type { TConfig } from '../config.ts';
import { createRuntime, databaseTarget, VERSION, type Runtime } from '../runtime.ts';
import { buildApp, REDACTED_LOG_PATHS } from './app.ts';
import { DEFAULT_WEB_ROOT } from './web.ts';

export interface RunningServer {
  app: FastifyInstance;
  runtime: Runtime;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(config: TConfig, options: { webRoot?: string; handleSignals?: boolean } = {}): Promise<RunningServer> {
  const runtime = await createRuntime(databaseTarget(config));
  const logger = {
    level: config.logLevel,
    base: { module: 'server' },
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
  };
  let app: FastifyInstance;
  try {
    const prepared = await runtime.prepare();
    app = await buildApp({
      catalog: runtime.catalog,
      ping: runtime.ping,
      engine: runtime.database.engine,
      version: VERSION,
      logger,
      webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    });
    if (prepared.migrated.length > 0) app.log.info({ migrations: prepared.migrated }, 'database migrated');
    if (prepared.seeded) app.log.info('empty database: loaded the default framework');
  } catch (error) {
    await runtime.close();
    throw error;
  }
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  app.log.info({ url, database: runtime.database.engine, location: runtime.database.location }, 'Wayfinder is ready');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
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
