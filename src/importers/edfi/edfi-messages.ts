/**
 * The problems an Ed-Fi import reports (edfi-*.ts, services/records/import-edfi.ts), in English
 * and Spanish, in the message syntax of domain/i18n/message.ts. Each follows the JSON path of its
 * field (`students[0].birthDate: must be a date such as 2025-08-20`). Ed-Fi's own names
 * (studentSchoolAssociations, attemptedCredits, Pass, Sixth grade) stay as written in both
 * languages; numbers that are bounds or places are passed as text, as written.
 */
const TYPE_EN =
  '{actual, select, null {null} array {an array} boolean {a boolean} number {a number} string {a string} object {an object} other {{actual}}}';
const TYPE_ES =
  '{actual, select, null {null} array {una lista (array)} boolean {un valor lógico (boolean)} number {un número} string {un texto (string)} object {un objeto} other {{actual}}}';

export const edfiMessagesEn = {
  bad_json: 'not valid JSON: {reason}',
  nul_character: 'must not contain a NUL character (\\u0000)',
  lone_surrogate: 'must not contain a lone UTF-16 surrogate (a broken character)',
  array_file_name: 'a file holding an array must be named after its Ed-Fi resource: {names}',
  not_edfi_data: 'must be an array of Ed-Fi resources or an object of such arrays',
  must_be_array: 'must be an array',
  no_edfi_resource: 'names none of the Ed-Fi resources {names}',
  not_resource: 'must be an object (one Ed-Fi resource)',
  required: 'is required',
  wrong_type: `must be {expected, select, number {a number} array {an array} other {a string}}, not ${TYPE_EN}`,
  control_character_short: 'contains a control character',
  bad_edfi_id: 'must be an id of 1–64 letters, digits, dots, dashes, colons or underscores',
  out_of_range: 'must be from {min} to {max}',
  no_descriptor_code: 'names no code value after "#"',
  bad_boolean: 'must be true or false',
  bad_date: 'must be a date such as 2025-08-20',
  bad_edfi_grade: 'must be a grade from Sixth grade to Twelfth grade, not {code}',
  repeats_edfi_student: 'repeats the student at students[{index}]',
  no_enrollment: 'has no studentSchoolAssociations enrollment: its school and grade are unknown',
  no_edfi_email: 'has no email in studentEducationOrganizationAssociations (electronicMails)',
  email_of_student: 'has the email of student {student}',
  bad_sced_start: 'must start with a five-digit SCED code',
  bad_edfi_result: 'must be Pass, Fail, Incomplete, Withdrawn or In Progress, not {code}',
  earned_over_attempted_credits: 'is more than the attemptedCredits',
  no_academic_record:
    'names no studentAcademicRecords resource of the files (student, school, year and term)',
};

export const edfiMessagesEs: Record<keyof typeof edfiMessagesEn, string> = {
  bad_json: 'no es JSON válido (el lector de JSON dice, en inglés: {reason})',
  nul_character: 'no debe contener un carácter NUL (\\u0000)',
  lone_surrogate: 'no debe contener un sustituto UTF-16 suelto (un carácter roto)',
  array_file_name:
    'un archivo que contiene una lista (array) debe llamarse como su recurso de Ed-Fi: {names}',
  not_edfi_data: 'debe ser una lista de recursos de Ed-Fi o un objeto de tales listas',
  must_be_array: 'debe ser una lista (array)',
  no_edfi_resource: 'no nombra ninguno de los recursos de Ed-Fi {names}',
  not_resource: 'debe ser un objeto (un recurso de Ed-Fi)',
  required: 'es obligatorio',
  wrong_type: `debe ser {expected, select, number {un número} array {una lista (array)} other {un texto (string)}}, no ${TYPE_ES}`,
  control_character_short: 'contiene un carácter de control',
  bad_edfi_id:
    'debe ser un identificador de 1 a 64 letras, dígitos, puntos, guiones, dos puntos o guiones bajos',
  out_of_range: 'debe estar entre {min} y {max}',
  no_descriptor_code: 'no nombra ningún valor de código después de "#"',
  bad_boolean: 'debe ser true o false',
  bad_date: 'debe ser una fecha como 2025-08-20',
  bad_edfi_grade: 'debe ser un grado de Sixth grade a Twelfth grade, no {code}',
  repeats_edfi_student: 'repite el estudiante de students[{index}]',
  no_enrollment:
    'no tiene ninguna inscripción en studentSchoolAssociations: no se conocen su escuela ni su grado',
  no_edfi_email:
    'no tiene correo electrónico en studentEducationOrganizationAssociations (electronicMails)',
  email_of_student: 'tiene el correo electrónico del estudiante {student}',
  bad_sced_start: 'debe empezar con un código SCED de cinco dígitos',
  bad_edfi_result: 'debe ser Pass, Fail, Incomplete, Withdrawn o In Progress, no {code}',
  earned_over_attempted_credits: 'es mayor que attemptedCredits (los créditos intentados)',
  no_academic_record:
    'no nombra ningún recurso studentAcademicRecords de los archivos (estudiante, escuela, año y período)',
};
