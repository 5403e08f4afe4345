/** What the CLI's commands share: output, exit, and the common flags. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig, type ConfigOverrides } from '../config.ts';

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

export function parsePort(value: string): string {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new InvalidArgumentError('must be a whole number from 0 to 65535.');
  }
  return value;
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
