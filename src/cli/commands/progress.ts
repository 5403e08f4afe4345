/**
 * `wayfinder progress STUDENT_ID [--format json] [--what-if SET] [--lang es]`: one student's
 * progress check; `wayfinder progress --district ID --out FILE.csv`: every student of a district,
 * streamed to the file. `wayfinder import requirements FILE --district ID`: load a requirement set.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { once } from 'node:events';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import { unknownDistrict } from '../../domain/records/unknown-district.ts';
import { csvLine } from '../../importers/csv-line.ts';
import { parseRequirementSetText } from '../../importers/requirement-file.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import {
  BATCH_COLUMNS,
  batchRowValues,
  checkDistrict,
} from '../../services/records/batch-progress.ts';
import { studentProgress } from '../../services/records/student-progress.ts';
import {
  CliExit,
  commandGroup,
  configFrom,
  dataOption,
  inLang,
  langOption,
  type CliIo,
} from '../shared.ts';
import { progress as progressBar } from './import.ts';
import { formatProgress, progressCliText } from './progress-text.ts';

interface ProgressFlags {
  data?: string;
  format?: string;
  whatIf?: string;
  set?: string;
  lang: Lang;
  district?: string;
  out?: string;
}

export function registerProgressCommands(program: Command, io: CliIo): void {
  program
    .command('progress [student]')
    .summary("a student's progress check (STUDENT is a user id or email)")
    .description(
      "a student's progress toward graduation, or with --district and --out every student's, as CSV",
    )
    .option('--format <format>', 'text or json', 'text')
    .option('--what-if <set>', 'also check against this requirement set, side by side')
    .option('--set <set>', 'check against this requirement set instead of the district default')
    .addOption(langOption('en or es'))
    .option('--district <id>', 'batch: check every student of this district')
    .option('--out <file>', 'batch: write the CSV here')
    .addOption(dataOption())
    .action(async (student: string | undefined, flags: ProgressFlags) => {
      const lang = flags.lang;
      const es = lang === 'es';
      if (flags.format !== 'text' && flags.format !== 'json')
        throw invalid(
          es ? '--format debe ser text o json.' : '--format must be text or json.',
          'format',
        );
      if (!student && !(flags.district && flags.out))
        throw new CliExit(
          es
            ? 'Da el id de un estudiante, o --district ID y --out ARCHIVO.csv.'
            : 'Give a student id, or --district ID and --out FILE.csv.',
          2,
        );
      const runtime = await createRuntime(databaseTarget(configFrom(flags)));
      try {
        await runtime.migrate();
        if (student) {
          const byEmail = student.includes('@')
            ? await runtime.accounts.deps.users.findByEmail(student.toLowerCase())
            : undefined;
          const result = await studentProgress(runtime.records, CLI, {
            studentId: byEmail?.id ?? student,
            lang,
            ...(flags.set ? { setId: flags.set } : {}),
            ...(flags.whatIf ? { whatIf: flags.whatIf } : {}),
          });
          io.out(
            flags.format === 'json'
              ? `${JSON.stringify(result, null, 2)}\n`
              : formatProgress(result, lang),
          );
          return;
        }
        const out = fs.createWriteStream(flags.out!);
        const bar = progressBar(io);
        const counts = { met: 0, in_progress: 0, planned: 0, missing: 0 };
        let total = 0;
        try {
          if (!out.write(csvLine(BATCH_COLUMNS))) await once(out, 'drain');
          for await (const row of checkDistrict(runtime.records, {
            districtId: flags.district!,
            ...(flags.set ? { setId: flags.set } : {}),
          })) {
            counts[row.check.status] += 1;
            total += 1;
            if (!out.write(csvLine(batchRowValues(row)))) await once(out, 'drain');
            if (total % 500 === 0) bar.update(total, total);
          }
        } finally {
          bar.stop();
          out.end();
          await once(out, 'finish');
        }
        const { met, in_progress: inProgress, planned, missing } = counts;
        const [district, file] = [flags.district!, flags.out!];
        // Counts as plain digits (no thousands separator), for scripts that read the line.
        const counted = { count: total, met, inProgress, planned, missing };
        const digits = Object.fromEntries(Object.entries(counted).map(([k, n]) => [k, String(n)]));
        const values = { district, file, ...digits };
        io.out(`${progressCliText(lang, 'checked', values)}\n`);
      } finally {
        await runtime.close();
      }
    });

  commandGroup(program, 'import', 'import data (all or nothing; safe to repeat)')
    .command('requirements <file>')
    .description(
      'a graduation requirement set (JSON, schemas/requirement-set.schema.json) for a district',
    )
    .requiredOption('--district <id>', 'the district that uses it')
    .option('--not-default', "load it without making it the district's default set")
    .addOption(langOption("the problems' language: en or es"))
    .addOption(dataOption())
    .action(
      async (
        file: string,
        flags: { district: string; notDefault?: boolean; data?: string; lang: Lang },
      ) => {
        const lang = flags.lang;
        const text = await inLang(lang, () =>
          fsp.readFile(file, 'utf8').catch(() => {
            throw invalid(`Cannot read ${file}.`, 'file', { es: `No se puede leer ${file}.` });
          }),
        );
        const parsed = parseRequirementSetText(text, lang);
        if (!parsed.ok) {
          for (const p of parsed.problems)
            io.err(
              `${file}:${p.line ?? 0}:${p.column ?? 0}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`,
            );
          throw new CliExit('', 1);
        }
        const runtime = await createRuntime(databaseTarget(configFrom(flags)));
        try {
          await runtime.migrate();
          const known = await runtime.records.roster.district(flags.district);
          if (!known)
            await inLang(lang, () => Promise.reject(unknownDistrict(flags.district, 'invalid')));
          await runtime.records.requirements.saveSet(
            flags.district,
            parsed.file,
            !flags.notDefault,
          );
          const loaded = { set: parsed.file.id, district: flags.district };
          io.out(
            `${progressCliText(lang, flags.notDefault ? 'loaded' : 'loadedDefault', loaded)}\n`,
          );
        } finally {
          await runtime.close();
        }
      },
    );
}
