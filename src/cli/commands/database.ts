import type { Command } from 'commander';
import type { SyncCounts } from '../../db/sync-rows.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { CliExit, configFrom, dataOption, type CliIo } from '../shared.ts';

export function registerDatabaseCommands(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .addOption(dataOption())
    .action(async (opts: { data?: string }) => {
      const runtime = await createRuntime(databaseTarget(configFrom(opts)));
      try {
        const applied = await runtime.migrate();
        io.out(
          applied.length === 0
            ? 'Database is up to date.\n'
            : `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
        );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('seed')
    .description(
      'load the embedded default data (the 16/79 framework, default occupations); safe to run again',
    )
    .option(
      '--demo',
      'also load the demo region: its schools, colleges, employers, catalog and approved programs of study',
    )
    .addOption(dataOption())
    .action(async (opts: { data?: string; demo?: boolean }) => {
      const config = configFrom(opts);
      if (opts.demo && config.nodeEnv === 'production') {
        throw new CliExit(
          'Refusing --demo: demo data is never loaded when NODE_ENV=production.',
          2,
        );
      }
      const runtime = await createRuntime(databaseTarget(config));
      try {
        await runtime.migrate();
        const counts = await runtime.seed();
        io.out(
          `Loaded ${counts.frameworks} framework(s), ${counts.clusters} clusters, ${counts.pathways} pathways.\n`,
        );
        io.out(`${describeSeeded('Default occupations', counts.occupations)}\n`);
        io.out(`${describeSeeded('Occupation–pathway links', counts.occupationLinks)}\n`);
        if (opts.demo) {
          const region = await runtime.seedDemoRegion();
          io.out(
            `Demo region: ${region.added.length} program(s) added${region.added.length ? `: ${region.added.join(', ')}` : ' (all were there)'}.\n`,
          );
        }
      } finally {
        await runtime.close();
      }
    });
}

/** "Default occupations: 226 (226 added)", or "(all were there)" on a second run. */
function describeSeeded(what: string, counts: SyncCounts): string {
  const total = counts.inserted + counts.updated + counts.unchanged;
  const changes = [
    counts.inserted ? `${counts.inserted} added` : '',
    counts.updated ? `${counts.updated} updated` : '',
  ].filter(Boolean);
  return `${what}: ${total} (${changes.length ? changes.join(', ') : 'all were there'}).`;
}
