/**
 * Pure helpers of the occupation views: numbers in the page's language, entry-level groups,
 * RIASEC rows and which sources need their attribution shown.
 */
import type { TLang } from '../../contracts/framework.ts';
import type { TEntryLevel, TOccupationSummary, TSource } from '../../contracts/occupation.ts';
import { formatMessage, type Messages } from '../i18n.ts';

/** United States figures, so US Spanish: "$95,000", "+4.3 %" rather than "95.000 US$". */
const LOCALE: Record<TLang, string> = { en: 'en-US', es: 'es-US' };

export function formatWage(t: Messages, lang: TLang, wage: number, topCoded = false): string {
  const text = new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(wage);
  return topCoded ? formatMessage(lang, t.wageAtLeast, { wage: text }) : text;
}

/** A projected change in percent (4.3 → "+4.3%"). */
export function formatGrowth(lang: TLang, percent: number): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(percent / 100);
}

export function formatCount(lang: TLang, value: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(value);
}

export const ENTRY_LEVELS = ['semi', 'mid', 'high'] as const satisfies readonly TEntryLevel[];

export function entryLevelLabel(t: Messages, level: TEntryLevel | null): string {
  if (level === 'semi') return t.entryLevelSemi;
  if (level === 'mid') return t.entryLevelMid;
  if (level === 'high') return t.entryLevelHigh;
  return t.entryLevelUnknown;
}

export function entryLevelHint(t: Messages, level: TEntryLevel): string {
  return level === 'semi'
    ? t.entryLevelSemiHint
    : level === 'mid'
      ? t.entryLevelMidHint
      : t.entryLevelHighHint;
}

export interface EntryLevelGroup<T> {
  level: TEntryLevel | null;
  items: T[];
}

/**
 * Occupations grouped semi → mid → high, then those of unknown level; empty groups left out,
 * order inside a group kept.
 */
export function groupByEntryLevel<T extends Pick<TOccupationSummary, 'entryLevel'>>(
  occupations: readonly T[],
): EntryLevelGroup<T>[] {
  const levels: (TEntryLevel | null)[] = [...ENTRY_LEVELS, null];
  return levels
    .map((level) => ({
      level,
      items: occupations.filter((occupation) => (occupation.entryLevel ?? null) === level),
    }))
    .filter((group) => group.items.length > 0);
}

export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

export function riasecName(t: Messages, letter: RiasecLetter): string {
  return {
    R: t.riasecR,
    I: t.riasecI,
    A: t.riasecA,
    S: t.riasecS,
    E: t.riasecE,
    C: t.riasecC,
  }[letter];
}

/** The six interest scores in RIASEC order, leaving out letters without a score. */
export function riasecRows(
  scores: Record<string, number> | null,
): { letter: RiasecLetter; score: number }[] {
  if (!scores) return [];
  return RIASEC_LETTERS.flatMap((letter) => {
    const score = scores[letter];
    return typeof score === 'number' && Number.isFinite(score) ? [{ letter, score }] : [];
  });
}

/** Whether a source is (or includes) O*NET data, whose CC BY 4.0 licence asks for attribution. */
export function isOnetSource(source: TSource): boolean {
  return /O\*NET/i.test(`${source.id} ${source.title} ${source.license} ${source.attribution}`);
}

/** The sources to credit, each once (by id), O*NET first. */
export function sourcesToCredit(sources: readonly TSource[]): TSource[] {
  const seen = new Set<string>();
  const unique = sources.filter((source) => {
    if (seen.has(source.id)) return false;
    seen.add(source.id);
    return true;
  });
  return [...unique.filter(isOnetSource), ...unique.filter((source) => !isOnetSource(source))];
}
