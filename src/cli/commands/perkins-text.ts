/**
 * What `wayfinder perkins` prints and refuses, in English and Spanish (`--lang`). The measure codes
 * (5S1) and counts stay as they are in both; a program's title is the report's title in that
 * language.
 */
import type { Lang } from '../../domain/framework.ts';
import { formatMessage } from '../../domain/i18n/message.ts';

export const PERKINS_CLI_TEXT = {
  en: {
    heading: 'Perkins V {from}–{to}, profile {profile}',
    allCte: 'All CTE',
    participants: 'participants',
    concentrators: 'concentrators',
    completers: 'completers',
    notAvailable: 'n/a',
    wrote: 'Wrote {count, plural, one {# row} other {# rows}} to {file}',
    badYear: '--year must be a school year by its ending year, such as 2026.',
    badFormat: '--format must be csv, json or text.',
  },
  es: {
    heading: 'Perkins V {from}–{to}, perfil {profile}',
    allCte: 'Toda la CTE',
    participants: 'participantes',
    concentrators: 'concentradores',
    completers: 'completadores',
    notAvailable: 'n/d',
    wrote: '{count, plural, one {Se escribió # fila} other {Se escribieron # filas}} en {file}',
    badYear: '--year debe ser un año escolar dado por el año en que termina, como 2026.',
    badFormat: '--format debe ser csv, json o text.',
  },
} as const;

export type PerkinsCliKey = keyof typeof PERKINS_CLI_TEXT.en;

/** The text `key` in `lang`. */
export const perkinsCliText = (
  lang: Lang,
  key: PerkinsCliKey,
  values: Record<string, string | number> = {},
): string => formatMessage(lang, PERKINS_CLI_TEXT[lang][key], values);
