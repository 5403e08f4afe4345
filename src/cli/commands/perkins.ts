/**
 * `wayfinder perkins --year 2026 --profile federal|texas-like|nebraska-like|FILE.json
 * [--district ID] [--format csv|json|text] [--out FILE]`: Perkins V counts, as the state
 * submission CSV, the JSON of the API, or a short funnel per program (text).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { TPerkinsReport } from '../../contracts/perkins.ts';
import { invalid } from '../../domain/errors.ts';
import { perkinsToCsv } from '../../importers/perkins-csv.ts';
import { loadPerkinsProfile } from '../../importers/perkins-profile-file.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { perkinsReport } from '../../services/perkins/perkins-report.ts';
import { configFrom, dataOption, type CliIo } from '../shared.ts';

interface PerkinsFlags {
  data?: string;
  year: string;
  profile: string;
  district?: string;
  format: string;
  out?: string;
}

/**
 * One line per program of the top organization: participants → concentrators → completers → 5S1.
 * A profile without a completer rule (federal) has no completers: "n/a", never a hidden count.
 */
export function formatFunnel(report: TPerkinsReport, hasCompleter = true): string {
  const top = report.rows.filter((r) => r.level !== 'school' && r.group === 'all');
  const topLevel = top.some((r) => r.level === 'state') ? 'state' : 'district';
  const show = (c: TPerkinsReport['rows'][number]['cell']) =>
    'value' in c
      ? String(c.value)
      : 'suppressed' in c
        ? c.complementary
          ? '*'
          : `<${report.threshold}`
        : 'n/a';
  const programs = new Map<string, string[]>();
  for (const r of top.filter((x) => x.level === topLevel)) {
    if (!['participants', 'concentrators', 'completers', '5S1'].includes(r.measure)) continue;
    const list = programs.get(r.programKey === '*' ? 'All CTE' : r.programTitle) ?? [];
    const none = r.measure === 'completers' && !hasCompleter;
    list.push(`${r.measure} ${none ? 'n/a' : show(r.cell)}`);
    programs.set(r.programKey === '*' ? 'All CTE' : r.programTitle, list);
  }
  const lines = [
    `Perkins V ${report.year - 1}–${String(report.year).slice(2)}, profile ${report.profile}`,
  ];
  for (const [title, parts] of programs) lines.push(`  ${title}: ${parts.join(' → ')}`);
  return `${lines.join('\n')}\n`;
}

export function registerPerkinsCommand(program: Command, io: CliIo): void {
  program
    .command('perkins')
    .summary('Perkins V participants, concentrators and completers for a school year')
    .requiredOption('--year <end>', 'the school year by its ending year (2026 is 2025–26)')
    .option(
      '--profile <name>',
      'federal, texas-like, nebraska-like, or a profile .json file',
      'federal',
    )
    .option('--district <id>', 'one district (default: the whole state)')
    .option('--format <format>', 'csv (state submission), json or text', 'text')
    .option('--out <file>', 'write to this file instead of the screen')
    .addOption(dataOption())
    .action(async (flags: PerkinsFlags) => {
      const year = Number(flags.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw invalid('--year must be a school year by its ending year, such as 2026.', 'year');
      if (!['csv', 'json', 'text'].includes(flags.format))
        throw invalid('--format must be csv, json or text.', 'format');
      const profile = loadPerkinsProfile(flags.profile);
      const runtime = await createRuntime(databaseTarget(configFrom(flags)));
      try {
        await runtime.migrate();
        const report = await perkinsReport(runtime.perkins, CLI, {
          year,
          profile,
          ...(flags.district ? { districtId: flags.district } : {}),
        });
        const text =
          flags.format === 'csv'
            ? perkinsToCsv(report)
            : flags.format === 'json'
              ? `${JSON.stringify(report, null, 2)}\n`
              : formatFunnel(report, profile.completer !== undefined);
        if (flags.out) {
          fs.writeFileSync(flags.out, text);
          io.out(`Wrote ${report.rows.length} rows to ${flags.out}\n`);
        } else io.out(text);
      } finally {
        await runtime.close();
      }
    });
}
