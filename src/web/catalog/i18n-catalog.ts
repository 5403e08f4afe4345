/**
 * The UI texts of the course, credential and CIP field-of-study pages, in English and Spanish;
 * i18n.ts merges them into the one dictionary per language. Subjects, credential and credit
 * agreement types come from posLabels; titles come from the API in the requested language.
 */
export const catalogEn = {
  courseKindSecondary: 'High school course',
  courseKindPostsecondary: 'College course',
  courseOfferedBy: 'Offered by {institution}.',
  courseFacts: 'At a glance',
  courseFactLevel: 'Level',
  courseFactSubject: 'Subject',
  courseFactContent: 'Content',
  courseContentAcademic: 'Academic',
  courseContentCte: 'Career and technical education (CTE)',
  courseFactCredit: 'Credit',
  courseFactGrades: 'Grades',
  courseGradesValue: '{min} to {max}',
  courseFactSced: 'SCED code',
  courseFactCode: 'Course code',
  courseFactInstitution: 'Institution',
  courseEarlyCredit: 'College credit in high school',
  courseEarnsCredit:
    '{type}: earns {credits, plural, one {# college credit} other {# college credits}} for {course} at {institution}{exam}.',
  courseEarnedBy:
    '{type}: high school students can earn {credits, plural, one {this credit} other {these # credits}} through {course} at {institution}{exam}.',
  courseExam: ' (exam: {exam}, score {score} or more)',
  courseEffective: 'In effect from {from}',
  courseEffectiveUntil: 'In effect from {from} to {to}',
  courseCredentialCredit: 'Credit for a credential',
  courseCredentialHolders:
    'Holders of {credential} receive {credits, plural, one {# credit} other {# credits}} for this course.',
  coursePrerequisites: 'Take first',
  courseCorequisites: 'Take with it or before',
  coursePathways: 'Career Pathways',
  coursePrograms: 'Programs of study that include this course',
  courseProgramsNone: 'No approved program of study includes this course yet.',
  credentialKind: 'Credential',
  credentialIssuedBy: 'Issued by {issuer}.',
  credentialFacts: 'At a glance',
  credentialFactType: 'Type',
  credentialFactIssuer: 'Issued by',
  credentialFactLevel: 'Skill level',
  credentialLevelEntry: 'Entry',
  credentialLevelMid: 'Middle',
  credentialLevelHigh: 'Advanced',
  credentialStacksInto: 'Counts toward',
  credentialStackedFrom: 'Earned on the way',
  credentialCredit: 'College credit it earns',
  credentialEarnsCredit:
    'Holders receive {credits, plural, one {# college credit} other {# college credits}} for {course} at {institution}.',
  credentialOccupations: 'Occupations it opens',
  credentialOccupationsIntro:
    'Programs of study name this credential as the one that opens these occupations.',
  credentialPrograms: 'Programs of study that lead to this credential',
  credentialProgramsNone: 'No approved program of study leads to this credential yet.',
  cipKind: 'Field of study (CIP 2020)',
  cipUntitled: 'Field of study {code}',
  cipEnglishNote: 'NCES publishes the names and descriptions of fields of study in English only.',
  cipNotInList:
    'This code is not in the CIP 2020 list loaded here; what is known about it is shown below.',
  cipOccupations: 'Occupations this field of study prepares for',
  cipOccupationsIntro:
    'From the NCES crosswalk between instructional programs (CIP 2020) and occupations (SOC 2018), grouped by the preparation you need to start.',
  cipOccupationsNone: 'No occupation is linked to this field of study here.',
  cipPrograms: 'Programs of study in this field',
  cipProgramsNone: 'No approved program of study teaches this field of study yet.',
};

