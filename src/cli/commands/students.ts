/**
 * `wayfinder students export|exports|approve-export`: bulk exports of student records at the
 * server, through the same service as the API. The operator acts as an admin (`--as EMAIL`):
 * that admin's daily cap applies, and the audit log records the export (via the CLI).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, type TExportFormat } from '../../contracts/student-export.ts';
import { runtimeFor, type Runtime } from '../../runtime.ts';
import { loadAccountSettings } from '../../services/accounts/settings.ts';
import {
  actorByEmail,
  approveExport,
  exportStudents,
  listExports,
  studentsCsv,
} from '../../services/accounts/student-export.ts';
import { emailAddress, oneOf } from '../option-values.ts';
import { commandGroup, configFrom, dataOption, type CliIo } from '../shared.ts';

async function withRuntime<T>(opts: { data?: string }, work: (rt: Runtime) => Promise<T>) {
  const runtime = await runtimeFor(configFrom(opts));
  try {
    await runtime.migrate();
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

const format = oneOf(EXPORT_FORMATS);

export function registerStudentCommands(program: Command, io: CliIo): void {
  const students = commandGroup(program, 'students', 'student records: bulk exports');
  const asOption = '--as <email>';
  const asHelp = 'the admin you act as (their daily cap and approvals apply; logged)';

  students
    .command('export')
    .description(
      'export student records (capped per admin per day; over it, another admin approves)',
    )
    .requiredOption('--format <format>', 'csv or json', format)
    .requiredOption(asOption, asHelp, emailAddress)
    .option('--district <id>', 'state admins: one district (default: every district)')
    .option('--approval <id>', 'run an export another admin approved (once)')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .addOption(dataOption())
    .action(
      async (opts: {
        format: TExportFormat;
        as: string;
        district?: string;
        approval?: string;
        out?: string;
        data?: string;
      }) => {
        const { exportDailyCap } = loadAccountSettings();
        await withRuntime(opts, async (rt) => {
          const deps = rt.accounts.deps;
          const result = await exportStudents(
            deps,
            { actor: await actorByEmail(deps, opts.as), via: 'cli' },
            {
              format: opts.format,
              districtId: opts.district,
              approvalId: opts.approval,
              dailyCap: exportDailyCap,
            },
          );
          const text =
            opts.format === 'csv'
              ? studentsCsv(result.items)
              : `${JSON.stringify(result, null, 2)}\n`;
          if (opts.out) {
            fs.writeFileSync(opts.out, text, { mode: 0o600 });
            io.err(
              `Exported ${result.count} student record(s) to ${opts.out} (export ${result.exportId}).\n`,
            );
          } else io.out(text);
        });
      },
    );

  students
    .command('exports')
    .description('list exports of your district (or all, for a state admin), newest first')
    .requiredOption(asOption, asHelp, emailAddress)
    .option('--pending', 'only those waiting for approval')
    .addOption(dataOption())
    .action(async (opts: { as: string; pending?: boolean; data?: string }) => {
      await withRuntime(opts, async (rt) => {
        const deps = rt.accounts.deps;
        const rows = await listExports(
          deps,
          await actorByEmail(deps, opts.as),
          opts.pending ? { status: 'pending' } : {},
        );
        for (const r of rows) {
          const who = (await deps.users.findById(r.requestedBy))?.email ?? r.requestedBy;
          io.out(
            `${r.id}  ${r.status.padEnd(8)}  ${String(r.recordCount).padStart(6)} record(s)  ${r.districtId ?? 'all districts'}  by ${who}  ${r.requestedAt.toISOString()}\n`,
          );
        }
        io.out(`${rows.length} export(s)\n`);
      });
    });

  students
    .command('approve-export')
    .description("approve another admin's export over the daily cap (it may then run once)")
    .argument('<id>', 'the export id (from the refusal message or `students exports --pending`)')
    .requiredOption(asOption, 'the approving admin (not the one who asked)', emailAddress)
    .addOption(dataOption())
    .action(async (id: string, opts: { as: string; data?: string }) => {
      await withRuntime(opts, async (rt) => {
        const deps = rt.accounts.deps;
        const record = await approveExport(
          deps,
          { actor: await actorByEmail(deps, opts.as), via: 'cli' },
          id,
        );
        io.out(
          `Approved export ${record.id} (${record.recordCount} record(s)); its requester may now run it once with --approval ${record.id}.\n`,
        );
      });
    });
}
