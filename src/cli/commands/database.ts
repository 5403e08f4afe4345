import type { Command } from 'commander';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { configFrom, dataOption, type CliIo } from '../shared.ts';

export function registerDatabaseCommands(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .addOption(dataOption())
    .action(async (opts: { data?: string }) => {
      const runtime = await createRuntime(databaseTarget(configFrom(opts)));
      try {
        const applied = await runtime.migrate();
        io.out(applied.length === 0 ? 'Database is up to date.\n' : `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`);
      } finally {
        await runtime.close();
      }
    });

  program
    .command('seed')
    .description('load the embedded default data (the 16/79 framework); safe to run again')
    .addOption(dataOption())
    .action(async (opts: { data?: string }) => {
      const runtime = await createRuntime(databaseTarget(configFrom(opts)));
      try {
        await runtime.migrate();
        const counts = await runtime.seed();
        io.out(`Loaded ${counts.frameworks} framework(s), ${counts.clusters} clusters, ${counts.pathways} pathways.\n`);
      } finally {
        await runtime.close();
      }
    });
}
