/**
 * `wayfinder notices agreements`: the credit agreements ending within 90 days (--days), by owner
 * of the programs that rely on them, for the operator to pass on. Exit 0 either way.
 */
import { Option, type Command } from 'commander';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { listAgreementNotices } from '../../services/programs/agreement-notices.ts';
import {
  CliExit,
  commandGroup,
  configFrom,
  dataOption,
  langOption,
  type CliIo,
} from '../shared.ts';

interface NoticeOptions {
  days: string;
  today?: string;
  lang: 'en' | 'es';
  format: 'text' | 'json';
  data?: string;
}

export function registerNoticeCommands(program: Command, io: CliIo): void {
  commandGroup(program, 'notices', 'what program owners need to know')
    .command('agreements')
    .description('credit agreements ending soon, by owner of the programs that rely on them')
    .option('--days <n>', 'notice period in days', '90')
    .option('--today <date>', 'count from this day (YYYY-MM-DD) instead of today')
    .addOption(langOption('language'))
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(dataOption())
    .action(async (opts: NoticeOptions) => {
      const es = opts.lang === 'es';
      if (!/^\d{1,3}$/.test(opts.days) || Number(opts.days) > 365)
        throw new CliExit(
          es
            ? `--days debe ser un número entero de 0 a 365, no "${opts.days}".`
            : `--days must be a whole number from 0 to 365, not "${opts.days}".`,
          2,
        );
      if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today))
        throw new CliExit(
          es
            ? `--today debe ser una fecha escrita AAAA-MM-DD, no "${opts.today}".`
            : `--today must be a date written YYYY-MM-DD, not "${opts.today}".`,
          2,
        );
      const today = opts.today ?? new Date().toISOString().slice(0, 10);
      const runtime = await createRuntime(databaseTarget(configFrom(opts)));
      try {
        await runtime.prepare();
        const { notices, owners } = await listAgreementNotices(runtime.programs, {
          today,
          days: Number(opts.days),
        });
        if (opts.format === 'json') {
          const rows = notices.map(({ message, ...rest }) => ({
            ...rest,
            owner: owners.get(rest.ownerId) ?? rest.ownerId,
            message: message[opts.lang],
          }));
          io.out(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        let owner: string | undefined;
        for (const notice of notices) {
          if (notice.ownerId !== owner) {
            owner = notice.ownerId;
            io.out(`${owners.get(owner) ?? owner} (${owner}):\n`);
          }
          io.out(`  ${notice.message[opts.lang]}\n`);
        }
        if (notices.length === 0)
          io.out(
            opts.lang === 'es'
              ? `Ningún acuerdo de créditos vence en los próximos ${opts.days} días.\n`
              : `No credit agreement ends in the next ${opts.days} days.\n`,
          );
      } finally {
        await runtime.close();
      }
    });
}
