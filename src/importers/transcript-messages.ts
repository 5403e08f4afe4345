/**
 * The problems a transcript import reports about its fields (transcript-*.ts), in English and
 * Spanish, in the message syntax of domain/i18n/message.ts. Each follows the name of its column
 * (`credits_earned: is more than the credits attempted`). Codes the file or the command line
 * spells (pass, fail, LC, --lowest-pass-letter, 202410) stay as written in both languages.
 */
export const transcriptMessagesEn = {
  line_cut:
    'is missing: the line has {fields} fields and the header {header} (is the line cut short?)',
  line_extra:
    'the line has {fields} fields and the header {header}: is a comma inside a field that is not quoted (a decimal comma such as 1,0, or a title with a comma)? Quote the field ("1,0") or save the file with semicolons',
  bad_term_id: 'must be a PowerSchool term id such as 3300 (2023–24) or 3301',
  bad_school_year: 'must be a school year such as 2025-2026, 2025-26 or 2026',
  no_code_no_title: 'is empty, and the file has no course title to name the course',
  bad_sced:
    'must be a SCED code (five digits, such as 02052, maybe with its level: 02052G1.00), or empty',
  bad_mark: 'must be a mark of at most 5 characters, such as A-, P, IP or a percent such as 92.5',
  repeats_attempt: 'repeats the attempt on line {line} (same student, school, year and term)',
  bad_credits: 'must be a number of credits from 0 to 10, such as 1, 0.5 or .25',
  term_other_year: "{term} names the school year {named}, not the row's ({years})",
  term_not_in_year: "{term} is not in the row's school year ({years})",
  yes_no: 'must be 1 or 0 (Y or N), or empty',
  yes_no_words: 'must be 1 or 0 (Y or N, yes or no, true or false)',
  bad_course_level:
    'must be a course level such as AP, IB, Honors, Dual Enrollment, CP or Regular, or empty',
  bad_credit_status:
    'must be a credit status such as LC (loss of credit), NC (no credit), W (withdrawn) or CR (credit), or empty',
  grade_levels:
    'holds grade levels (such as {sample}), not marks: add the mark as a column such as Mark, Letter Grade or Final Grade (or a result column), or rename "{name}" to Grade Level',
  bad_result: 'must be one of {results}',
  result_unknown:
    "{where, select, result {is empty, and } other {}}grade {grade} with {credit, select, earned_zero {no credit earned} no_column {no credits earned column} other {the credits earned left empty}} does not tell whether the course was passed: {where, select, result {write pass, fail or in_progress} other {add a result column (pass, fail, in_progress)}}{option, select, letter {, or give the district's lowest passing letter (--lowest-pass-letter; lowestPassLetter in the API)} percent {, or give the district's lowest passing percent (--lowest-pass-percent; lowestPassPercent in the API)} other {}}",
  credits_both_empty: 'is empty, and so are the credits attempted',
  attempted_under_way: 'is empty: a course under way needs the credits it carries',
  earned_not_zero: 'must be 0 when the result is {result}',
  earned_not_zero_status: 'must be 0 when the credit status is {status}',
  earned_not_zero_lost: 'must be 0 when the credit status is loss of credit',
  earned_over_attempted: 'is more than the credits attempted',
  failing_pass: '{grade} is a failing grade, but the result is pass',
  transfer_where:
    'marks a course taken at another school: write where {column, select, none {in a column such as school_name or earned_at} other {in the column {column}}}',
  bad_school_name: 'must be a school name of at most 200 characters',
  bad_state: 'must be a two-letter state code such as TX, or empty',
  bad_institution_id: 'must be an NCES id or CEEB code (letters, digits, -), or empty',
  bad_transfer_kind:
    'must be one of {kinds} (or credit by exam, summer school, dual enrollment), or empty',
  bad_counts_as: 'must be a course code of our catalog, "elective", or empty',
  banner_terms_missing:
    'holds Banner term codes (such as {sample}), whose last two digits each college defines: give their terms as {option}, such as "{example}" (add +1 to a term in the school year ending the year after the code\'s)',
  bad_banner_code: 'must be a Banner term code such as 202410',
  banner_unmapped: '{code} ends in {ending}, which {option} does not map (it maps {mapped})',
  banner_other_year: "{code} is in the school year {named} by {option}, not the row's ({years})",
  college_term:
    '{term} must be a college term with its year, such as Fall 2024, 2024FA or FA24 (a fall, winter, spring or summer term)',
  college_mark:
    '{grade} is not a college grade: write A to F (with + or -), P or NP, CR or NC, I, IP, W, AU or TR',
  college_repeat:
    '{flag} is not a repeat flag: write I (included), E or R (excluded: replaced by a later attempt), or leave it empty',
  college_points: 'must be a number of quality points such as 12 or 10.5, or empty',
  college_unit_type: 'must be Q (quarter units) or S (semester units), or empty',
  college_units: 'must be a number of units from 0 to 30, such as 3, 4.5 or .5',
  college_title: 'must be a course title of at most 200 characters',
  paper_bad_heading:
    'the heading "{text}" names no school year: write the year as 2022-2023 or 2022-23 (the second year the one after the first)',
  paper_line:
    '"{text}" is neither a course line nor a heading: write a heading such as "Grade 9 — 2022-2023", or fill the course\'s other columns',
  paper_side_by_side:
    'this header prints two or more years side by side, so which year a course is under cannot be told: copy one year at a time, or list the years one below the other under one header',
  paper_no_year:
    'comes before any year heading: add a line such as "Grade 9 — 2022-2023" above the courses of that year',
  paper_no_student:
    'is missing: add a Student ID column, or a line such as "Student ID: 1001" above the courses',
  paper_no_school:
    'is missing: add a School column with the school id, or a line such as "School: rhs" above the courses',
  paper_mark:
    '{grade} is not a mark: write a letter A to F (with + or -), Pass or P, Fail, CR or NC, I, IP, W, AU or a percent such as 87',
  paper_tab_cells:
    'this line has {cells} cells set apart by tabs, more than the header has, and more than one is empty: which column each belongs to cannot be told. Fill or remove the empty cells so the line has one cell a column',
  paper_credits: 'must be the credit the course carries, such as 1, 0.5, .5 or 1/2 (at most 10)',
  paper_transfer_line:
    '"{text}" is transfer credit that cannot be read whole: write the school, the year, the course, its credit and its mark, as "Transfer credit: Lincoln High School, 2023-24, Biology, 1, TR", or put a heading such as "Transfer credit: Lincoln High School" above the course lines',
  paper_transfer_school:
    'is transfer credit with no school: name the school where it was earned in the heading above, as "Transfer credit: Lincoln High School"',
};

