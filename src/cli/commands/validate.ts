/**
 * `wayfinder validate FILE…`: checks program-of-study files (schemas/program.schema.json) against
 * the program-of-study rules of a profile (`--profile NAME` or a profile file; by default each
 * program's owner's, else classic), with the embedded framework and occupation data and today's
 * date for credit agreements. Exit 0: no errors (warnings allowed); 1: errors; 2: a file (or the
 * profile) could not be read or does not fit its format.
 */
import fs from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { ZProgramProfile, type TProgramProfile } from '../../contracts/program-profile.ts';
import { DEFAULT_FRAMEWORK_ID, frameworks } from '../../data/index.ts';
import { shippedOccupationEntry } from '../../data/occupations/occupation-entries.ts';
import { shippedPathwayCodes } from '../../data/occupations/occupation-pathways.ts';
import type { FrameworkData, LocalizedText } from '../../domain/framework.ts';
import {
  BUILT_IN_PROFILES,
  validateProgram,
  type Finding,
} from '../../domain/program/validate-program.ts';
import { readProgramFile, type ProgramFileProblem } from '../../importers/program-file.ts';
import { CliExit, langOption, type CliIo } from '../shared.ts';

type Lang = 'en' | 'es';

/** The words of the text output and the command's own refusals, in English and Spanish. */
const WORDS = {
  en: {
    ok: 'ok',
    error: 'error',
    warning: 'warning',
    at: 'at',
    place: (line: number, column: number) => `line ${line}, column ${column}`,
    badToday: (today: string) => `--today must be a date written YYYY-MM-DD, not "${today}".`,
    unknownProfile: (name: string, known: string) =>
      `Unknown profile "${name}"; use one of ${known}, or a profile file.`,
    unreadableProfile: (name: string, why: string) => `${name}: cannot read the profile: ${why}`,
    badProfile: (name: string, at: string, why: string) => `${name}: error at ${at}: ${why}`,
  },
  es: {
    ok: 'sin problemas',
    error: 'error',
    warning: 'advertencia',
    at: 'en',
    place: (line: number, column: number) => `línea ${line}, columna ${column}`,
    badToday: (today: string) => `--today debe ser una fecha escrita AAAA-MM-DD, no "${today}".`,
    unknownProfile: (name: string, known: string) =>
      `No hay un perfil "${name}"; usa uno de ${known} o un archivo de perfil.`,
    unreadableProfile: (name: string, why: string) => `${name}: no se puede leer el perfil: ${why}`,
    badProfile: (name: string, at: string, why: string) => `${name}: error en ${at}: ${why}`,
  },
} as const;

interface ValidateOptions {
  format: 'text' | 'json';
  lang: Lang;
  profile?: string;
  today?: string;
}

/** One line of output: a finding, or a problem reading the file (rule "file.read", …). */
interface Entry {
  file: string;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  path: string;
  line?: number;
  column?: number;
  /** The profile that ran the rule, and why it checks it at this severity. */
  profile?: string;
  reason?: string;
}

export function registerValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check program-of-study files against the program-of-study rules')
    .argument('<files...>', 'program files (JSON, see schemas/program.schema.json)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(langOption('language of the messages'))
    .addOption(
      new Option(
        '--profile <name>',
        `rules profile: ${[...BUILT_IN_PROFILES.keys()].join(', ')}, or a profile file (schemas/profile.schema.json); default: the owner's, else classic`,
      ),
    )
    .addOption(
      new Option('--today <date>', 'judge credit agreement dates on this day (YYYY-MM-DD)'),
    )
    .action(async (files: string[], opts: ValidateOptions) => {
      const exitCode = await validateFiles(files, opts, io);
      if (exitCode !== 0) throw new CliExit('', exitCode);
    });
}

