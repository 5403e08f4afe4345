/**
 * `wayfinder import edfi PATH… --district ID [--dry-run]`: Ed-Fi Data Standard v5 JSON, as the
 * Ed-Fi API returns it. A PATH is a folder (its *.json files named after the resources they
 * hold: students.json, studentSchoolAssociations.json, studentEducationOrganizationAssociations.json,
 * courses.json, studentAcademicRecords.json, courseTranscripts.json; other files are left
 * alone and listed), a resource file, or one bundle file ({"students": […], …}).
 *
 * `wayfinder import oneroster PATH --district ID [--dry-run]`: a OneRoster 1.2 CSV package, a zip
 * or a folder (manifest.csv, orgs.csv, users.csv, classes.csv, enrollments.csv, …).
 *
 * Both take `--lang es` for their problems and summary in Spanish.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import { localizeIssue } from '../../importers/issue-text.ts';
import { resourceOfFileName } from '../../importers/edfi/edfi-sources.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import type { TBundleImportSummary } from '../../contracts/records.ts';
import { createRuntime, databaseTarget, type Runtime } from '../../runtime.ts';
import type { ImportOptions } from '../../services/records/run-import.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { importEdfi } from '../../services/records/import-edfi.ts';
import { importOneRoster } from '../../services/records/import-oneroster.ts';
import { oneRosterFileOf, unzipPackage } from '../../importers/oneroster/oneroster-files.ts';
import { configFrom, dataOption, inLang, langOption, type CliIo } from '../shared.ts';
import { progress } from './import.ts';
import { formatBundleSummary } from './import-summary.ts';

interface Flags {
  data?: string;
  district: string;
  dryRun?: boolean;
  lang: Lang;
}

const cannotRead = (file: string) =>
  invalid(`Cannot read ${file}.`, 'file', { es: `No se puede leer ${file}.` });

const readText = async (file: string) => {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    throw cannotRead(file);
  }
};

/** The files of the paths: a folder gives its files that `wanted` accepts; others are skipped. */
export async function readPaths(
  paths: readonly string[],
  wanted: (name: string) => boolean,
): Promise<{ files: SourceFile[]; skipped: string[] }> {
  const files: SourceFile[] = [];
  const skipped: string[] = [];
  for (const target of paths) {
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat) throw cannotRead(target);
    if (!stat.isDirectory()) {
      files.push({ name: target, text: await readText(target) });
      continue;
    }
    for (const name of (await fs.readdir(target)).sort()) {
      const full = path.join(target, name);
      if (wanted(name)) files.push({ name: full, text: await readText(full) });
      else skipped.push(full);
    }
  }
  return { files, skipped };
}

export function registerBundleImportCommands(group: Command, io: CliIo): void {
  group
    .command('edfi <paths...>')
    .description(
      'Ed-Fi Data Standard v5 JSON as the Ed-Fi API returns it: a folder of resource files (students.json, studentSchoolAssociations.json, studentEducationOrganizationAssociations.json, courses.json, studentAcademicRecords.json, courseTranscripts.json), such files, or one bundle object of them',
    )
    .requiredOption('--district <id>', 'the district the records belong to')
    .option('--dry-run', 'check and count, write nothing')
    .addOption(dataOption())
    .addOption(langOption())
    .action((paths: string[], flags: Flags) =>
      inLang(flags.lang, () => importEdfiPaths(io, paths, flags)),
    );

  group
    .command('oneroster <path>')
    .description(
      'OneRoster 1.2 CSV package (zip or folder: manifest.csv, orgs.csv, users.csv, courses.csv, classes.csv, enrollments.csv, academicSessions.csv): students, teacher, counselor and guardian accounts, guardian links and counselor caseloads; not grades',
    )
    .requiredOption('--district <id>', 'the district the records belong to')
    .option('--dry-run', 'check and count, write nothing')
    .addOption(dataOption())
    .addOption(langOption())
    .action((target: string, flags: Flags) =>
      inLang(flags.lang, () => importOneRosterPath(io, target, flags)),
    );
}

async function importEdfiPaths(io: CliIo, paths: string[], flags: Flags) {
  const { files, skipped } = await readPaths(
    paths,
    (name) => resourceOfFileName(name) !== undefined,
  );
  await writeBundle(io, flags, skipped, (records, options) =>
    importEdfi(records, CLI, files, options),
  );
}

async function importOneRosterPath(io: CliIo, target: string, flags: Flags) {
  let files: SourceFile[];
  let skipped: string[] = [];
  if (/\.zip$/i.test(target)) {
    const bytes = await fs.readFile(target).catch(() => {
      throw cannotRead(target);
    });
    const unzipped = unzipPackage(target, bytes);
    if (!Array.isArray(unzipped))
      throw invalid(`${target}: ${unzipped.message}`, 'file', {
        es: `${target}: ${localizeIssue(unzipped, 'es').message}`,
      });
    files = unzipped;
  } else ({ files, skipped } = await readPaths([target], (n) => oneRosterFileOf(n) !== undefined));
  await writeBundle(io, flags, skipped, (records, options) =>
    importOneRoster(records, CLI, files, options),
  );
}

/** Opens the database, runs the import with a progress bar, and prints its summary. */
async function writeBundle(
  io: CliIo,
  flags: Flags,
  skipped: string[],
  run: (records: Runtime['records'], options: ImportOptions) => Promise<TBundleImportSummary>,
): Promise<void> {
  const runtime = await createRuntime(databaseTarget(configFrom(flags)));
  const bar = progress(io);
  try {
    await runtime.migrate();
    const summary = await run(runtime.records, {
      districtId: flags.district,
      dryRun: flags.dryRun ?? false,
      onProgress: bar.update,
    });
    bar.stop();
    io.out(formatBundleSummary(summary, skipped, flags.lang));
  } finally {
    bar.stop();
    await runtime.close();
  }
}
