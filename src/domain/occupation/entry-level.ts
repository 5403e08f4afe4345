/**
 * Entry levels from O*NET job zones. The seeds ask pathways to show "entry and exit points for
 * semi-, mid- and high-level skilled careers"; O*NET rates preparation in five job zones:
 * 1 little or no preparation, 2 some (high school), 3 medium (vocational training, associate),
 * 4 considerable (bachelor's), 5 extensive (graduate). We group them:
 * zones 1–2 → semi-skilled, zone 3 → mid-skilled, zones 4–5 → high-skilled.
 */
import type { Lang } from '../framework.ts';

export const ENTRY_LEVELS = ['semi', 'mid', 'high'] as const;
export type EntryLevel = (typeof ENTRY_LEVELS)[number];

export const JOB_ZONES = [1, 2, 3, 4, 5] as const;
export type JobZone = (typeof JOB_ZONES)[number];

export function isJobZone(value: unknown): value is JobZone {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function entryLevelOf(jobZone: number | null | undefined): EntryLevel | undefined {
  if (!isJobZone(jobZone)) return undefined;
  if (jobZone <= 2) return 'semi';
  if (jobZone === 3) return 'mid';
  return 'high';
}

const LEVEL_LABELS: Record<EntryLevel, Record<Lang, string>> = {
  semi: { en: 'Semi-skilled', es: 'Calificación básica' },
  mid: { en: 'Mid-skilled', es: 'Calificación media' },
  high: { en: 'High-skilled', es: 'Calificación alta' },
};

export const entryLevelLabel = (level: EntryLevel, lang: Lang): string => LEVEL_LABELS[level][lang];

const ZONE_EDUCATION: Record<JobZone, Record<Lang, string>> = {
  1: {
    en: 'Little or no preparation; some need a high school diploma',
    es: 'Poca o ninguna preparación; algunos piden el diploma de preparatoria (high school)',
  },
  2: { en: 'High school diploma', es: 'Diploma de preparatoria (high school)' },
  3: {
    en: 'Vocational training, on-the-job experience or an associate degree',
    es: 'Formación técnica, experiencia laboral o título de asociado (2 años)',
  },
  4: { en: "Bachelor's degree", es: 'Licenciatura (4 años)' },
  5: {
    en: 'Graduate degree (master’s, doctorate or professional)',
    es: 'Posgrado (maestría, doctorado o título profesional)',
  },
};

/** The usual preparation for a job zone, as O*NET's Job Zone Reference describes it, in short. */
export function typicalEducationOf(
  jobZone: number | null | undefined,
  lang: Lang,
): string | undefined {
  return isJobZone(jobZone) ? ZONE_EDUCATION[jobZone][lang] : undefined;
}
