/**
 * The problems a roster CSV reports about its fields (roster-csv.ts, person-name.ts), in English
 * and Spanish, in the message syntax of domain/i18n/message.ts. Each follows the name of its
 * column (`grade_level: must be a grade from 6 to 12, not 5`). Codes the file spells (9th,
 * Grade 9, Y, N) stay as written in both languages; line numbers are passed as text.
 */
export const rosterMessagesEn = {
  name_bidi: 'contains an invisible character that reorders text (a bidirectional override)',
  no_name: 'is empty, and so is last_name: a student needs a name',
  not_email: 'is not an email address',
  grade_not_grade: 'must be a grade from 6 to 12 (such as 9, 09, 9th or Grade 9), not "{value}"',
  grade_out_of_range: 'must be a grade from 6 to 12, not {grade}',
  bad_graduation_year: 'must be a year such as 2028, or empty',
  bad_code: 'must be one of {codes}, or empty',
  repeats_student: 'repeats the student on line {line}',
  repeats_email: 'is also the email on line {line}',
};

export const rosterMessagesEs: Record<keyof typeof rosterMessagesEn, string> = {
  name_bidi:
    'contiene un carácter invisible que cambia el orden del texto (una marca de dirección bidireccional)',
  no_name: 'está vacío, y también last_name: cada estudiante necesita un nombre',
  not_email: 'no es una dirección de correo electrónico',
  grade_not_grade: 'debe ser un grado del 6 al 12 (como 9, 09, 9th o Grade 9), no "{value}"',
  grade_out_of_range: 'debe ser un grado del 6 al 12, no {grade}',
  bad_graduation_year: 'debe ser un año como 2028, o estar vacío',
  bad_code: 'debe ser uno de {codes}, o estar vacío',
  repeats_student: 'repite el estudiante de la línea {line}',
  repeats_email: 'es también el correo electrónico de la línea {line}',
};
