/**
 * The problem of a request or import that names a district nobody has: in English and Spanish,
 * naming the field (`district`), so the API (`?lang=es`) and the CLI (`--lang es`) say it in the
 * reader's language.
 */
import { AppError } from '../errors.ts';
import { formatMessage } from '../i18n/message.ts';

export const UNKNOWN_DISTRICT_TEXT = {
  en: { unknownDistrict: 'No district has the id {id}.' },
  es: { unknownDistrict: 'Ningún distrito tiene el identificador {id}.' },
} as const;

/** Not found for a request; `invalid` where the id came as a command's option. */
export function unknownDistrict(id: string, code: 'not_found' | 'invalid' = 'not_found'): AppError {
  const say = (lang: 'en' | 'es') =>
    formatMessage(lang, UNKNOWN_DISTRICT_TEXT[lang].unknownDistrict, { id });
  return new AppError(code, say('en'), 'district', { es: say('es') });
}
