/**
 * The wording of the first-edition rules' findings, English and Spanish (see message-catalog.ts;
 * the second edition's are in messages.ts). Rules choose a message and fill its parameters.
 */
import { message } from './message-catalog.ts';

const plural = (n: string, one: string, many: string) => (n === '1' ? one : many);

export const FIRST_EDITION = {
  // pos.academic-and-cte
  missingContent: message<'need'>(
    (p) =>
      `The program has no ${p.need}; a program of study combines academic and CTE courses in high school and after.`,
    (p) =>
      `El programa no tiene ningún ${p.need}; un programa de estudio combina cursos académicos y de CTE en la preparatoria y después.`,
  ),
  needSecondaryAcademic: message(
    () => 'academic course at the high school level',
    () => 'curso académico de preparatoria',
  ),
  needSecondaryCte: message(
    () => 'CTE course at the high school level',
    () => 'curso de CTE de preparatoria',
  ),
  needPostsecondaryAcademic: message(
    () => 'academic course at the postsecondary level',
    () => 'curso académico de educación superior',
  ),
  needPostsecondaryCte: message(
    () => 'CTE course at the postsecondary level',
    () => 'curso de CTE de educación superior',
  ),
  // pos.course-in-grade-range
  gradesReversed: message<'course' | 'min' | 'max'>(
    (p) =>
      `The course ${p.course} is offered from grade ${p.min} to grade ${p.max}, which is reversed; swap the two grades.`,
    (p) =>
      `El curso ${p.course} se ofrece del ${p.min}.º al ${p.max}.º grado, un rango invertido; intercambie los dos grados.`,
  ),
  outsideGrades: message<'course' | 'step' | 'min' | 'max'>(
    (p) =>
      `The course ${p.course} is listed in ${p.step}, but it is offered ${p.min === p.max ? `in grade ${p.min} only` : `in grades ${p.min} to ${p.max}`}; move it or correct its grades in the catalog.`,
    (p) =>
      `El curso ${p.course} aparece en ${p.step}, pero se ofrece ${p.min === p.max ? `solo en ${p.min}.º grado` : `del ${p.min}.º al ${p.max}.º grado`}; muévelo o corrige sus grados en el catálogo.`,
  ),
  // pos.courses-fit-pathway
  courseOutsidePathway: message<'course' | 'step' | 'tags' | 'count' | 'code'>(
    (p) =>
      `The course ${p.course} in ${p.step} belongs to the pathway${plural(p.count, '', 's')} ${p.tags}, not to this program's pathway ${p.code}; check that it belongs in this program.`,
    (p) =>
      `El curso ${p.course} en ${p.step} pertenece a ${plural(p.count, 'la trayectoria', 'las trayectorias')} ${p.tags}, no a la trayectoria ${p.code} de este programa; comprueba que corresponde a este programa.`,
  ),
  // pos.occupations-fit-pathway
  occupationOutsidePathway: message<'title' | 'soc' | 'codes' | 'count' | 'code'>(
    (p) =>
      `The occupation “${p.title}” (${p.soc}) belongs to the pathway${plural(p.count, '', 's')} ${p.codes}, not to this program's pathway ${p.code}; check that the program leads to it.`,
    (p) =>
      `La ocupación «${p.title}» (${p.soc}) pertenece a ${plural(p.count, 'la trayectoria', 'las trayectorias')} ${p.codes}, no a la trayectoria ${p.code} de este programa; comprueba que el programa conduce a ella.`,
  ),
  // pos.credential-issuer-level
  credentialUnclear: message<'credential' | 'missing'>(
    (p) => `The credential ${p.credential} does not say ${p.missing}; add it to the catalog entry.`,
    (p) =>
      `La credencial ${p.credential} no indica ${p.missing}; agrégalo a su entrada del catálogo.`,
  ),
  missingIssuerAndLevel: message(
    () => 'who issues it or its level',
    () => 'quién la emite ni su nivel',
  ),
  missingIssuer: message(
    () => 'who issues it',
    () => 'quién la emite',
  ),
  missingLevel: message(
    () => 'its level (entry, mid or high)',
    () => 'su nivel (inicial, intermedio o alto)',
  ),
  // pos.early-postsecondary-credit
  noEarlyCredit: message(
    () =>
      'No high school course in the program earns college credit; add a dual, articulated or concurrent credit agreement for at least one of them.',
    () =>
      'Ningún curso de preparatoria del programa otorga créditos universitarios; agrega un acuerdo de crédito dual, articulado o de inscripción simultánea para al menos uno de ellos.',
  ),
  // pos.ends-in-credential
  noCredential: message(
    () =>
      'The program leads to no credential; add the industry certification, certificate or degree students earn at its end to the step where they earn it.',
    () =>
      'El programa no conduce a ninguna credencial; agrega la certificación de la industria, el certificado o el título que los estudiantes obtienen al final en el paso donde lo obtienen.',
  ),
  credentialBeforeEnd: message<'credential' | 'step' | 'later'>(
    (p) =>
      `The program's last credential, ${p.credential}, comes in ${p.step}, but courses continue into ${p.later}; the program must end in a credential, certificate or degree.`,
    (p) =>
      `La última credencial del programa, ${p.credential}, llega en ${p.step}, pero los cursos continúan en ${p.later}; el programa debe terminar en una credencial, un certificado o un título.`,
  ),
  // pos.no-duplicate-course
  listedTwice: message<'course' | 'step' | 'earlierStep'>(
    (p) =>
      `The course ${p.course} is listed twice, in ${p.earlierStep} and again in ${p.step}; a course belongs in one step only.`,
    (p) =>
      `El curso ${p.course} aparece dos veces, en ${p.earlierStep} y otra vez en ${p.step}; un curso va en un solo paso.`,
  ),
  sameCode: message<'course' | 'step' | 'earlier' | 'earlierStep'>(
    (p) =>
      `The course ${p.course} in ${p.step} is the same course as "${p.earlier}" in ${p.earlierStep} (same code); a course belongs in one step only.`,
    (p) =>
      `El curso ${p.course} en ${p.step} es el mismo curso que "${p.earlier}" en ${p.earlierStep} (mismo código); un curso va en un solo paso.`,
  ),
  // pos.no-repeated-content
  similarTitle: message<'course' | 'step' | 'earlier' | 'earlierStep'>(
    (p) =>
      `The college course ${p.course} in ${p.step} repeats the high school course ${p.earlier} in ${p.earlierStep}; link them with a credit agreement or replace one of them.`,
    (p) =>
      `El curso de educación superior ${p.course} en ${p.step} repite el curso de preparatoria ${p.earlier} en ${p.earlierStep}; vincúlalos con un acuerdo de créditos o reemplaza uno de ellos.`,
  ),
  // pos.partners-employer, pos.partners-secondary-postsecondary
  noEmployer: message(
    () =>
      'The program has no employer partner; an employer that advises on it and offers work-based learning is recommended.',
    () =>
      'El programa no tiene ningún empleador como socio; se recomienda un empleador que lo asesore y ofrezca aprendizaje basado en el trabajo.',
  ),
  noSecondaryPartner: message(
    () =>
      'The program has no secondary partner; add the district or high school that teaches its high school courses to the partners.',
    () =>
      'El programa no tiene ningún socio de preparatoria; agrega a los socios el distrito o la preparatoria que imparte sus cursos de preparatoria.',
  ),
  noPostsecondaryPartner: message(
    () =>
      'The program has no postsecondary partner; add the college or university that teaches its postsecondary courses to the partners.',
    () =>
      'El programa no tiene ningún socio de educación superior; agrega a los socios el colegio comunitario o la universidad que imparte sus cursos de educación superior.',
  ),
  // pos.pathway-known
  unknownPathway: message<'code' | 'framework'>(
    (p) =>
      `The pathway ${p.code} is not in the framework ${p.framework}; choose one of its pathways.`,
    (p) =>
      `La trayectoria ${p.code} no está en el marco ${p.framework}; elige una de sus trayectorias.`,
  ),
  unknownCoursePathway: message<'course' | 'code' | 'framework'>(
    (p) =>
      `The course ${p.course} is tagged with the pathway ${p.code}, which is not in the framework ${p.framework}.`,
    (p) =>
      `El curso ${p.course} está etiquetado con la trayectoria ${p.code}, que no está en el marco ${p.framework}.`,
  ),
  // pos.prerequisites-earlier
  prerequisiteLater: message<'course' | 'step' | 'other' | 'otherStep'>(
    (p) =>
      `The course ${p.course} in ${p.step} needs ${p.other} first, but the program places it in ${p.otherStep}; move the prerequisite to an earlier step.`,
    (p) =>
      `El curso ${p.course} en ${p.step} requiere antes ${p.other}, pero el programa lo coloca en ${p.otherStep}; mueve el prerrequisito a un paso anterior.`,
  ),
  corequisiteLater: message<'course' | 'step' | 'other' | 'otherStep'>(
    (p) =>
      `The course ${p.course} in ${p.step} must be taken with ${p.other}, but the program places it later, in ${p.otherStep}; move the corequisite to the same step or earlier.`,
    (p) =>
      `El curso ${p.course} en ${p.step} debe tomarse junto con ${p.other}, pero el programa lo coloca después, en ${p.otherStep}; mueve el correquisito al mismo paso o antes.`,
  ),
  // pos.secondary-course-in-high-school
  secondaryAfterHighSchool: message<'course' | 'step'>(
    (p) =>
      `The high school course ${p.course} is listed in ${p.step}; move it to a high school grade or replace it with a college course.`,
    (p) =>
      `El curso de preparatoria ${p.course} aparece en ${p.step}; muévelo a un grado de preparatoria (9 a 12) o reemplázalo por un curso de educación superior.`,
  ),
  // pos.starts-by-grade-9
  noCourses: message(
    () =>
      'The program lists no courses; a program of study starts in grade 9 with at least one course.',
    () =>
      'El programa no incluye cursos; un programa de estudio comienza en 9.º grado con al menos un curso.',
  ),
  startsLate: message<'step'>(
    (p) =>
      `The program starts in ${p.step}; a program of study must start by grade 9, so add a grade 9 step with at least one course.`,
    (p) =>
      `El programa comienza en ${p.step}; un programa de estudio debe comenzar a más tardar en 9.º grado, así que agrega un paso de 9.º grado con al menos un curso.`,
  ),
  // pos.two-postsecondary-years
  shortPostsecondary: message<'step'>(
    (p) =>
      `${p.step ? `The program's last courses are in ${p.step}` : 'The program lists no courses'}; a program of study continues through at least two postsecondary years (or leads to a bachelor's degree), so add courses for postsecondary year 2.`,
    (p) =>
      `${p.step ? `Los últimos cursos del programa están en ${p.step}` : 'El programa no incluye cursos'}; un programa de estudio continúa durante al menos dos años de educación superior (o conduce a una licenciatura), así que agrega cursos para el año 2 de educación superior.`,
  ),
  // pos.unique-ids
  duplicateId: message<'kind' | 'id' | 'first'>(
    (p) =>
      `The catalog lists the ${p.kind} id "${p.id}" twice (first at ${p.first}); give each ${p.kind} its own id.`,
    (p) =>
      `El catálogo incluye dos veces el identificador de ${p.kind} "${p.id}" (la primera en ${p.first}); da a cada ${p.kind} su propio identificador.`,
  ),
  kindInstitution: message(
    () => 'institution',
    () => 'institución',
  ),
  kindCourse: message(
    () => 'course',
    () => 'curso',
  ),
  kindCreditAgreement: message(
    () => 'credit agreement',
    () => 'acuerdo de créditos',
  ),
  kindCredential: message(
    () => 'credential',
    () => 'credencial',
  ),
} as const;
