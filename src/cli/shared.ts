/** What the CLI's commands share: output, exit, and the common flags. */
import { Option, type Command } from 'commander';
import { loadConfig, type ConfigOverrides } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import type { Lang } from '../domain/framework.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Thrown by a command to end with a message and an exit code. */
export class CliExit extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export const dataOption = () =>
  new Option(
    '--data <dir>',
    'folder of the embedded database (default: $WAYFINDER_DATA or ./.wayfinder-data)',
  );

export function configFrom(opts: {
  data?: string;
  port?: string;
  host?: string;
}): ReturnType<typeof loadConfig> {
  const overrides: ConfigOverrides = { dataDir: opts.data, port: opts.port, host: opts.host };
  return loadConfig(overrides);
}

/** The command group `name` (such as `import` or `export`), created on first use. */
export function commandGroup(program: Command, name: string, description: string): Command {
  return (
    program.commands.find((c) => c.name() === name) ??
    program.command(name).description(description)
  );
}

/** What an unknown `--lang` is told: in both languages, since neither was chosen. */
export const LANG_PROBLEM = '--lang must be en or es. / --lang debe ser en o es.';

/** The value of `--lang`, checked; any other value ends the command with exit code 2. */
export function parseLang(value: string): Lang {
  if (value !== 'en' && value !== 'es') throw new CliExit(LANG_PROBLEM, 2);
  return value;
}

/** `--lang en|es`: the language of a command's problems and summary. */
export const langOption = (description = "the problems' and summary's language: en or es") =>
  new Option('--lang <lang>', description).argParser(parseLang).default('en');

/**
 * Runs `work`; a problem it throws that has been written in `lang` (an importer's keyed problem,
 * rendered in Spanish too) is thrown again in that language, with its code and field unchanged.
 */
export async function inLang<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const told = error instanceof AppError ? error.translations?.[lang] : undefined;
    if (lang === 'en' || !(error instanceof AppError) || told === undefined) throw error;
    throw new AppError(error.code, told, error.field, error.translations);
  }
}
