/**
 * Phrases of the program-of-study diagram built from its labels (pos-labels.ts), in English and
 * Spanish (web, print and PDF alike): a course's credits, the heading of a choice, what a
 * credential is and who issues it, what early or credential credit earns.
 */
import type { Lang } from '../framework.ts';
import { formatMessage } from '../i18n/message.ts';
import { posLabels, type PosLabels } from './pos-labels.ts';

/**
 * "1 unit", "2 units", "1 unidad", "3 cr": a course's credit in its unit; a course of variable
 * credit gives its range: "0–3 cr", "de 0,5 a 1 unidades"; a course counted in hours adds them
 * ("4 cr (144 clock hours)"), or gives them alone when it earns no credit ("144 clock hours").
 */
export function creditsText(
  lang: Lang,
  course: {
    credits: number;
    creditsMin?: number | undefined;
    creditUnit: 'carnegie_units' | 'credit_hours';
    clockHours?: number | undefined;
  },
): string {
  const text = posLabels(lang).text;
  const hours =
    course.clockHours === undefined
      ? undefined
      : formatMessage(lang, text.clock_hours, { count: course.clockHours });
  // A course of no credit counted in hours (an apprenticeship's related instruction): its hours.
  if (hours !== undefined && course.credits === 0 && course.creditsMin === undefined) return hours;
  const credit =
    course.creditsMin !== undefined
      ? formatMessage(lang, text[`${course.creditUnit}_range`], {
          min: course.creditsMin,
          max: course.credits,
        })
      : formatMessage(lang, text[course.creditUnit], { count: course.credits });
  return hours === undefined ? credit : `${credit} (${hours})`;
}

/** "Choose 1 of 3" / "Elija 1 de 3": the heading of a choice of courses. */
export function chooseText(lang: Lang, choice: { choose: number; of: number }): string {
  return formatMessage(lang, posLabels(lang).text.chooseOf, choice);
}

/** The heading of a choice of credentials: "Earn 1 of 2". */
export function earnText(lang: Lang, choice: { choose: number; of: number }): string {
  return formatMessage(lang, posLabels(lang).text.earnOf, choice);
}

/**
 * What a credential is and who issues it, as the diagram and the PDF write it after its title:
 * "Industry certification, issued by CompTIA"; the type alone when no issuer is recorded.
 */
export function credentialNote(
  lang: Lang,
  credential: {
    type: keyof PosLabels['credential'];
    issuer?: string | undefined;
    validYears?: number | undefined;
  },
): string {
  const labels = posLabels(lang);
  const type = labels.credential[credential.type];
  const note = credential.issuer
    ? `${type}, ${issuedBy(lang, { type: credential.type, issuer: credential.issuer })}`
    : type;
  return credential.validYears !== undefined
    ? `${note}; ${validityText(lang, credential.validYears)}`
    : note;
}

/** "valid 2 years, then renewed" / "vigencia de 2 años; luego se renueva". */
export function validityText(lang: Lang, years: number): string {
  return formatMessage(lang, posLabels(lang).text.validFor, { years });
}

/**
 * "issued by CompTIA"; in Spanish agreeing with the credential type it follows: "otorgada por
 * CompTIA" after "Certificación de la industria", "otorgado por …" after "Certificado".
 */
export function issuedBy(
  lang: Lang,
  credential: { type: keyof PosLabels['credential']; issuer: string },
): string {
  return formatMessage(lang, posLabels(lang).text.issuedBy, {
    type: credential.type,
    issuer: credential.issuer,
  });
}

/**
 * What holding a credential earns (credential credit), after its mark: "transfers to HCA 110
 * (6 cr) at Northshore CC".
 */
export function credentialCreditText(
  lang: Lang,
  credit: { course: { code: string }; credits: number; institution: string },
): string {
  return formatMessage(lang, posLabels(lang).text.transfersTo, {
    course: credit.course.code,
    credits: credit.credits,
    institution: credit.institution,
  });
}

/**
 * What a course's early credit earns, after its mark: "transfers to CIS 133 (4 cr) at Valley
 * CC"; for a college course taken in high school (its early credit is the course itself),
 * "college course, credit from Valley CC".
 */
export function earlyCreditText(
  lang: Lang,
  courseId: string,
  credit: { course: { id: string; code: string }; credits: number; institution: string },
): string {
  const text = posLabels(lang).text;
  if (credit.course.id === courseId)
    return formatMessage(lang, text.collegeCourseInHighSchool, { institution: credit.institution });
  return formatMessage(lang, text.transfersTo, {
    course: credit.course.code,
    credits: credit.credits,
    institution: credit.institution,
  });
}
