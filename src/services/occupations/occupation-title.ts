/**
 * The one way an occupation's title is shown: English is O*NET's title as stored; Spanish is our
 * title for the code (src/data/occupations/titles-es.tsv), else a Spanish title stored with the
 * row, else the English one. Used by the API, pages, search, the program PDF and CSV.
 */
import { spanishOccupationTitles } from '../../data/occupations/titles-es.ts';
import type { Lang } from '../../domain/framework.ts';

/** Our Spanish title for an O*NET-SOC code ("15-1252.00") or SOC code ("15-1252"). */
export function spanishOccupationTitle(code: string): string | undefined {
  return spanishOccupationTitles.get(code.includes('.') ? code : `${code}.00`);
}

export function occupationTitle(
  code: string,
  title: { en: string; es?: string | undefined },
  lang: Lang,
): string {
  if (lang === 'en') return title.en;
  return spanishOccupationTitle(code) ?? (title.es?.trim() ? title.es : title.en);
}

/** The language occupationTitle shows: Spanish only where a Spanish title exists. */
export function occupationTitleLang(
  code: string,
  title: { en: string; es?: string | undefined },
  lang: Lang,
): Lang {
  if (lang === 'en') return 'en';
  return spanishOccupationTitle(code) || title.es?.trim() ? 'es' : 'en';
}
