/** `wayfinder orgs …` and `wayfinder audit`: organizations and the audit log, at the server. */
import type { Command } from 'commander';
import { ZOrgCreate } from '../../contracts/accounts.ts';
import { ORG_KINDS } from '../../domain/auth/roles.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { listAudit } from '../../services/accounts/list-audit.ts';
import { createOrg, listOrgs } from '../../services/accounts/manage-orgs.ts';
import { wholeNumber } from '../option-values.ts';
import { dataOption, type CliIo } from '../shared.ts';
import { parse, withRuntime } from './account-runtime.ts';

export function registerOrgCommands(program: Command, io: CliIo): void {
  const orgs = program
    .command('orgs')
    .description('create and list organizations (state, districts, schools, colleges, employers)');
  orgs
    .command('create')
    .description('create an organization')
    .requiredOption('--id <id>', 'short id: lowercase letters, digits, dashes')
    .requiredOption('--kind <kind>', `one of ${ORG_KINDS.join(', ')}`)
    .requiredOption('--name <name>', 'display name')
    .option('--parent <id>', 'parent organization (a district for a school, the state otherwise)')
    .addOption(dataOption())
    .action(
      async (opts: { id: string; kind: string; name: string; parent?: string; data?: string }) => {
        const input = parse(ZOrgCreate, {
          id: opts.id,
          kind: opts.kind,
          name: opts.name,
          parentId: opts.parent,
        });
        await withRuntime(opts, async (rt) => {
          const org = await createOrg(rt.accounts.deps, CLI, input);
          io.out(
            `Created ${org.kind} ${org.id}${org.districtId ? ` (district ${org.districtId})` : ''}.\n`,
          );
        });
      },
    );
  orgs
    .command('list')
    .description('list organizations')
    .option('--district <id>', 'only this district and its schools')
    .addOption(dataOption())
    .action(async (opts: { district?: string; data?: string }) => {
      await withRuntime(opts, async (rt) => {
        const rows = await listOrgs(rt.accounts.deps, CLI, { districtId: opts.district });
        for (const o of rows) io.out(`${o.id}\t${o.kind}\t${o.name}\t${o.parentId ?? ''}\n`);
        io.out(`${rows.length} organization(s)\n`);
      });
    });

  program
    .command('audit')
    .description(
      'print the audit log, newest first (sign-ins, failures, student record reads, exports, admin changes)',
    )
    .option('--district <id>', 'only this district')
    .option('--action <action>', 'only this action, e.g. student.read or auth.sign_in')
    .option('--limit <n>', 'how many entries (default 100)', wholeNumber(1), 100)
    .addOption(dataOption())
    .action(async (opts: { district?: string; action?: string; limit: number; data?: string }) => {
      await withRuntime(opts, async (rt) => {
        const rows = await listAudit(rt.accounts.deps, CLI, {
          districtId: opts.district,
          action: opts.action,
          limit: opts.limit,
        });
        for (const e of rows) {
          io.out(
            `${e.at}\t${e.action}\t${e.outcome}\t${e.actorRole ?? '-'}:${e.actorId ?? '-'}\t${e.targetType ?? ''}:${e.targetId ?? ''}\t${e.districtId ?? ''}\t${e.ip ?? ''}${e.detail ? `\t${JSON.stringify(e.detail)}` : ''}\n`,
          );
        }
      });
    });
}
