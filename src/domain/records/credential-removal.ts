/**
 * What removing one credential from a student's records says, in English and Spanish: the problem
 * names its field (`studentId`, `credentialId`), so the API (`?lang=es`) and the CLI (`--lang es`)
 * tell it in the reader's language; the done message names the student and the credential, and
 * what `credential_earned` is once none is left (`fact`: Y, N, or `none` when not recorded).
 */
import { AppError, type AppErrorCode } from '../errors.ts';
import type { Lang } from '../framework.ts';
import { formatMessage, type MessageValues } from '../i18n/message.ts';

export const CREDENTIAL_REMOVAL_TEXT = {
  en: {
    noCredential: 'The catalog has no credential {credential} (credentialId: its id or title).',
    ambiguous: 'Credential {credential} names several credentials ({ids}): give one id.',
    notHeld: 'Student {student} holds no credential {credential} (credentialId).',
    removed:
      'Removed {credential} (earned {earnedOn}) from student {student}; {remaining, plural, =0 {no named credential remains, so credential_earned is now as the roster gave it: {fact, select, none {not recorded} other {{fact}}}} one {# named credential remains, so credential_earned stays Y} other {# named credentials remain, so credential_earned stays Y}}.',
  },
  es: {
    noCredential:
      'El catálogo no tiene la credencial {credential} (credentialId: su identificador o título).',
    ambiguous:
      'Credencial {credential} nombra varias credenciales ({ids}): indique un identificador.',
    notHeld: 'El estudiante {student} no tiene la credencial {credential} (credentialId).',
    removed:
      'Se quitó {credential} (obtenida el {earnedOn}) del estudiante {student}; {remaining, plural, =0 {no queda ninguna credencial nombrada, así que credential_earned es ahora el del registro de estudiantes: {fact, select, none {sin registrar} other {{fact}}}} one {queda # credencial nombrada, así que credential_earned sigue en Y} other {quedan # credenciales nombradas, así que credential_earned sigue en Y}}.',
  },
} as const;

type Key = keyof (typeof CREDENTIAL_REMOVAL_TEXT)['en'];

export function credentialRemovalText(lang: Lang, key: Key, values: MessageValues): string {
  return formatMessage(lang, CREDENTIAL_REMOVAL_TEXT[lang][key], values);
}

/** A problem of a removal, in both languages, naming the request's field. */
export function removalProblem(
  code: AppErrorCode,
  key: Exclude<Key, 'removed'>,
  field: 'studentId' | 'credentialId',
  values: MessageValues,
): AppError {
  return new AppError(code, credentialRemovalText('en', key, values), field, {
    es: credentialRemovalText('es', key, values),
  });
}
