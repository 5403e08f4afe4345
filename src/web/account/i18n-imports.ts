/**
 * The texts of the admin page that imports a district's records from a CSV (check, then
 * import), in English and Spanish («tú»); i18n-admin.ts gathers them with the other admin pages.
 */
export const importsEn = {
  adminImportsLink: 'Import student records',
  importsTitle: 'Import student records',
  importsIntro:
    'Bring in a spreadsheet from your student information system, saved as CSV. Check it first: nothing is saved until you choose Import. A file with any problem is refused whole, so fix the line shown and check again.',
  importsSignInFirst: 'Sign in as a district or state administrator to import student records.',
  importsDistrict: 'District',
  importsDistrictRequired: 'Choose the district.',
  importsKindLegend: 'What to import',
  importsKindStudents: 'Student roster',
  importsKindStudentsHint: 'One row per student. Columns:',
  importsKindTranscripts: 'Transcripts (courses taken)',
  importsKindTranscriptsHint:
    'One row per course a student took; a course from another school names it in earned_at. Columns:',
  importsKindCredentials: 'Credentials earned',
  importsKindCredentialsHint:
    'One row per student and credential (its catalog id or exact title). Columns:',
  importsSourceLegend: 'The CSV',
  importsSourceFile: 'A file on this computer',
  importsSourcePaste: 'Text I paste',
  importsFile: 'CSV file',
  importsFileHint: 'In your spreadsheet, use Save as and choose CSV (comma-separated).',
  importsFileRequired: 'Choose a CSV file.',
  importsFileUnreadable: 'The file could not be read. Choose it again.',
  importsPaste: 'CSV text',
  importsPasteHint: 'Paste the rows with their header line first.',
  importsPasteRequired: 'Paste the CSV text, with its header line.',
  importsPassLegend: 'Passing marks (optional)',
  importsPassHint:
    'Tell whether a D or a 65 that earned no credit passed or failed. Leave blank when your file says so itself.',
  importsPassPercent: 'Lowest passing percent',
  importsPassPercentHint: 'From 1 to 100, for example 60 or 69.5.',
  importsPassLetter: 'Lowest passing letter',
  importsPassLetterHint: 'From A+ to D-, for example D-.',
  importsCheck: 'Check',
  importsChecking: 'Checking…',
  importsImport: 'Import',
  importsImporting: 'Importing…',
  importsImportNeedsCheck: 'Import becomes available once the check finds no problem.',
  importsChangedSinceCheck:
    'The file or your choices changed after the check. Check again before importing.',
  importsFileChanged:
    'The file changed on your computer after the check. Choose it again and check it.',
  importsCheckedTitle: 'Check result: nothing saved yet',
  importsCheckedNote:
    'This is what Import would do. Choose Import to save it, or change the file and check again.',
  importsDoneTitle: 'Imported',
  importsDoneNote:
    'The records are saved. Importing the same file again changes nothing; a corrected file updates what changed.',
  importsRowsRead: 'Rows read',
  importsAdded: 'Added',
  importsChanged: 'Changed',
  importsUnchanged: 'Already up to date',
  importsRefused: 'Refused',
  importsRefusedTitle: 'The file was refused',
  importsRefusedNote:
    'Nothing was saved. Correct the line named here in your spreadsheet, save it as CSV again, choose it again and check. When the file has more problems, the message says how many.',
  importsProblemAt: 'Line {line}, column {column}',
  importsProblemSetting: 'Setting: {name}',
  importsTransferTitle: 'Credit earned at other schools',
  importsTransferCounts:
    'Transfer credits: {inserted} added, {updated} changed, {unchanged} already up to date.',
  importsElectivesTitle: 'Transfer courses counted as electives',
  importsElectivesWhy:
    'These lines from other schools name a course only by its title, and this district’s catalog has no course with that title, or more than one, so each counts as an elective.',
  importsElectivesCount:
    '{count, plural, one {# line counts as an elective.} other {# lines count as electives.}}',
  importsColLine: 'Line',
  importsColTitle: 'Course title',
  importsColMatches: 'Catalog courses with that title',
  importsUnknownTitle: 'Course codes not in the district catalog (imported all the same)',
  importsColCode: 'Code',
  importsColRows: 'Rows',
  importsPages: 'Pages of the list',
  importsPageOf: 'Showing {from}–{to} of {count}',
  importsPrevious: 'Previous',
  importsNext: 'Next',
};

export type ImportsMessages = Record<keyof typeof importsEn, string>;

