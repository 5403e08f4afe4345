/**
 * The `wayfinder` command. Each subcommand parses its flags, loads the config, calls services and
 * prints; a bad flag or value prints what was wrong and exits non-zero.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import type { Lang } from '../domain/framework.ts';
import { VERSION } from '../runtime.ts';
import { registerAccountCommands } from './commands/accounts.ts';
import { registerCredentialCommands } from './commands/credentials.ts';
import { registerLinkCommands } from './commands/links.ts';
import { registerDatabaseCommands } from './commands/database.ts';
import { registerExportCommands } from './commands/export.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerRecordImportCommands } from './commands/import-records.ts';
import { registerNoticeCommands } from './commands/notices.ts';
import { registerProgramCommands } from './commands/programs.ts';
import { registerPerkinsCommand } from './commands/perkins.ts';
import { registerProgressCommands } from './commands/progress.ts';
import { registerDemoStudentsCommand } from './commands/demo-students.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStudentCommands } from './commands/students.ts';
import { registerValidateCommand } from './commands/validate.ts';
import { commanderText, HELP_AFTER_ERROR, langOfArgs } from './commander-text.ts';
import { CliExit, processIo, type CliIo } from './shared.ts';

export { CliExit, processIo, type CliIo };

/**
 * The program; `lang` is the language of commander's own refusals (an unknown option, a missing
 * argument), read from the arguments as typed (`--lang es`).
 */
export function buildProgram(io: CliIo, lang: Lang = 'en'): Command {
  const output = {
    writeOut: io.out,
    writeErr: io.err,
    outputError: (text: string, write: (text: string) => void) => write(commanderText(lang, text)),
  };
  const program = new Command('wayfinder')
    .description('Wayfinder: Career Clusters, Career Pathways and programs of study.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError(HELP_AFTER_ERROR[lang])
    .configureOutput(output)
    .exitOverride();
  registerServeCommand(program, io);
  registerDatabaseCommands(program, io);
  registerExportCommands(program, io);
  registerImportCommand(program, io);
  registerRecordImportCommands(program, io);
  registerProgressCommands(program, io);
  registerPerkinsCommand(program, io);
  registerDemoStudentsCommand(program, io);
  registerProgramCommands(program, io);
  registerNoticeCommands(program, io);
  registerValidateCommand(program, io);
  registerAccountCommands(program, io);
  registerStudentCommands(program, io);
  registerCredentialCommands(program, io);
  registerLinkCommands(program, io);
  for (const command of program.commands) {
    command.configureOutput(output).exitOverride().showHelpAfterError(HELP_AFTER_ERROR[lang]);
    for (const sub of command.commands) {
      sub.configureOutput(output).exitOverride().showHelpAfterError(HELP_AFTER_ERROR[lang]);
    }
  }
  return program;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io, langOfArgs(argv));
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliExit) {
      if (error.message) io.err(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`error: ${error.message}\n`);
      return 1;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
