/**
 * The problems found in what an author sent (a program and its catalog) before anything is stored,
 * in English and Spanish: a required text left blank, a credit agreement that ends before it
 * starts, and a reference (an owner, a parent, a course's institution, an agreement's course or
 * credential) that names nothing stored or sent. The API says them
 * in the reader's language, and `wayfinder validate --lang es` a program file's.
 */
import { invalid, type AppError } from '../errors.ts';
import type { LocalizedText } from '../framework.ts';
import { formatMessage, type MessageValues } from '../i18n/message.ts';

export const AUTHORED_MESSAGES = {
  en: {
    blank: 'must not be blank',
    endsBeforeStart:
      'must not be before effectiveFrom ({from}): the agreement would end before it starts',
    noSuchEntry:
      '{field}: no {what, select, organization {organization} course {course} other {credential}} "{id}"; name an existing one or send it in {where, select, sent {this catalog} other {catalog.institutions}}.',
    noSuchFramework: '{field}: no framework with id "{id}" is loaded; the loaded ones are {known}.',
    noSuchPathway: '{field}: no pathway "{code}" in framework {id}.',
    missingReference:
      '{field} names the {kind, select, institution {institution} course {course} other {credential}} "{id}", which is neither stored nor sent in the catalog; add it to catalog.{list} or correct the id.',
  },
  es: {
    blank: 'no debe quedar en blanco',
    endsBeforeStart:
      'no debe ser anterior a effectiveFrom ({from}): el acuerdo terminaría antes de empezar',
    noSuchEntry:
      '{field}: no existe {what, select, organization {la organización} course {el curso} other {la credencial}} «{id}»; indica un id que exista o envía la entrada en {where, select, sent {este catálogo} other {catalog.institutions}}.',
    noSuchFramework:
      '{field}: no hay ningún marco cargado con el id «{id}»; los cargados son {known}.',
    noSuchPathway: '{field}: no hay ninguna trayectoria «{code}» en el marco {id}.',
    missingReference:
      '{field} nombra {kind, select, institution {la institución} course {el curso} other {la credencial}} «{id}», que no está en la base de datos ni en el catálogo enviado; agrega esa entrada a catalog.{list} o corrige el id.',
  },
} as const;

export type AuthoredMessage = keyof typeof AUTHORED_MESSAGES.en;

/** The problem `key` in English and Spanish. */
export function authoredText(key: AuthoredMessage, values: MessageValues = {}): LocalizedText {
  return {
    en: formatMessage('en', AUTHORED_MESSAGES.en[key], values),
    es: formatMessage('es', AUTHORED_MESSAGES.es[key], values),
  };
}

/** An `invalid` error about `field` with the problem `key`, in English and its Spanish. */
export function authoredProblem(
  key: AuthoredMessage,
  values: MessageValues,
  field: string,
): AppError {
  const text = authoredText(key, values);
  return invalid(text.en, field, { es: text.es });
}
