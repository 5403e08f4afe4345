import fs from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import {
  formatFramework,
  loadFrameworkData,
  type FrameworkExportFormat,
} from '../../services/export-framework.ts';
import type { Lang } from '../../domain/framework.ts';
import { commandGroup, configFrom, dataOption, langOption, type CliIo } from '../shared.ts';
import { programCliText } from './programs-text.ts';

export function registerExportCommands(program: Command, io: CliIo): void {
  const exportCommand = commandGroup(program, 'export', 'write data out');
  exportCommand
    .command('framework')
    .description('export a framework (clusters and pathways, English and Spanish)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['json', 'csv']).default('json'),
    )
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--framework <id>', 'framework id (default: the default framework)')
    .addOption(dataOption())
    .addOption(langOption('the language of the line that says where the file went: en or es'))
    .action(
      async (opts: {
        format: FrameworkExportFormat;
        out?: string;
        framework?: string;
        data?: string;
        lang: Lang;
      }) => {
        const runtime = await createRuntime(databaseTarget(configFrom(opts)));
        try {
          await runtime.prepare();
          const text = formatFramework(
            await loadFrameworkData(runtime.repos.framework, opts.framework),
            opts.format,
          );
          if (opts.out) {
            await fs.writeFile(opts.out, text);
            io.err(`${programCliText(opts.lang, 'wrote', { file: opts.out })}\n`);
          } else {
            io.out(text);
          }
        } finally {
          await runtime.close();
        }
      },
    );
}
