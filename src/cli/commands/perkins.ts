/**
 * `wayfinder perkins --year 2026 --profile federal|texas-like|nebraska-like|FILE.json
 * [--district ID] [--format csv|json|text] [--out FILE] [--lang en|es]`: Perkins V counts, as the
 * state submission CSV, the JSON of the API, or a short funnel per program (text, in `--lang`).
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
import type { Lang } from '../../domain/framework.ts';
import { configFrom, dataOption, inLang, langOption, type CliIo } from '../shared.ts';
import { perkinsCliText } from './perkins-text.ts';

interface PerkinsFlags {
  data?: string;
  year: string;
  profile: string;
  district?: string;
  format: string;
  out?: string;
  lang: Lang;
}

/**
 * One line per program of the top organization: participants → concentrators → completers → 5S1.
 * A profile without a completer rule (federal) has no completers: "n/a", never a hidden count.
 */
export function formatFunnel(
  report: TPerkinsReport,
  hasCompleter = true,
  lang: Lang = 'en',
): string {
  const say = (key: Parameters<typeof perkinsCliText>[1], values = {}) =>
    perkinsCliText(lang, key, values);
  const titles = new Map(report.programs.map((p) => [p.key, p.title[lang]]));
  const measureWord = (measure: string) =>
    measure === 'participants' || measure === 'concentrators' || measure === 'completers'
      ? say(measure)
      : measure;
  const top = report.rows.filter((r) => r.level !== 'school' && r.group === 'all');
  const topLevel = top.some((r) => r.level === 'state') ? 'state' : 'district';
  const show = (c: TPerkinsReport['rows'][number]['cell']) =>
    'value' in c
      ? String(c.value)
      : 'suppressed' in c
        ? c.complementary
          ? '*'
          : `<${report.threshold}`
        : say('notAvailable');
  const programs = new Map<string, string[]>();
  for (const r of top.filter((x) => x.level === topLevel)) {
    if (!['participants', 'concentrators', 'completers', '5S1'].includes(r.measure)) continue;
    const title =
      r.programKey === '*' ? say('allCte') : (titles.get(r.programKey) ?? r.programTitle);
    const list = programs.get(title) ?? [];
    const none = r.measure === 'completers' && !hasCompleter;
    list.push(`${measureWord(r.measure)} ${none ? say('notAvailable') : show(r.cell)}`);
    programs.set(title, list);
  }
  const period = { from: String(report.year - 1), to: String(report.year).slice(2) };
  const lines = [say('heading', { ...period, profile: report.profile })];
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
    .addOption(langOption("the text's, the messages' and the problems' language: en or es"))
    .action((flags: PerkinsFlags) => inLang(flags.lang, () => perkins(io, flags)));
}

/** A refusal written in both languages, its field named. */
const refuse = (key: 'badYear' | 'badFormat', field: string) =>
  invalid(perkinsCliText('en', key), field, { es: perkinsCliText('es', key) });

async function perkins(io: CliIo, flags: PerkinsFlags): Promise<void> {
  const year = Number(flags.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw refuse('badYear', 'year');
  if (!['csv', 'json', 'text'].includes(flags.format)) throw refuse('badFormat', 'format');
  const profile = loadPerkinsProfile(flags.profile, flags.lang);
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
          : formatFunnel(report, profile.completer !== undefined, flags.lang);
    if (flags.out) {
      fs.writeFileSync(flags.out, text);
      const wrote = { count: report.rows.length, file: flags.out };
      io.out(`${perkinsCliText(flags.lang, 'wrote', wrote)}\n`);
    } else io.out(text);
  } finally {
    await runtime.close();
  }
}
