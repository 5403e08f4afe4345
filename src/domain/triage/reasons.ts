/** Each signal's reason as a counselor reads it, and its short label, in English and Spanish. */
import type { Lang } from '../framework.ts';
import {
  fillParts,
  sentenceText,
  titleIn,
  type SentencePart,
  type Titles,
} from '../requirements/describe.ts';
import type { Signal, SignalCode } from './signals.ts';

export const SIGNAL_LABELS: Record<SignalCode, Record<Lang, string>> = {
  credits_behind: { en: 'Credits behind', es: 'Faltan créditos' },
  failed_core: { en: 'Failed core course', es: 'Materia básica reprobada' },
  failed_program: { en: 'Failed program course', es: 'Curso del programa reprobado' },
  low_grade9_gpa: { en: 'Grade 9 GPA ≤ 2.0', es: 'Promedio de 9.º grado ≤ 2.0' },
  no_plan: { en: 'No plan', es: 'Sin plan' },
  plan_not_reviewed: { en: 'Plan not reviewed', es: 'Plan sin revisar' },
  guardian_unsigned: { en: 'No guardian sign-off', es: 'Falta la firma del tutor' },
  no_interest_profile: { en: 'No interest profile', es: 'Sin perfil de intereses' },
  dual_credit_deadline: { en: 'Dual-credit deadline', es: 'Plazo de crédito dual' },
};

/** Each signal's reason, as a template (src/domain/i18n/message.ts). */
export const SIGNAL_REASONS: Record<SignalCode, Record<Lang, string>> = {
  credits_behind: {
    en: '{earned} of {required} {unit, select, years {years} other {credits}} earned; grade {grade} expects {expected} by now.',
    es: 'Tiene {earned} de {required} {unit, select, years {años} other {créditos}}; en {grade}.º grado se esperan {expected} a estas alturas.',
  },
  failed_core: {
    en: 'Failed and not yet made up: {courses}.',
    es: 'Reprobó y aún no recupera: {courses}.',
  },
  failed_program: {
    en: 'Failed a course of their program of study: {courses}.',
    es: 'Reprobó un curso de su programa de estudio: {courses}.',
  },
  low_grade9_gpa: {
    en: 'Grade 9 GPA is {gpa} (2.0 or below).',
    es: 'El promedio de 9.º grado es {gpa} (2.0 o menos).',
  },
  no_plan: {
    en: 'Has no learning plan yet.',
    es: 'Aún no tiene un plan de aprendizaje.',
  },
  plan_not_reviewed: {
    en: 'The plan has not been reviewed by a counselor this school year.',
    es: 'Ningún consejero escolar ha revisado el plan en este año escolar.',
  },
  guardian_unsigned: {
    en: 'No guardian has signed the current version of the plan.',
    es: 'Ningún tutor ha firmado la versión actual del plan.',
  },
  no_interest_profile: {
    en: 'Has not saved an Interest Profiler result.',
    es: 'No ha guardado un resultado del Perfil de intereses.',
  },
  dual_credit_deadline: {
    en: '{course}: the dual-credit deadline is {date}, {days, plural, =0 {today} one {in # day} other {in # days}}.',
    es: '{course}: el plazo del crédito dual es el {date}, {days, plural, =0 {hoy} one {en # día} other {en # días}}.',
  },
};

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** Titles as a list ("Algebra I and Biology"), each marked when shown in English on Spanish. */
function titleList(lang: Lang, titles: readonly Titles[]): SentencePart[] {
  const parts = titles.map((t) => titleIn(t, lang));
  const format = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' });
  return format
    .formatToParts(parts.map((p) => p.text))
    .map((piece, i, all) =>
      piece.type === 'element'
        ? parts[all.slice(0, i).filter((x) => x.type === 'element').length]!
        : { text: piece.value },
    );
}

/** A YYYY-MM-DD day as families read it: "December 10, 2026", "10 de diciembre de 2026". */
export function longDate(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The reason a counselor reads for one signal, in parts (course titles marked by language). */
export function signalReasonParts(signal: Signal, lang: Lang): SentencePart[] {
  const template = SIGNAL_REASONS[signal.code][lang];
  switch (signal.code) {
    case 'credits_behind':
      return fillParts(lang, template, {
        earned: signal.earned,
        required: signal.required,
        expected: signal.expected,
        grade: signal.grade,
        unit: signal.unit ?? 'credits',
      });
    case 'failed_core':
    case 'failed_program':
      return fillParts(lang, template, {}, { courses: titleList(lang, signal.courses) });
    case 'low_grade9_gpa':
      return fillParts(lang, template, { gpa: signal.gpa.toFixed(2) });
    case 'dual_credit_deadline':
      return fillParts(
        lang,
        template,
        { date: longDate(lang, signal.date), days: signal.days },
        { course: [titleIn(signal.course, lang)] },
      );
    default:
      return fillParts(lang, template, {});
  }
}

/** The reason a counselor reads for one signal. */
export const signalReason = (signal: Signal, lang: Lang): string =>
  sentenceText(signalReasonParts(signal, lang));