/** A built-in profile by name, or a profile file by path (a name with a slash or ending .json). */
async function loadProfile(name: string, lang: Lang): Promise<TProgramProfile> {
  const say = WORDS[lang];
  const builtIn = BUILT_IN_PROFILES.get(name);
  if (builtIn) return builtIn;
  if (!name.includes('/') && !name.endsWith('.json')) {
    const known = [...BUILT_IN_PROFILES.keys()].join(', ');
    throw new CliExit(say.unknownProfile(name, known), 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(name, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliExit(
      say.unreadableProfile(name, lang === 'en' ? (error as Error).message : why),
      2,
    );
  }
  const parsed = ZProgramProfile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliExit(say.badProfile(name, issue.path.join('.') || '(root)', issue.message), 2);
  }
  return parsed.data;
}

async function validateFiles(files: string[], opts: ValidateOptions, io: CliIo): Promise<number> {
  if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today))
    throw new CliExit(WORDS[opts.lang].badToday(opts.today), 2);
  const profile =
    opts.profile === undefined ? undefined : await loadProfile(opts.profile, opts.lang);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const entries: Entry[] = [];
  let exitCode = 0;
  for (const file of files) {
    const result = await readProgramFile(file, opts.lang);
    if (!result.ok) {
      exitCode = 2;
      entries.push(...result.problems.map((problem) => problemEntry(file, problem)));
      if (opts.format === 'text')
        printEntries(io, entries.slice(-result.problems.length), opts.lang);
      continue;
    }
    const findings = validateProgram(result.file, {
      knownPathways: pathwaysOf(result.file.program.frameworkId),
      pathwayTitleOf: (code) => pathwayTitleOf(result.file.program.frameworkId, code),
      // The shipped links are to the embedded framework's pathways; others are not checked.
      ...(result.file.program.frameworkId === DEFAULT_FRAMEWORK_ID
        ? { pathwayCodesOf: shippedPathwayCodes }
        : {}),
      occupationEntryOf: shippedOccupationEntry,
      today,
      ...(profile ? { profile } : {}),
    });
    const fileEntries = findings.map((f) => findingEntry(file, f, opts.lang));
    if (findings.some((f) => f.severity === 'error')) exitCode = Math.max(exitCode, 1);
    entries.push(...fileEntries);
    if (opts.format === 'text') {
      if (fileEntries.length === 0) io.out(`${file}: ${WORDS[opts.lang].ok}\n`);
      printEntries(io, fileEntries, opts.lang);
    }
  }
  if (opts.format === 'json') io.out(`${JSON.stringify(entries, null, 2)}\n`);
  else io.out(summary(files.length, entries, opts.lang));
  return exitCode;
}

/** The pathway codes of an embedded framework; undefined (not checked) for other frameworks. */
function pathwaysOf(frameworkId: string): string[] | undefined {
  const embedded: readonly FrameworkData[] = frameworks;
  const framework = embedded.find((f) => f.id === frameworkId);
  return framework?.clusters.flatMap((c) => c.pathways.map((p) => p.code));
}

/** A pathway's title in English and Spanish, from the embedded frameworks. */
function pathwayTitleOf(frameworkId: string, code: string): LocalizedText | undefined {
  const embedded: readonly FrameworkData[] = frameworks;
  const framework = embedded.find((f) => f.id === frameworkId);
  for (const cluster of framework?.clusters ?? [])
    for (const pathway of cluster.pathways) if (pathway.code === code) return pathway.title;
  return undefined;
}

function findingEntry(file: string, finding: Finding, lang: Lang): Entry {
  const { rule, severity, path } = finding;
  const entry: Entry = { file, rule, severity, message: finding.message[lang], path };
  if (finding.profile !== undefined) entry.profile = finding.profile;
  if (finding.reason !== undefined) entry.reason = finding.reason[lang];
  return entry;
}

function problemEntry(file: string, problem: ProgramFileProblem): Entry {
  const entry: Entry = {
    file,
    rule: `file.${problem.kind}`,
    severity: 'error',
    message: problem.message,
    path: problem.path,
  };
  if (problem.line !== undefined) entry.line = problem.line;
  if (problem.column !== undefined) entry.column = problem.column;
  return entry;
}

function printEntries(io: CliIo, entries: Entry[], lang: Lang): void {
  const say = WORDS[lang];
  for (const e of entries) {
    const at = e.line !== undefined ? say.place(e.line, e.column ?? 1) : undefined;
    const where =
      e.path && at
        ? ` ${say.at} ${e.path} (${at})`
        : e.path
          ? ` ${say.at} ${e.path}`
          : at
            ? ` ${say.at} ${at}`
            : '';
    io.out(`${e.file}: ${say[e.severity]} ${e.rule}${where}: ${e.message}\n`);
    if (e.reason !== undefined) io.out(`  (${e.profile}) ${e.reason}\n`);
  }
}

function summary(files: number, entries: Entry[], lang: Lang): string {
  const errors = entries.filter((e) => e.severity === 'error').length;
  const warnings = entries.length - errors;
  const unreadable = new Set(entries.filter((e) => e.rule.startsWith('file.')).map((e) => e.file))
    .size;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (lang === 'es') {
    const extra = unreadable > 0 ? `, ${plural(unreadable, 'ilegible', 'ilegibles')}` : '';
    return `Revisado${files === 1 ? '' : 's'} ${plural(files, 'archivo', 'archivos')}${extra}: ${plural(errors, 'error', 'errores')}, ${plural(warnings, 'advertencia', 'advertencias')}.\n`;
  }
  const extra = unreadable > 0 ? `, ${unreadable} unreadable` : '';
  return `Checked ${plural(files, 'file', 'files')}${extra}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.\n`;
}
