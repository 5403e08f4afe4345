/**
 * Commander's own refusals (an unknown option, a missing argument, a value not among the
 * choices…) in Spanish when the command line asks for `--lang es`. Commander writes them in
 * English before any option is parsed into a value, so the language is read from the arguments
 * as typed, and each English sentence commander writes is matched and said again; a sentence not
 * known here is left as commander wrote it, and so is the reason of a refused value unless one of
 * our own parsers gave it (option-values.ts). English output is unchanged.
 */
import type { Lang } from '../domain/framework.ts';
import { formatMessage } from '../domain/i18n/message.ts';
import { reasonIn } from './option-values.ts';

/** `--lang es` or `--lang=es` anywhere among the arguments (the last one given counts). */
export function langOfArgs(argv: readonly string[]): Lang {
  let lang: Lang = 'en';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (value === 'es' || value === 'en') lang = value;
  });
  return lang;
}

/** Each of commander's messages (v14) as it writes it, and its Spanish. */
const PATTERNS: readonly [RegExp, string][] = [
  [/^unknown option '(?<flag>[^']*)'$/, 'opción desconocida «{flag}»'],
  [/^unknown command '(?<name>[^']*)'$/, 'orden desconocida «{name}»'],
  [/^missing required argument '(?<name>[^']*)'$/, 'falta el argumento obligatorio «{name}»'],
  [/^option '(?<flags>[^']*)' argument missing$/, 'falta el valor de la opción «{flags}»'],
  [/^required option '(?<flags>[^']*)' not specified$/, 'falta la opción obligatoria «{flags}»'],
  [
    /^option '(?<flags>[^']*)' argument '(?<value>[^']*)' is invalid\. Allowed choices are (?<choices>.*)\.$/,
    'el valor «{value}» de la opción «{flags}» no es válido. Los valores posibles son {choices}.',
  ],
  [
    /^option '(?<flags>[^']*)' argument '(?<value>[^']*)' is invalid\. (?<why>.*)$/,
    'el valor «{value}» de la opción «{flags}» no es válido: {why}',
  ],
  [
    /^command-argument value '(?<value>[^']*)' is invalid for argument '(?<name>[^']*)'\. Allowed choices are (?<choices>.*)\.$/,
    'el valor «{value}» del argumento «{name}» no es válido. Los valores posibles son {choices}.',
  ],
  [
    /^too many arguments(?: for '(?<name>[^']*)')?\. Expected (?<expected>\d+) arguments? but got (?<got>\d+)\.$/,
    'demasiados argumentos: se esperaba{expected, plural, one { #} other {n #}} y se recibieron {got}.',
  ],
  [/^(?<a>.+) cannot be used with (?<b>.+)$/, '{a} no se puede usar junto con {b}'],
];

const SUGGESTION = /^\(Did you mean (?:one of )?(?<similar>.*)\?\)$/;

/** Commander's English lines in `lang`: the `error:` line and its "(Did you mean …?)". */
export function commanderText(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      const suggestion = SUGGESTION.exec(line);
      if (suggestion) return `(¿Quiso decir ${suggestion.groups!.similar}?)`;
      const body = line.replace(/^error: /, '');
      for (const [pattern, spanish] of PATTERNS) {
        const match = pattern.exec(body);
        if (!match) continue;
        const values = Object.fromEntries(
          Object.entries(match.groups ?? {}).map(([k, v]) => [
            k,
            // A value refused by one of our own parsers says why (option-values.ts).
            k === 'expected' ? Number(v) : k === 'why' ? reasonIn('es', v ?? '') : (v ?? ''),
          ]),
        );
        return `${line.startsWith('error: ') ? 'error: ' : ''}${formatMessage('es', spanish, values)}`;
      }
      return line;
    })
    .join('\n');
}

/** What follows a refusal: how to see the usage. */
export const HELP_AFTER_ERROR: Record<Lang, string> = {
  en: '(run with --help for usage)',
  es: '(ejecuta con --help para ver el uso)',
};
