/**
 * A request the schemas refuse, in the reader's language (errors.ts, reject-unstorable.ts): the
 * part of the request and the field, then the problem (contracts/schema-issue-text.ts).
 */
import type { Lang } from '../domain/framework.ts';
import { formatMessage } from '../domain/i18n/message.ts';

export const requestProblemMessages = {
  en: {
    badField: 'Invalid {part} parameter "{field}": {problem}',
    badWhole: 'Invalid {part} parameter: {problem}',
    badPart: 'Invalid {part}.',
    unstorable:
      'Invalid {part, select, params {path parameter} query {query parameter} other {field}} "{field}": {problem}.',
  },
  es: {
    badField:
      'Parámetro «{field}» no válido {part, select, body {en el cuerpo} querystring {en la consulta} params {en la dirección} headers {en las cabeceras} other {en la solicitud}}: {problem}',
    badWhole:
      '{part, select, body {Cuerpo no válido} querystring {Consulta no válida} params {Dirección no válida} headers {Cabeceras no válidas} other {Solicitud no válida}}: {problem}',
    badPart:
      '{part, select, body {Cuerpo no válido} querystring {Consulta no válida} params {Dirección no válida} headers {Cabeceras no válidas} other {Solicitud no válida}}.',
    unstorable:
      '{part, select, params {Parámetro de la dirección} query {Parámetro de la consulta} other {Campo}} «{field}» no válido: {problem}.',
  },
} as const;

export const requestProblem = (
  lang: Lang,
  key: keyof typeof requestProblemMessages.en,
  values: Record<string, string>,
): string => formatMessage(lang, requestProblemMessages[lang][key], values);
