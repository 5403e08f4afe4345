/**
 * The problems a OneRoster 1.2 package reports (oneroster-*.ts, services/records/import-oneroster.ts),
 * in English and Spanish, in the message syntax of domain/i18n/message.ts. Each follows the name
 * of its column (`role: is not a OneRoster 1.2 role: aide`). File names, column names, roles and
 * codes the package spells (users.csv, sourcedId, guardian, bulk, delta) stay as written.
 */
export const oneRosterMessagesEn = {
  not_zip: 'not a zip archive: {error}',
  second_file: 'a second {kind}.csv',
  no_file: 'the package has no {kind}.csv',
  not_version: 'must be 1.2 (this import reads OneRoster 1.2), not {value}',
  bad_role: 'is not a OneRoster 1.2 role: {role}',
  repeats_user: 'repeats the user on line {line}',
  no_account_email: 'is empty: every account needs an email',
  bad_oneroster_grade: 'must be a grade from 06 to 12, not "{value}"',
  no_package_school: 'names no school of the package',
  no_package_user: 'names no user of the package: {user}',
  no_package_class: 'names no class of classes.csv: {class}',
  other_role: 'belongs to an account with the role {current}, not {role}',
  other_district_account: 'belongs to an account of another district',
  other_school_counselor:
    "would put student {student} (school {studentSchool}) on the caseload of counselor {counselor} of school {school}: a counselor's caseload is in their own school or the further schools their orgSourcedIds list",
};

export const oneRosterMessagesEs: Record<keyof typeof oneRosterMessagesEn, string> = {
  not_zip: 'no es un archivo zip (el lector de zip dice, en inglés: {error})',
  second_file: 'un segundo {kind}.csv',
  no_file: 'al paquete le falta {kind}.csv',
  not_version: 'debe ser 1.2 (esta importación lee OneRoster 1.2), no {value}',
  bad_role: 'no es un rol de OneRoster 1.2: {role}',
  repeats_user: 'repite el usuario de la línea {line}',
  no_account_email: 'está vacío: cada cuenta necesita un correo electrónico',
  bad_oneroster_grade: 'debe ser un grado del 06 al 12, no "{value}"',
  no_package_school: 'no nombra ninguna escuela del paquete',
  no_package_user: 'no nombra ningún usuario del paquete: {user}',
  no_package_class: 'no nombra ninguna clase de classes.csv: {class}',
  other_role: 'pertenece a una cuenta con el rol {current}, no {role}',
  other_district_account: 'pertenece a una cuenta de otro distrito',
  other_school_counselor:
    'pondría al estudiante {student} (escuela {studentSchool}) entre los estudiantes a cargo del consejero {counselor} de la escuela {school}: un consejero solo tiene a cargo estudiantes de la escuela donde trabaja o de las otras escuelas que su orgSourcedIds nombra',
};
