/**
 * What removing one guardian link or one caseload link says, in English and Spanish: a problem
 * names the request's field (`studentId`, `guardianId`, `counselorId`), so the API (`?lang=es`)
 * and the CLI (`--lang es`) tell it in the reader's language; the done message names both ends.
 */
import { AppError, type AppErrorCode } from '../errors.ts';
import type { Lang } from '../framework.ts';
import { formatMessage, type MessageValues } from '../i18n/message.ts';

export type LinkKind = 'guardian' | 'caseload';
export type LinkField = 'studentId' | 'guardianId' | 'counselorId';

export const LINK_REMOVAL_TEXT = {
  en: {
    noAdult:
      'District {district} has no {kind, select, guardian {guardian} other {counselor}} {adult} ({field}: an email or user id).',
    notLinked:
      '{kind, select, guardian {Guardian {adult} is not linked to student {student}} other {Student {student} is not on the caseload of counselor {adult}}} ({field}).',
    unstorable: '{field} holds a character that cannot be stored (a NUL or a lone surrogate).',
    removed:
      '{kind, select, guardian {Guardian {adult} is no longer linked to student {student}} other {Student {student} is no longer on the caseload of counselor {adult}}}; access ends at once.',
  },
  es: {
    noAdult:
      'El distrito {district} no tiene {kind, select, guardian {el tutor} other {el consejero}} {adult} ({field}: un correo o identificador de usuario).',
    notLinked:
      '{kind, select, guardian {El tutor {adult} no está vinculado al estudiante {student}} other {El estudiante {student} no está en la lista del consejero {adult}}} ({field}).',
    unstorable:
      '{field} contiene un carácter que no se puede guardar (un NUL o un sustituto suelto).',
    removed:
      '{kind, select, guardian {El tutor {adult} ya no está vinculado al estudiante {student}} other {El estudiante {student} ya no está en la lista del consejero {adult}}}; el acceso termina de inmediato.',
  },
} as const;

type Key = keyof (typeof LINK_REMOVAL_TEXT)['en'];

export function linkRemovalText(lang: Lang, key: Key, values: MessageValues): string {
  return formatMessage(lang, LINK_REMOVAL_TEXT[lang][key], values);
}

/** The field that names the adult end of a link of this kind. */
export const adultField = (kind: LinkKind): LinkField =>
  kind === 'guardian' ? 'guardianId' : 'counselorId';

/** A problem of a link removal, in both languages, naming the request's field. */
export function linkProblem(
  code: AppErrorCode,
  key: Exclude<Key, 'removed'>,
  field: LinkField,
  values: MessageValues,
): AppError {
  const all = { ...values, field };
  return new AppError(code, linkRemovalText('en', key, all), field, {
    es: linkRemovalText('es', key, all),
  });
}
