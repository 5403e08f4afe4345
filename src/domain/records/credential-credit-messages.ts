/**
 * Why an earned credential's agreement brings no credit, in English and Spanish (message syntax
 * of domain/i18n/message.ts). Dates stay YYYY-MM-DD in both languages.
 */
export const credentialCreditMessagesEn = {
  expired:
    '{credential} was earned on {earned}, after this agreement ended on {date}: {course} is not counted',
  'not-yet':
    '{credential} was earned on {earned}, before this agreement began on {date}: {course} is not counted',
  'not-party':
    'this agreement is with {institution}, not with the student’s school or district: {course} is not counted',
};

export const credentialCreditMessagesEs: Record<keyof typeof credentialCreditMessagesEn, string> = {
  expired:
    '{credential} se obtuvo el {earned}, después de que este acuerdo terminara el {date}: {course} no se cuenta',
  'not-yet':
    '{credential} se obtuvo el {earned}, antes de que este acuerdo comenzara el {date}: {course} no se cuenta',
  'not-party':
    'este acuerdo es con {institution}, no con la escuela ni el distrito del estudiante: {course} no se cuenta',
};
