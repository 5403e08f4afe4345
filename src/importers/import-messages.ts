/**
 * The problems any delimited import reports (tabular.ts, roster-csv.ts) and those the records
 * services add once the district is known (services/records/record-rows.ts), in English and
 * Spanish, in the message syntax of domain/i18n/message.ts. Each names the field it is about
 * before it (`letter_grade: is empty`), so a template reads on from the column's name. Numbers
 * that are places in the file (lines, columns, counts of fields) are passed as text, as written.
 */
export const importMessagesEn = {
  empty: 'is empty',
  file_empty: 'the file is empty',
  missing_column:
    'missing column "{name}" in the header{listed, select, no {} other { (it has: {columns})}}',
  quote_not_closed: 'a quoted field opens here and its closing quote (") never comes',
  unreadable: '{error}',
  same_name:
    'differs from column {column} ({name}), of the same name: {here} here, {there} there; leave one of the two columns out',
  control_character: 'contains a control character (a line break, a tab or NUL)',
  too_long: 'is longer than {max} characters',
  bad_id: 'must be 1–64 letters, digits, dots, dashes, colons or underscores',
  no_school:
    'no school {school} in the district {district}{hint, select, transfer {: credit earned elsewhere is transfer credit: name where in an earned_at column (transcript CSV), or record it with POST {path}} other {}}',
  no_student:
    'no student {student} in the district {district}: {roster, select, none {import the roster first} other {the roster has {roster}: write the id as the roster does (a spreadsheet may have dropped its leading zeros)}}',
  repeats_catalog_attempt:
    'repeats the attempt at {place} ({code} and {other} are both the catalog course {catalog}; same student, school, year and term)',
  repeats_transfer_credit:
    'repeats the transfer credit at {place}: {same, select, yes {{code} from {school} twice, with another title, grade, credit or flag} other {{code} from {school} and {other} from {otherSchool} are one course from one place}} (same student, school year and term)',
  no_catalog_course:
    'the district catalog has no course {code}: write one of its course codes, or elective',
  title_no_course:
    'no course of the district catalog is titled "{title}": add a course_code column with the course\'s code, or write the title as the catalog does',
  title_many_courses:
    '{count} courses of the district catalog are titled "{title}" ({codes}): add a course_code column with the code of the one taken',
  grade_no_year:
    'the heading above names grade {grade} and no school year, and the roster gives student {student} no graduation year or grade: write the year in the heading ("Grade {grade} — 2024-2025") or add graduation_year to the roster',
  grade_after_now:
    'the heading above names grade {grade}, which by the roster (class of {classOf}) is the school year {years}, after this one: check the heading, or the graduation_year on the roster',
};

export const importMessagesEs: Record<keyof typeof importMessagesEn, string> = {
  empty: 'está vacío',
  file_empty: 'el archivo está vacío',
  missing_column:
    'falta la columna "{name}" en el encabezado{listed, select, no {} other { (tiene: {columns})}}',
  quote_not_closed: 'aquí se abre un campo entre comillas y nunca llega su comilla de cierre (")',
  unreadable:
    'no se pudo leer el archivo como texto delimitado (CSV); el lector de CSV dice, en inglés: {error}',
  same_name:
    'no coincide con la columna {column} ({name}), del mismo nombre: {here} aquí, {there} allí; deja fuera una de las dos columnas',
  control_character: 'contiene un carácter de control (un salto de línea, un tabulador o NUL)',
  too_long: 'tiene más de {max} caracteres',
  bad_id: 'debe tener de 1 a 64 letras, dígitos, puntos, guiones, dos puntos o guiones bajos',
  no_school:
    'no hay ninguna escuela {school} en el distrito {district}{hint, select, transfer {: el crédito obtenido en otro lugar es crédito transferido: indica dónde en una columna earned_at (CSV de historial académico), o regístralo con POST {path}} other {}}',
  no_student:
    'no hay ningún estudiante {student} en el distrito {district}: {roster, select, none {importa primero la lista de estudiantes} other {la lista de estudiantes tiene {roster}: escribe el identificador como en la lista (una hoja de cálculo puede haber quitado sus ceros iniciales)}}',
  repeats_catalog_attempt:
    'repite el intento de {place} ({code} y {other} son ambos el curso del catálogo {catalog}; mismo estudiante, escuela, año y período)',
  repeats_transfer_credit:
    'repite el crédito transferido de {place}: {same, select, yes {{code} de {school} dos veces, con otro título, calificación, crédito o indicador} other {{code} de {school} y {other} de {otherSchool} son un mismo curso de un mismo lugar}} (mismo estudiante, año escolar y período)',
  no_catalog_course:
    'el catálogo del distrito no tiene ningún curso {code}: escribe uno de sus códigos de curso, o elective',
  title_no_course:
    'ningún curso del catálogo del distrito se titula "{title}": añade una columna course_code con el código del curso, o escribe el título como lo escribe el catálogo',
  title_many_courses:
    '{count} cursos del catálogo del distrito se titulan "{title}" ({codes}): añade una columna course_code con el código del que se tomó',
  grade_no_year:
    'el encabezado de arriba nombra el grado {grade} y ningún año escolar, y la lista de estudiantes no da al estudiante {student} año de graduación ni grado: escribe el año en el encabezado ("Grade {grade} — 2024-2025") o añade graduation_year a la lista',
  grade_after_now:
    'el encabezado de arriba nombra el grado {grade}, que según la lista de estudiantes (promoción {classOf}) es el año escolar {years}, posterior al actual: revisa el encabezado, o el graduation_year de la lista',
};
