import fs from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { readProgramFile, type ProgramFileProblem } from '../../importers/program-file.ts';
import { programToCsv } from '../../importers/program-csv.ts';
import { programToPdf } from '../../importers/program-pdf.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { getProgram } from '../../services/programs/read-programs.ts';
import { importPrograms } from '../../services/programs/import-programs.ts';
import type { TProgramFile } from '../../contracts/program.ts';
import { actorByEmail } from '../../services/accounts/student-export.ts';
import { SYSTEM, type ProgramCaller } from '../../services/programs/program-access.ts';
import type { Lang } from '../../domain/framework.ts';
import {
  CliExit,
  commandGroup,
  configFrom,
  dataOption,
  inLang,
  langOption,
  type CliIo,
} from '../shared.ts';
import { programCliText, type ProgramCliKey } from './programs-text.ts';

/** "file (line 4:7 program.steps[0].choices[0].choose): problem", in the language. */
export function formatFileProblem(source: string, p: ProgramFileProblem, lang: Lang): string {
  const at = p.line === undefined ? '' : `${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  const line = at ? programCliText(lang, 'line', { line: at }) : '';
  const where = [line, p.path].filter(Boolean).join(' ');
  return `${source}${where ? ` (${where})` : ''}: ${p.message}`;
}

export function registerProgramCommands(program: Command, io: CliIo): void {
  commandGroup(program, 'import', 'load data into the database')
    .command('programs')
    .description('import program-of-study files (JSON); all of them or none')
    .argument('<files...>', 'program files (see schemas/program.schema.json)')
    .option('--approve', 'also submit and approve each program (fails if any has errors)')
    .option(
      '--as <email>',
      "act as this user: programs and catalog rows are written only as far as they may (default: the system actor, which may write every organization's rows)",
    )
    .addOption(dataOption())
    .addOption(langOption())
    .action(
      async (
        files: string[],
        opts: { approve?: boolean; as?: string; data?: string; lang: Lang },
      ) => {
        const parsed: Array<{ source: string; file: TProgramFile }> = [];
        const problems: string[] = [];
        for (const source of files) {
          const result = await readProgramFile(source, opts.lang);
          if (result.ok) parsed.push({ source, file: result.file });
          else
            for (const p of result.problems) problems.push(formatFileProblem(source, p, opts.lang));
        }
        if (problems.length > 0)
          throw new CliExit(`${problems.join('\n')}\n${programCliText(opts.lang, 'refused')}`, 2);
        const runtime = await createRuntime(databaseTarget(configFrom(opts)));
        try {
          await runtime.prepare();
          const caller: ProgramCaller = opts.as
            ? { actor: await actorByEmail(runtime.accounts.deps, opts.as) }
            : SYSTEM;
          const imported = await inLang(opts.lang, () =>
            importPrograms(runtime.programs, caller, parsed, { approve: opts.approve ?? false }),
          );
          const say = (key: ProgramCliKey, values: Record<string, string | number>) =>
            `${programCliText(opts.lang, key, values)}\n`;
          for (const p of imported) {
            for (const e of p.ignoredCatalog) {
              const owner = e.ownerId ?? programCliText(opts.lang, 'theState');
              io.err(say('ignored', { source: p.source, kind: e.kind, id: e.id, owner }));
            }
            const errors = p.findings.filter((f) => f.severity === 'error').length;
            const warnings = p.findings.length - errors;
            const { source, programId: id, version, status } = p;
            io.out(say('imported', { source, id, version, status, errors, warnings }));
          }
          io.out(say('importedCount', { count: imported.length }));
        } finally {
          await runtime.close();
        }
      },
    );

  commandGroup(program, 'export', 'write data out')
    .command('program')
    .description('export one program of study as JSON (a program file), CSV or PDF')
    .argument('<id>', 'program id')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['json', 'csv', 'pdf'])
        .default('json'),
    )
    .option(
      '-o, --out <file>',
      'write to this file (required for pdf unless standard output is redirected)',
    )
    .addOption(langOption('language of CSV and PDF texts'))
    .option('--program-version <n>', 'program version (default: the latest)')
    .addOption(dataOption())
    .action(
      async (
        id: string,
        opts: {
          format: 'json' | 'csv' | 'pdf';
          out?: string;
          lang: 'en' | 'es';
          programVersion?: string;
          data?: string;
        },
      ) => {
        if (opts.programVersion !== undefined && !/^[1-9]\d*$/.test(opts.programVersion)) {
          throw new CliExit(
            opts.lang === 'es'
              ? `error: la opción '--program-version <n>' debe ser un número entero desde 1.`
              : `error: option '--program-version <n>' must be a whole number from 1.`,
            2,
          );
        }
        const runtime = await createRuntime(databaseTarget(configFrom(opts)));
        try {
          await runtime.prepare();
          const detail = await getProgram(runtime.programs, SYSTEM, {
            programId: id,
            version: opts.programVersion === undefined ? undefined : Number(opts.programVersion),
            lang: opts.lang,
          });
          const content: string | Buffer =
            opts.format === 'json'
              ? `${JSON.stringify(detail.document, null, 2)}\n`
              : opts.format === 'csv'
                ? programToCsv(detail)
                : await programToPdf(detail);
          if (opts.out) {
            await fs.writeFile(opts.out, content);
            io.err(`${programCliText(opts.lang, 'wrote', { file: opts.out })}\n`);
          } else if (typeof content === 'string') {
            io.out(content);
          } else {
            process.stdout.write(content);
          }
        } finally {
          await runtime.close();
        }
      },
    );
}
