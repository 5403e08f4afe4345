/**
 * `wayfinder import edfi PATH… --district ID [--dry-run]`: Ed-Fi Data Standard v5 JSON, as the
 * Ed-Fi API returns it. A PATH is a folder (its *.json files named after the resources they
 * hold: students.json, studentSchoolAssociations.json, studentEducationOrganizationAssociations.json,
 * courses.json, studentAcademicRecords.json, courseTranscripts.json; other files are left
 * alone and listed), a resource file, or one bundle file ({"students": […], …}).
 *
 * `wayfinder import oneroster PATH --district ID [--dry-run]`: a OneRoster 1.2 CSV package, a zip
 * or a folder (manifest.csv, orgs.csv, users.csv, classes.csv, enrollments.csv, …).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { TBundleImportSummary } from '../../contracts/records.ts';
import { invalid } from '../../domain/errors.ts';
import { resourceOfFileName } from '../../importers/edfi/edfi-sources.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { importEdfi } from '../../services/records/import-edfi.ts';
import { importOneRoster } from '../../services/records/import-oneroster.ts';
import { oneRosterFileOf, unzipPackage } from '../../importers/oneroster/oneroster-files.ts';
import { configFrom, dataOption, type CliIo } from '../shared.ts';
import { progress } from './import.ts';
import { formatRecordSummary } from './import-records.ts';

interface Flags {
  data?: string;
  district: string;
  dryRun?: boolean;
}

const readText = async (file: string) => {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    throw invalid(`Cannot read ${file}.`, 'file');
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
    if (!stat) throw invalid(`Cannot read ${target}.`, 'file');
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

export function formatBundleSummary(s: TBundleImportSummary, skipped: string[]): string {
  const head = `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.format} into ${s.districtId} from ${s.files.length} files`;
  const parts = s.results.map((r) =>
    formatRecordSummary({ ...r, file: `${s.files.length} files` }).replace(/^.*\n/, `${r.kind}:\n`),
  );
  const skip =
    skipped.length > 0
      ? `Left alone (not a resource this import reads): ${skipped.join(', ')}\n`
      : '';
  return `${head}\n${parts.join('')}${skip}`;
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
    .action(async (paths: string[], flags: Flags) => {
      const { files, skipped } = await readPaths(
        paths,
        (name) => resourceOfFileName(name) !== undefined,
      );
      const runtime = await createRuntime(databaseTarget(configFrom(flags)));
      const bar = progress(io);
      try {
        await runtime.migrate();
        const summary = await importEdfi(runtime.records, CLI, files, {
          districtId: flags.district,
          dryRun: flags.dryRun ?? false,
          onProgress: bar.update,
        });
        bar.stop();
        io.out(formatBundleSummary(summary, skipped));
      } finally {
        bar.stop();
        await runtime.close();
      }
    });

  group
    .command('oneroster <path>')
    .description(
      'OneRoster 1.2 CSV package (zip or folder: manifest.csv, orgs.csv, users.csv, courses.csv, classes.csv, enrollments.csv, academicSessions.csv): students, teacher, counselor and guardian accounts, guardian links and counselor caseloads; not grades',
    )
    .requiredOption('--district <id>', 'the district the records belong to')
    .option('--dry-run', 'check and count, write nothing')
    .addOption(dataOption())
    .action(async (target: string, flags: Flags) => {
      let files: SourceFile[];
      let skipped: string[] = [];
      if (/\.zip$/i.test(target)) {
        const bytes = await fs.readFile(target).catch(() => {
          throw invalid(`Cannot read ${target}.`, 'file');
        });
        const unzipped = unzipPackage(target, bytes);
        if (!Array.isArray(unzipped)) throw invalid(`${target}: ${unzipped.message}`, 'file');
        files = unzipped;
      } else
        ({ files, skipped } = await readPaths([target], (n) => oneRosterFileOf(n) !== undefined));
      const runtime = await createRuntime(databaseTarget(configFrom(flags)));
      const bar = progress(io);
      try {
        await runtime.migrate();
        const summary = await importOneRoster(runtime.records, CLI, files, {
          districtId: flags.district,
          dryRun: flags.dryRun ?? false,
          onProgress: bar.update,
        });
        bar.stop();
        io.out(formatBundleSummary(summary, skipped));
      } finally {
        bar.stop();
        await runtime.close();
      }
    });
}
