/**
 * What `wayfinder import programs` and `export program` print, in English and Spanish (`--lang`).
 * English keeps the codes a script reads (the status as the API names it); Spanish says them in
 * words. Counts are digits in both.
 */
import type { Lang } from '../../domain/framework.ts';
import { formatMessage } from '../../domain/i18n/message.ts';

export const PROGRAM_CLI_TEXT = {
  en: {
    line: 'line {line}',
    refused: 'Nothing was imported.',
    imported:
      '{source}: {id} version {version} ({status}), {errors} error(s), {warnings} warning(s)',
    importedCount: 'Imported {count} program(s).',
    ignored: '{source}: catalog {kind} {id} not written (owned by {owner}); the stored one is used',
    theState: 'the state',
    wrote: 'Wrote {file}',
  },
  es: {
    line: 'línea {line}',
    refused: 'No se importó nada.',
    imported:
      '{source}: {id} versión {version} ({status, select, draft {borrador} submitted {enviado} approved {aprobado} retired {retirado} other {{status}}}), {errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# advertencia} other {# advertencias}}',
    importedCount:
      '{count, plural, one {Se importó # programa.} other {Se importaron # programas.}}',
    ignored:
      '{source}: {kind, select, institution {la institución} course {el curso} creditAgreement {el acuerdo de créditos} credential {la credencial} other {{kind}}} {id} del catálogo no se escribió (pertenece a {owner}); se usa la versión guardada',
    theState: 'el estado',
    wrote: 'Se escribió {file}',
  },
} as const;

export type ProgramCliKey = keyof typeof PROGRAM_CLI_TEXT.en;

/** The text `key` in `lang`. */
export const programCliText = (
  lang: Lang,
  key: ProgramCliKey,
  values: Record<string, string | number> = {},
): string => formatMessage(lang, PROGRAM_CLI_TEXT[lang][key], values);
