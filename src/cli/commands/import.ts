/** `wayfinder import <kind> …`: O*NET, the cluster crosswalk, CIP, CIP–SOC, BLS wages and projections. */
import { SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import { DEFAULT_FRAMEWORK_ID } from '../../data/index.ts';
import { IMPORT_KINDS, type ImportKind } from '../../importers/import-plan.ts';
import { loadPlan } from '../../importers/load-plan.ts';
import { ONET_DOWNLOAD_URL } from '../../importers/onet-download.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { runImport, type ImportSummary } from '../../services/occupations/run-import.ts';
import { configFrom, dataOption, processIo, type CliIo, commandGroup } from '../shared.ts';

interface ImportFlags {
  data?: string;
  dryRun?: boolean;
  download?: boolean;
  url?: string;
  sha256?: string;
  release?: string;
  framework?: string;
}

const HELP: Record<ImportKind, string> = {
  onet: 'O*NET database text files (a folder or the .zip archive): occupations, job zones, interests, related occupations',
  clusters: 'O*NET "All Career Clusters" CSV: occupation ↔ cluster / pathway links',
  cip: 'NCES CIPCode2020.csv: CIP 2020 titles and definitions',
  'cip-soc': 'NCES CIP2020_SOC2018_Crosswalk.csv',
  wages: 'BLS OEWS national file (national_M2024_dl.tsv): employment and median annual wage',
  projections: 'BLS Employment Projections CSV: growth, annual openings, typical entry education',
  'bright-outlook':
    'O*NET OnLine Bright Outlook list (CSV or TSV with a Code column): flags the listed occupations, clears the rest',
};

/** A progress bar on a terminal; nothing otherwise (pipes and logs get the summary only). */
export function progress(io: CliIo): {
  update: (done: number, total: number) => void;
  stop: () => void;
} {
  if (io !== processIo || !process.stdout.isTTY)
    return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: '  {bar} {percentage}% | {value}/{total} rows',
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.kind} from ${s.source.title} [${s.source.id}]`,
    `  files: ${s.files.join(', ')}`,
    `  rows read ${s.rowsRead} · inserted ${s.inserted} · updated ${s.updated} · unchanged ${s.unchanged} · rejected ${s.rejected} · skipped ${s.skipped}`,
    ...Object.entries(s.tables).map(
      ([table, c]) => `    ${table}: +${c.inserted} ~${c.updated} =${c.unchanged}`,
    ),
    `  attribution: ${s.source.attribution}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function registerImportCommand(program: Command, io: CliIo): void {
  const command = commandGroup(
    program,
    'import',
    'import programs of study, occupations, crosswalks and labor-market data (all or nothing; safe to repeat)',
  );
  for (const kind of IMPORT_KINDS) {
    const sub = command
      .command(`${kind} [path]`)
      .description(HELP[kind])
      .addOption(dataOption())
      .option('--dry-run', 'check and count, write nothing')
      .option('--release <version>', 'the release or edition, when the files do not say it');
    if (kind === 'onet') {
      sub
        .option('--download', `download the archive from its publisher (${ONET_DOWNLOAD_URL})`)
        .option('--url <url>', 'download from this address instead')
        .option('--sha256 <hex>', 'refuse a downloaded archive whose SHA-256 differs');
    }
    if (kind === 'clusters')
      sub.addOption(
        new Option('--framework <id>', 'framework to link to').default(DEFAULT_FRAMEWORK_ID),
      );
    sub.action(async (file: string | undefined, flags: ImportFlags) => {
      const runtime = await createRuntime(databaseTarget(configFrom(flags)));
      const bar = progress(io);
      try {
        await runtime.migrate();
        const plan = await loadPlan({
          kind,
          path: file,
          download:
            flags.download || flags.url ? { url: flags.url, sha256: flags.sha256 } : undefined,
          release: flags.release,
          frameworkId: flags.framework ?? DEFAULT_FRAMEWORK_ID,
          pathways: () => runtime.occupations.pathwayNames(flags.framework ?? DEFAULT_FRAMEWORK_ID),
        });
        const summary = await runImport(runtime.occupations.imports, plan, {
          dryRun: flags.dryRun ?? false,
          onProgress: bar.update,
        });
        bar.stop();
        io.out(formatSummary(summary));
      } finally {
        bar.stop();
        await runtime.close();
      }
    });
  }
}
