/** How the programs-of-study pages name statuses, roles, steps, credits and catalog entries. */
import type { TLang } from '../contracts/framework.ts';
import type { TCourseView } from '../contracts/program-api.ts';
import {
  collegeCourseCode,
  STEP_TERMS,
  type TCourse,
  type TCredential,
  type TProgramStatus,
  type TStep,
  type TText,
} from '../contracts/program.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import { creditsText as creditsIn } from '../domain/program/pos-texts.ts';
import { formatMessage, type Messages } from './i18n.ts';

export function statusLabel(lang: TLang, status: TProgramStatus): string {
  return posLabels(lang).status[status];
}

export type PartnerRole = 'secondary' | 'postsecondary' | 'employer';

export function roleLabel(t: Messages, role: string): string {
  const labels: Record<PartnerRole, string> = {
    secondary: t.roleSecondary,
    postsecondary: t.rolePostsecondary,
    employer: t.roleEmployer,
  };
  return role in labels ? labels[role as PartnerRole] : role;
}

export type Term = NonNullable<TStep['term']>;
export const TERMS: readonly Term[] = STEP_TERMS;

export function termLabel(t: Messages, term: Term): string {
  const labels: Record<Term, string> = {
    fall: t.termFall,
    winter: t.termWinter,
    spring: t.termSpring,
    summer: t.termSummer,
    year: t.termYear,
  };
  return labels[term];
}

/** "Grade 10" or "Grade 10 (Fall)". */
export function stepName(lang: TLang, t: Messages, step: Pick<TStep, 'level' | 'term'>): string {
  const level = posLabels(lang).level[step.level];
  return step.term ? `${level} (${termLabel(t, step.term)})` : level;
}

/** "1 unit", "2 units", "3 cr": the same words as the PDF. */
export const creditsText = creditsIn;

/** A catalog course's credits, as the API's course view gives them. */
export const catalogCredits = (
  course: TCourse,
): Pick<TCourseView, 'credits' | 'creditsMin' | 'creditUnit' | 'clockHours'> => {
  const min = course.level === 'secondary' ? course.carnegieUnitsMin : course.creditHoursMin;
  return {
    ...(course.level === 'secondary'
      ? { credits: course.carnegieUnits, creditUnit: 'carnegie_units' as const }
      : {
          credits: course.creditHours,
          creditUnit: 'credit_hours' as const,
          ...(course.clockHours === undefined ? {} : { clockHours: course.clockHours }),
        }),
    ...(min === undefined ? {} : { creditsMin: min }),
  };
};

/** "2 errors, 1 warning". */
export function findingCounts(lang: TLang, t: Messages, errors: number, warnings: number): string {
  return `${formatMessage(lang, t.errorCount, { count: errors })}, ${formatMessage(lang, t.warningCount, { count: warnings })}`;
}

export const textIn = (text: TText, lang: TLang): string =>
  lang === 'es' && text.es ? text.es : text.en;

/** The code a teacher knows a course by: the state code, or prefix and number. */
export const courseCode = (course: TCourse): string =>
  course.level === 'secondary' ? (course.stateCode ?? '') : collegeCourseCode(course);

/** "CIS 115 Introduction to Programming". */
export const courseName = (course: TCourse, lang: TLang): string =>
  `${courseCode(course)} ${textIn(course.title, lang)}`;

export const credentialName = (credential: TCredential, lang: TLang): string =>
  textIn(credential.title, lang);