export const importsEs: ImportsMessages = {
  adminImportsLink: 'Importar registros de estudiantes',
  importsTitle: 'Importar registros de estudiantes',
  importsIntro:
    'Trae una hoja de cálculo de tu sistema de información estudiantil, guardada como CSV. Revísala primero: no se guarda nada hasta que elijas Importar. Un archivo con cualquier problema se rechaza entero; corrige la línea indicada y vuelve a revisarlo.',
  importsSignInFirst:
    'Inicia sesión como administrador del distrito o del estado para importar registros de estudiantes.',
  importsDistrict: 'Distrito',
  importsDistrictRequired: 'Elige el distrito.',
  importsKindLegend: 'Qué importar',
  importsKindStudents: 'Lista de estudiantes',
  importsKindStudentsHint: 'Una fila por estudiante. Columnas:',
  importsKindTranscripts: 'Expedientes académicos (cursos tomados)',
  importsKindTranscriptsHint:
    'Una fila por curso que tomó un estudiante; un curso tomado en otra escuela la nombra en la última columna. Columnas:',
  importsKindCredentials: 'Credenciales obtenidas',
  importsKindCredentialsHint:
    'Una fila por estudiante y credencial (su id del catálogo o su título exacto). Columnas:',
  importsSourceLegend: 'El CSV',
  importsSourceFile: 'Un archivo de esta computadora',
  importsSourcePaste: 'Texto que pego',
  importsFile: 'Archivo CSV',
  importsFileHint: 'En tu hoja de cálculo, usa Guardar como y elige CSV (delimitado por comas).',
  importsFileRequired: 'Elige un archivo CSV.',
  importsFileUnreadable: 'No se pudo leer el archivo. Elígelo de nuevo.',
  importsPaste: 'Texto CSV',
  importsPasteHint: 'Pega las filas con la línea de encabezado primero.',
  importsPasteRequired: 'Pega el texto CSV, con su línea de encabezado.',
  importsPassLegend: 'Notas de aprobación (opcional)',
  importsPassHint:
    'Indica si una D o un 65 que no obtuvo créditos aprobó o reprobó. Déjalo en blanco si tu archivo ya lo dice.',
  importsPassPercent: 'Porcentaje mínimo para aprobar',
  importsPassPercentHint: 'De 1 a 100, por ejemplo 60 o 69.5.',
  importsPassLetter: 'Letra mínima para aprobar',
  importsPassLetterHint: 'De A+ a D-, por ejemplo D-.',
  importsCheck: 'Revisar',
  importsChecking: 'Revisando…',
  importsImport: 'Importar',
  importsImporting: 'Importando…',
  importsImportNeedsCheck: 'Podrás importar cuando la revisión no encuentre ningún problema.',
  importsChangedSinceCheck:
    'El archivo o tus opciones cambiaron después de la revisión. Revísalo de nuevo antes de importar.',
  importsFileChanged:
    'El archivo cambió en tu computadora después de la revisión. Elígelo de nuevo y revísalo.',
  importsCheckedTitle: 'Resultado de la revisión: aún no se guardó nada',
  importsCheckedNote:
    'Esto es lo que haría Importar. Elige Importar para guardarlo, o cambia el archivo y revísalo de nuevo.',
  importsDoneTitle: 'Importado',
  importsDoneNote:
    'Los registros están guardados. Importar el mismo archivo otra vez no cambia nada; un archivo corregido actualiza lo que cambió.',
  importsRowsRead: 'Filas leídas',
  importsAdded: 'Añadidas',
  importsChanged: 'Modificadas',
  importsUnchanged: 'Ya al día',
  importsRefused: 'Rechazadas',
  importsRefusedTitle: 'El archivo fue rechazado',
  importsRefusedNote:
    'No se guardó nada. Corrige en tu hoja de cálculo la línea indicada aquí, guárdala otra vez como CSV, elígela de nuevo y revísala. Si el archivo tiene más problemas, el mensaje dice cuántos.',
  importsProblemAt: 'Línea {line}, columna {column}',
  importsProblemSetting: 'Opción: {name}',
  importsTransferTitle: 'Créditos obtenidos en otras escuelas',
  importsTransferCounts:
    'Créditos transferidos: {inserted} añadidos, {updated} modificados, {unchanged} ya al día.',
  importsElectivesTitle: 'Cursos transferidos que cuentan como optativos',
  importsElectivesWhy:
    'Estas líneas de otras escuelas nombran el curso solo por su título, y el catálogo de este distrito no tiene ningún curso con ese título, o tiene más de uno, así que cada una cuenta como optativa.',
  importsElectivesCount:
    '{count, plural, one {# línea cuenta como optativa.} other {# líneas cuentan como optativas.}}',
  importsColLine: 'Línea',
  importsColTitle: 'Título del curso',
  importsColMatches: 'Cursos del catálogo con ese título',
  importsUnknownTitle:
    'Códigos de curso que no están en el catálogo del distrito (se importaron de todos modos)',
  importsColCode: 'Código',
  importsColRows: 'Filas',
  importsPages: 'Páginas de la lista',
  importsPageOf: 'Se muestran {from}–{to} de {count}',
  importsPrevious: 'Anterior',
  importsNext: 'Siguiente',
};
