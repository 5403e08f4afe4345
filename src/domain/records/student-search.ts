/**
 * The problem of a district student search whose words cannot be looked up (a NUL or a lone
 * surrogate, or nothing but spaces): in English and Spanish, naming the field (`q`).
 */
import { AppError } from '../errors.ts';

export const STUDENT_SEARCH_TEXT = {
  en: {
    badQuery:
      'q: write part of a student’s name or local id (1 to 100 characters, no NUL or broken character).',
  },
  es: {
    badQuery:
      'q: escribe parte del nombre o del identificador local de un estudiante (de 1 a 100 caracteres, sin NUL ni caracteres rotos).',
  },
} as const;

export const badStudentSearch = (): AppError =>
  new AppError('invalid', STUDENT_SEARCH_TEXT.en.badQuery, 'q', {
    es: STUDENT_SEARCH_TEXT.es.badQuery,
  });
