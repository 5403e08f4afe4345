/**
 * `wayfinder import students|transcripts|credentials FILE --district ID [--dry-run]`: SIS exports in; a
 * transcript import may be told the district's lowest passing mark (`--lowest-pass-percent 70
 * --lowest-pass-letter D`) and what a college's Banner term codes mean (`--banner-terms
 * "10=fall,20=spring,30=summer"`). `--lang es` tells the problems and the summary in Spanish.
 */
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { importCredentials } from '../../services/records/import-credentials.ts';
import { importStudents } from '../../services/records/import-students.ts';
import { decodeText } from '../../importers/text-encoding.ts';
import { importTranscripts } from '../../services/records/import-transcripts.ts';
import { commandGroup, configFrom, dataOption, inLang, langOption, type CliIo } from '../shared.ts';
import { registerBundleImportCommands } from './import-bundles.ts';
import { progress } from './import.ts';
import { formatRecordSummary } from './import-summary.ts';

interface Flags {
  data?: string;
  district: string;
  dryRun?: boolean;
  lowestPassPercent?: string;
  lowestPassLetter?: string;
  bannerTerms?: string;
  lang: Lang;
}

export function registerRecordImportCommands(program: Command, io: CliIo): void {
  const group = commandGroup(program, 'import', 'import data (all or nothing; safe to repeat)');
  const kinds = {
    students:
      'student roster CSV: student_id,school_id,first_name,last_name,email,grade_level and optionally graduation_year',
    transcripts:
      'transcript CSV, one row per course attempt: student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,credits_earned,letter_grade,result',
    credentials:
      'credentials-earned CSV, one row per student and credential: student_id,credential (catalog id or exact title),date_earned',
  } as const;
  for (const [kind, help] of Object.entries(kinds) as Array<[keyof typeof kinds, string]>) {
    const command = group
      .command(`${kind} <file>`)
      .description(help)
      .requiredOption('--district <id>', 'the district the records belong to')
      .option('--dry-run', 'check and count, write nothing');
    if (kind === 'transcripts')
      command
        .option(
          '--lowest-pass-percent <percent>',
          "the district's lowest passing percent (60, 65, 70, 69.5): a lower mark that earned no credit failed, this or higher passed",
        )
        .option(
          '--lowest-pass-letter <letter>',
          "the district's lowest passing letter (D-, D, C): a lower letter that earned no credit failed, this or higher passed",
        )
        .option(
          '--banner-terms <mapping>',
          "a college's Banner term codes (202410): what their last two digits mean there, such as 10=fall,20=spring,30=summer (+1 after a term in the school year ending the year after the code's)",
        );
    command
      .addOption(dataOption())
      .addOption(langOption())
      .action((path: string, flags: Flags) =>
        inLang(flags.lang, () => importFile(io, kind, path, flags)),
      );
  }
  registerBundleImportCommands(group, io);
}

async function importFile(
  io: CliIo,
  kind: 'students' | 'transcripts' | 'credentials',
  path: string,
  flags: Flags,
) {
  let text: string;
  try {
    text = decodeText(await fs.readFile(path));
  } catch {
    throw invalid(`Cannot read ${path}.`, 'file', { es: `No se puede leer ${path}.` });
  }
  const runtime = await createRuntime(databaseTarget(configFrom(flags)));
  const bar = progress(io);
  try {
    await runtime.migrate();
    const options = {
      districtId: flags.district,
      dryRun: flags.dryRun ?? false,
      onProgress: bar.update,
    };
    const summary =
      kind === 'students'
        ? await importStudents(runtime.records, CLI, { name: path, text }, options)
        : kind === 'credentials'
          ? await importCredentials(runtime.records, CLI, { name: path, text }, options)
          : await importTranscripts(
              runtime.records,
              CLI,
              { name: path, text },
              {
                ...options,
                lowestPassPercent: flags.lowestPassPercent,
                lowestPassLetter: flags.lowestPassLetter,
                bannerTerms: flags.bannerTerms,
              },
            );
    bar.stop();
    io.out(formatRecordSummary(summary, flags.lang));
  } finally {
    bar.stop();
    await runtime.close();
  }
}
