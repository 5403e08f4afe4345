/**
 * The O*NET Interest Profiler as data: two forms (the 60-item Short Form and the 30-item Mini-IP),
 * each a list of items in the order they are asked, every item belonging to one RIASEC area.
 * Answers are O*NET's five: 1 Strongly dislike, 2 Dislike, 3 Unsure, 4 Like, 5 Strongly like.
 */
import type { Lang } from '../framework.ts';
import type { RiasecLetter } from '../occupation/riasec.ts';

export const PROFILER_FORMS = [60, 30] as const;
export type ProfilerForm = (typeof PROFILER_FORMS)[number];

export const ANSWER_VALUES = [1, 2, 3, 4, 5] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

export interface ProfilerItem {
  id: string;
  area: RiasecLetter;
  text: Record<Lang, string>;
}

const ANSWER_LABELS: Record<AnswerValue, Record<Lang, string>> = {
  1: { en: 'Strongly dislike', es: 'Me disgusta mucho' },
  2: { en: 'Dislike', es: 'Me disgusta' },
  3: { en: 'Unsure', es: 'No estoy seguro/a' },
  4: { en: 'Like', es: 'Me gusta' },
  5: { en: 'Strongly like', es: 'Me gusta mucho' },
};

export const answerLabel = (value: AnswerValue, lang: Lang): string => ANSWER_LABELS[value][lang];

const AREA_NAMES: Record<RiasecLetter, Record<Lang, string>> = {
  R: { en: 'Realistic', es: 'Realista' },
  I: { en: 'Investigative', es: 'Investigador' },
  A: { en: 'Artistic', es: 'Artístico' },
  S: { en: 'Social', es: 'Social' },
  E: { en: 'Enterprising', es: 'Emprendedor' },
  C: { en: 'Conventional', es: 'Convencional' },
};

export const areaName = (area: RiasecLetter, lang: Lang): string => AREA_NAMES[area][lang];

export const isProfilerForm = (value: unknown): value is ProfilerForm =>
  value === 60 || value === 30;