export const catalogEs: Record<keyof typeof catalogEn, string> = {
  courseKindSecondary: 'Curso de preparatoria (high school)',
  courseKindPostsecondary: 'Curso de educación superior',
  courseOfferedBy: 'Lo ofrece {institution}.',
  courseFacts: 'De un vistazo',
  courseFactLevel: 'Nivel',
  courseFactSubject: 'Materia',
  courseFactContent: 'Contenido',
  courseContentAcademic: 'Académico',
  courseContentCte: 'Educación técnica y profesional (CTE)',
  courseFactCredit: 'Crédito',
  courseFactGrades: 'Grados',
  courseGradesValue: 'de {min} a {max}',
  courseFactSced: 'Código SCED',
  courseFactCode: 'Código del curso',
  courseFactInstitution: 'Institución',
  courseEarlyCredit: 'Créditos universitarios en la preparatoria',
  courseEarnsCredit:
    '{type}: otorga {credits, plural, one {# crédito universitario} other {# créditos universitarios}} por {course} en {institution}{exam}.',
  courseEarnedBy:
    '{type}: los estudiantes de preparatoria pueden obtener {credits, plural, one {este crédito} other {estos # créditos}} con {course} en {institution}{exam}.',
  courseExam: ' (examen: {exam}, con una puntuación de {score} o más)',
  courseEffective: 'Vigente desde el {from}',
  courseEffectiveUntil: 'Vigente del {from} al {to}',
  courseCredentialCredit: 'Crédito por credencial',
  courseCredentialHolders:
    'Quienes tienen {credential} reciben {credits, plural, one {# crédito} other {# créditos}} por este curso.',
  coursePrerequisites: 'Cursos previos',
  courseCorequisites: 'Cursos simultáneos o previos',
  coursePathways: 'Trayectorias profesionales',
  coursePrograms: 'Programas de estudio que incluyen este curso',
  courseProgramsNone: 'Todavía no hay ningún programa de estudio aprobado que incluya este curso.',
  credentialKind: 'Credencial',
  credentialIssuedBy: 'La otorga {issuer}.',
  credentialFacts: 'De un vistazo',
  credentialFactType: 'Tipo',
  credentialFactIssuer: 'La otorga',
  credentialFactLevel: 'Nivel de competencia',
  credentialLevelEntry: 'Inicial',
  credentialLevelMid: 'Intermedio',
  credentialLevelHigh: 'Avanzado',
  credentialStacksInto: 'Cuenta para',
  credentialStackedFrom: 'Se obtienen en el camino',
  credentialCredit: 'Créditos universitarios que otorga',
  credentialEarnsCredit:
    'Quienes la tienen reciben {credits, plural, one {# crédito universitario} other {# créditos universitarios}} por {course} en {institution}.',
  credentialOccupations: 'Ocupaciones a las que da acceso',
  credentialOccupationsIntro:
    'Los programas de estudio indican que esta credencial da acceso a estas ocupaciones.',
  credentialPrograms: 'Programas de estudio que conducen a esta credencial',
  credentialProgramsNone:
    'Todavía no hay ningún programa de estudio aprobado que conduzca a esta credencial.',
  cipKind: 'Campo de estudio (CIP 2020)',
  cipUntitled: 'Campo de estudio {code}',
  cipEnglishNote:
    'El NCES publica los nombres y las descripciones de los campos de estudio solo en inglés; por eso se muestran en inglés.',
  cipNotInList:
    'Este código no está en la lista CIP 2020 cargada aquí; abajo se muestra lo que se sabe de él.',
  cipOccupations: 'Ocupaciones para las que prepara este campo de estudio',
  cipOccupationsIntro:
    'Según la tabla de correspondencias del NCES entre programas de formación (CIP 2020) y ocupaciones (SOC 2018), agrupadas según la preparación que necesitas para empezar.',
  cipOccupationsNone: 'Aquí no hay ocupaciones vinculadas a este campo de estudio.',
  cipPrograms: 'Programas de estudio de este campo',
  cipProgramsNone:
    'Todavía no hay ningún programa de estudio aprobado que enseñe este campo de estudio.',
};
