/**
 * The problem of a request that names a student its district does not have (by local id or user
 * id): in English and Spanish, naming the field (`studentId`), so the API (`?lang=es`) and the CLI
 * (`--lang es`) say it in the reader's language. Another district's student is this too.
 */
import { AppError } from '../errors.ts';
import { formatMessage } from '../i18n/message.ts';

export const NO_DISTRICT_STUDENT_TEXT = {
  en: {
    noStudent: 'District {district} has no student {student} (studentId: a local id or user id).',
  },
  es: {
    noStudent:
      'El distrito {district} no tiene el estudiante {student} (studentId: un identificador local o de usuario).',
  },
} as const;

export function noDistrictStudent(district: string, student: string): AppError {
  const say = (lang: 'en' | 'es') =>
    formatMessage(lang, NO_DISTRICT_STUDENT_TEXT[lang].noStudent, { district, student });
  return new AppError('not_found', say('en'), 'studentId', { es: say('es') });
}
