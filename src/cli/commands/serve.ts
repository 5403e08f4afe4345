import type { Command } from 'commander';
import { startServer } from '../../server/serve.ts';
import { parsePort } from '../option-values.ts';
import { configFrom, dataOption, type CliIo } from '../shared.ts';

export function registerServeCommand(program: Command, _io: CliIo): void {
  program
    .command('serve')
    .description(
      'serve the web app and API (migrates, and loads the default data into an empty database)',
    )
    .option('-p, --port <n>', 'port to listen on (default: $PORT or 3000)', parsePort)
    .option('-H, --host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .option(
      '--demo',
      'load the demo accounts even into a DATABASE_URL server (never when NODE_ENV=production)',
    )
    .option('--no-demo', 'do not load the demo accounts')
    .addOption(dataOption())
    .action(async (opts: { port?: string; host?: string; data?: string; demo?: boolean }) => {
      const config = configFrom(opts);
      const server = await startServer(config, { handleSignals: true, demo: opts.demo });
      process.stdout.write(`Wayfinder is serving ${server.url}\n`);
      await new Promise<void>((resolve) => server.app.server.once('close', () => resolve()));
    });
}