export const transcriptMessagesEs: Record<keyof typeof transcriptMessagesEn, string> = {
  line_cut:
    'falta: la línea tiene {fields} campos y el encabezado {header} (¿está cortada la línea?)',
  line_extra:
    'la línea tiene {fields} campos y el encabezado {header}: ¿hay una coma dentro de un campo sin comillas (una coma decimal como 1,0, o un título con una coma)? Pon el campo entre comillas ("1,0") o guarda el archivo con punto y coma',
  bad_term_id: 'debe ser un id de período de PowerSchool como 3300 (2023–24) o 3301',
  bad_school_year: 'debe ser un año escolar como 2025-2026, 2025-26 o 2026',
  no_code_no_title: 'está vacío, y el archivo no tiene un título de curso que nombre el curso',
  bad_sced:
    'debe ser un código SCED (cinco dígitos, como 02052, quizá con su nivel: 02052G1.00), o estar vacío',
  bad_mark:
    'debe ser una calificación de 5 caracteres como máximo, como A-, P, IP o un porcentaje como 92.5',
  repeats_attempt:
    'repite el intento de la línea {line} (mismo estudiante, escuela, año y período)',
  bad_credits: 'debe ser un número de créditos de 0 a 10, como 1, 0.5 o .25',
  term_other_year: '{term} nombra el año escolar {named}, no el de la fila ({years})',
  term_not_in_year: '{term} no está en el año escolar de la fila ({years})',
  yes_no: 'debe ser 1 o 0 (Y o N), o estar vacío',
  yes_no_words: 'debe ser 1 o 0 (Y o N, yes o no, true o false)',
  bad_course_level:
    'debe ser un nivel de curso como AP, IB, Honors, Dual Enrollment, CP o Regular, o estar vacío',
  bad_credit_status:
    'debe ser un estado de crédito como LC (pérdida de crédito), NC (sin crédito), W (retirado) o CR (crédito), o estar vacío',
  grade_levels:
    'contiene grados escolares (como {sample}), no calificaciones: añade la calificación como una columna como Mark, Letter Grade o Final Grade (o una columna de resultado), o cambia el nombre de "{name}" a Grade Level',
  bad_result: 'debe ser uno de {results}',
  result_unknown:
    '{where, select, result {está vacío, y } other {}}la calificación {grade} con {credit, select, earned_zero {ningún crédito obtenido} no_column {ninguna columna de créditos obtenidos} other {los créditos obtenidos vacíos}} no dice si el curso se aprobó: {where, select, result {escribe pass, fail o in_progress} other {añade una columna de resultado (pass, fail, in_progress)}}{option, select, letter {, o indica la letra aprobatoria más baja del distrito (--lowest-pass-letter; lowestPassLetter en la API)} percent {, o indica el porcentaje aprobatorio más bajo del distrito (--lowest-pass-percent; lowestPassPercent en la API)} other {}}',
  credits_both_empty: 'está vacío, y también los créditos intentados',
  attempted_under_way: 'está vacío: un curso en curso necesita los créditos que otorga',
  earned_not_zero: 'debe ser 0 cuando el resultado es {result}',
  earned_not_zero_status: 'debe ser 0 cuando el estado de crédito es {status}',
  earned_not_zero_lost: 'debe ser 0 cuando el estado de crédito es pérdida de crédito',
  earned_over_attempted: 'es mayor que los créditos intentados',
  failing_pass: '{grade} es una calificación reprobatoria, pero el resultado es pass',
  transfer_where:
    'marca un curso tomado en otra escuela: escribe dónde {column, select, none {en una columna como school_name o earned_at} other {en la columna {column}}}',
  bad_school_name: 'debe ser el nombre de una escuela de 200 caracteres como máximo',
  bad_state: 'debe ser un código de estado de dos letras como TX, o estar vacío',
  bad_institution_id: 'debe ser un id de NCES o un código CEEB (letras, dígitos, -), o estar vacío',
  bad_transfer_kind:
    'debe ser uno de {kinds} (o credit by exam, summer school, dual enrollment), o estar vacío',
  bad_counts_as: 'debe ser un código de curso de nuestro catálogo, "elective", o estar vacío',
  banner_terms_missing:
    'contiene códigos de período de Banner (como {sample}), cuyos dos últimos dígitos define cada colegio comunitario o universidad: indica sus períodos con {option}, como "{example}" (añade +1 a un período del año escolar que termina el año después del del código)',
  bad_banner_code: 'debe ser un código de período de Banner como 202410',
  banner_unmapped: '{code} termina en {ending}, que {option} no asigna (asigna {mapped})',
  banner_other_year:
    '{code} está en el año escolar {named} según {option}, no en el de la fila ({years})',
  college_term:
    '{term} debe ser un período universitario con su año, como Fall 2024, 2024FA o FA24 (un período de otoño, invierno, primavera o verano)',
  college_mark:
    '{grade} no es una calificación universitaria: escribe de A a F (con + o -), P o NP, CR o NC, I, IP, W, AU o TR',
  college_repeat:
    '{flag} no es una marca de repetición: escribe I (incluido), E o R (excluido: reemplazado por un intento posterior), o déjalo vacío',
  college_points: 'debe ser un número de puntos de calidad como 12 o 10.5, o estar vacío',
  college_unit_type: 'debe ser Q (unidades trimestrales) o S (unidades semestrales), o estar vacío',
  college_units: 'debe ser un número de unidades de 0 a 30, como 3, 4.5 o .5',
  college_title: 'debe ser un título de curso de 200 caracteres como máximo',
  paper_bad_heading:
    'el encabezado "{text}" no nombra un año escolar: escribe el año como 2022-2023 o 2022-23 (el segundo año, el siguiente al primero)',
  paper_line:
    '"{text}" no es ni una línea de curso ni un encabezado: escribe un encabezado como "Grade 9 — 2022-2023", o llena las otras columnas del curso',
  paper_side_by_side:
    'este encabezado imprime dos o más años lado a lado, así que no se sabe en qué año está cada curso: copia un año a la vez, o pon los años uno debajo del otro bajo un solo encabezado',
  paper_no_year:
    'viene antes de cualquier encabezado de año: añade una línea como "Grade 9 — 2022-2023" sobre los cursos de ese año',
  paper_no_student:
    'falta: añade una columna Student ID, o una línea como "Student ID: 1001" sobre los cursos',
  paper_no_school:
    'falta: añade una columna School con el id de la escuela, o una línea como "School: rhs" sobre los cursos',
  paper_mark:
    '{grade} no es una calificación: escribe una letra de A a F (con + o -), Pass o P, Fail, CR o NC, I, IP, W, AU o un porcentaje como 87',
  paper_tab_cells:
    'esta línea tiene {cells} celdas separadas por tabuladores, más que el encabezado, y más de una está vacía: no se sabe a qué columna va cada una. Rellena o quita las celdas vacías hasta dejar una celda por columna',
  paper_credits: 'debe ser el crédito que otorga el curso, como 1, 0.5, .5 o 1/2 (10 como máximo)',
  paper_transfer_line:
    '"{text}" es un crédito de transferencia que no se puede leer entero: escribe la escuela, el año, el curso, su crédito y su calificación, como "Transfer credit: Lincoln High School, 2023-24, Biology, 1, TR", o pon un encabezado como "Transfer credit: Lincoln High School" sobre las líneas de los cursos',
  paper_transfer_school:
    'es un crédito de transferencia sin escuela: nombra la escuela donde se obtuvo en el encabezado de arriba, como "Transfer credit: Lincoln High School"',
};
