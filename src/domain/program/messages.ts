/**
 * The wording of the second-edition rules' findings, English and Spanish (see message-catalog.ts).
 * Rules choose a message and fill its parameters; nothing here decides whether a finding is due.
 */
import { message } from './message-catalog.ts';

export const MESSAGES = {
  contentCovered: message<'course' | 'step' | 'earlier' | 'earlierStep' | 'how'>(
    (p) =>
      `The college course ${p.course} in ${p.step} teaches what ${p.earlier} in ${p.earlierStep} already covers (${p.how}); link them with a credit agreement so students earn the credit once, or replace one of them.`,
    (p) =>
      `El curso universitario ${p.course} en ${p.step} enseña lo que ${p.earlier} en ${p.earlierStep} ya cubre (${p.how}); vincúlalos con un acuerdo de créditos para que los estudiantes obtengan el crédito una sola vez, o reemplaza uno de ellos.`,
  ),
  sameCompetencies: message(
    () => 'the same competencies',
    () => 'las mismas competencias',
  ),
  documentedEquivalence: message(
    () => 'a documented equivalence',
    () => 'una equivalencia documentada',
  ),
  creditAlreadyEarned: message<'course' | 'step' | 'earlier' | 'earlierStep' | 'agreement'>(
    (p) =>
      `The college course ${p.course} in ${p.step} is listed again although ${p.earlier} in ${p.earlierStep} already earns credit for it (agreement ${p.agreement}); take it out of the sequence or list the next course instead.`,
    (p) =>
      `El curso universitario ${p.course} en ${p.step} aparece de nuevo aunque ${p.earlier} en ${p.earlierStep} ya otorga crédito por él (acuerdo ${p.agreement}); quítalo de la secuencia o incluye el curso siguiente.`,
  ),
  creditEarnedByCredential: message<'course' | 'step' | 'credential' | 'earlierStep' | 'agreement'>(
    (p) =>
      `The college course ${p.course} in ${p.step} is listed again although every student already earns credit for it by holding ${p.credential}, earned in ${p.earlierStep} (credential credit ${p.agreement}); take it out of the sequence or list the next course instead.`,
    (p) =>
      `El curso universitario ${p.course} en ${p.step} aparece de nuevo aunque todos los estudiantes ya obtienen crédito por él al tener ${p.credential}, obtenida en ${p.earlierStep} (crédito por credencial ${p.agreement}); quítalo de la secuencia o incluye el curso siguiente.`,
  ),
  introductoryAfterCapstone: message<'course' | 'step' | 'capstone' | 'capstoneStep'>(
    (p) =>
      `The introductory course ${p.course} in ${p.step} comes after the capstone ${p.capstone} in ${p.capstoneStep}; a program of study moves from the whole cluster to one occupation, so place it earlier.`,
    (p) =>
      `El curso introductorio ${p.course} en ${p.step} viene después del curso final ${p.capstone} en ${p.capstoneStep}; un programa de estudio avanza de todo el grupo profesional a una ocupación, así que colócalo antes.`,
  ),
  capstoneFirst: message<'course' | 'step'>(
    (p) =>
      `The capstone ${p.course} in ${p.step} comes before any introductory course; a program of study starts broad and grows more specific, so place an introductory course earlier.`,
    (p) =>
      `El curso final ${p.course} en ${p.step} viene antes de cualquier curso introductorio; un programa de estudio comienza de forma amplia y se vuelve más específico, así que coloca antes un curso introductorio.`,
  ),
  unknownLevel: message<'course' | 'level' | 'profile'>(
    (p) =>
      `The course ${p.course} has the level “${p.level}”, which the profile ${p.profile} does not know; use introductory, intermediate or capstone, or a level name of the profile.`,
    (p) =>
      `El curso ${p.course} tiene el nivel «${p.level}», que el perfil ${p.profile} no conoce; usa introductorio (introductory), intermedio (intermediate) o final (capstone), o un nombre de nivel del perfil.`,
  ),
  onlyFinalExit: message<'step'>(
    (p) =>
      `Every credential of the program comes at its very end (${p.step}); Perkins V asks for multiple entry and exit points that incorporate credentialing, so add a credential students can earn earlier, in high school or after a first postsecondary year.`,
    (p) =>
      `Todas las credenciales del programa llegan al final (${p.step}); Perkins V pide múltiples puntos de entrada y salida que incorporen credenciales, así que agrega una credencial que los estudiantes puedan obtener antes, en la preparatoria o tras un primer año de educación superior.`,
  ),
  exitWithoutOccupation: message<'credentials' | 'step' | 'level'>(
    (p) =>
      `Students who leave after ${p.step} with ${p.credentials} have no occupation of the program at that level (${p.level}); Perkins V sec. 3(41) asks for multiple entry and exit points that incorporate credentialing, so tie this exit point to the jobs it opens: list them in the step's exit occupations, name this credential on an occupation, or add an occupation whose typical entry education is ${p.level}.`,
    (p) =>
      `Los estudiantes que salen tras ${p.step} con ${p.credentials} no tienen ninguna ocupación del programa de ese nivel (${p.level}); Perkins V, sec. 3(41), pide múltiples puntos de entrada y salida que incorporen credenciales, así que vincula este punto de salida con los empleos que abre: indícalos en las ocupaciones de salida del paso, nombra esta credencial en una ocupación o agrega una ocupación cuya educación típica de ingreso sea ${p.level}.`,
  ),
  exitWithoutCredential: message<'step'>(
    (p) =>
      `The step ${p.step} lists occupations for students who leave there, but earns no credential; Perkins V sec. 3(41) asks for exit points that incorporate credentialing, so add the credential students earn in this step.`,
    (p) =>
      `El paso ${p.step} indica ocupaciones para los estudiantes que salen allí, pero no otorga ninguna credencial; Perkins V, sec. 3(41), pide puntos de salida que incorporen credenciales, así que agrega la credencial que los estudiantes obtienen en este paso.`,
  ),
  exitOccupationUnknown: message<'code' | 'step'>(
    (p) =>
      `The exit occupation ${p.code} of ${p.step} is not one of the program's occupations; add it to the occupations or correct the code.`,
    (p) =>
      `La ocupación de salida ${p.code} de ${p.step} no es una de las ocupaciones del programa; agrégala a las ocupaciones o corrige el código.`,
  ),
  agreementExpired: message<'agreement' | 'date'>(
    (p) =>
      `The credit agreement ${p.agreement} ended on ${p.date}; it no longer earns college credit and does not count for early college credit. Renew it or remove it.`,
    (p) =>
      `El acuerdo de créditos ${p.agreement} venció el ${p.date}; ya no otorga créditos universitarios ni cuenta como crédito universitario temprano. Renuévalo o elimínalo.`,
  ),
  agreementNotYet: message<'agreement' | 'date'>(
    (p) =>
      `The credit agreement ${p.agreement} takes effect on ${p.date}; until then it does not count for early college credit.`,
    (p) =>
      `El acuerdo de créditos ${p.agreement} entra en vigor el ${p.date}; hasta entonces no cuenta como crédito universitario temprano.`,
  ),
  agreementNotPartner: message<'agreement' | 'institution'>(
    (p) =>
      `The credit agreement ${p.agreement} is with ${p.institution}, which is not a partner of this program; it does not count for early college credit until ${p.institution} is a partner.`,
    (p) =>
      `El acuerdo de créditos ${p.agreement} es con ${p.institution}, que no es socio de este programa; no cuenta como crédito universitario temprano hasta que ${p.institution} sea socio.`,
  ),
  agreementEndingSoon: message<'agreement' | 'date' | 'days'>(
    (p) =>
      `The credit agreement ${p.agreement} ends on ${p.date}, in ${p.days} ${p.days === '1' ? 'day' : 'days'}; renew it before then, or students lose the college credit.`,
    (p) =>
      `El acuerdo de créditos ${p.agreement} vence el ${p.date}, en ${p.days} ${p.days === '1' ? 'día' : 'días'}; renuévalo antes o los estudiantes perderán el crédito universitario.`,
  ),
  agreementNotice: message<'agreement' | 'program' | 'date' | 'days'>(
    (p) =>
      `The credit agreement ${p.agreement}, which the program “${p.program}” relies on, ends on ${p.date}, in ${p.days} ${p.days === '1' ? 'day' : 'days'}; renew it before then, or students lose the college credit.`,
    (p) =>
      `El acuerdo de créditos ${p.agreement}, del que depende el programa «${p.program}», vence el ${p.date}, en ${p.days} ${p.days === '1' ? 'día' : 'días'}; renuévalo antes o los estudiantes perderán el crédito universitario.`,
  ),
  noAgreementInForce: message<'agreements'>(
    (p) =>
      `No high school course in the program earns college credit through an agreement in force: ${p.agreements} ended, has not started or is with an institution that is not a partner. Renew an agreement or add one.`,
    (p) =>
      `Ningún curso de preparatoria del programa otorga créditos universitarios mediante un acuerdo vigente: ${p.agreements} venció, aún no comienza o es con una institución que no es socia. Renueva un acuerdo o agrega uno.`,
  ),
  noTargetOccupation: message(
    () =>
      'The program names no target occupation; a program of study is aligned with the needs of industry, so add the occupations it prepares students for.',
    () =>
      'El programa no nombra ninguna ocupación meta; un programa de estudio está alineado con las necesidades de la industria, así que agrega las ocupaciones para las que prepara a los estudiantes.',
  ),
  noCteInFirstYear: message(
    () =>
      'Grade 9 has no CTE course; this profile asks that a program of study start with career and technical education in its first year, so add a CTE course to grade 9.',
    () =>
      'El 9.º grado no tiene ningún curso de CTE; este perfil pide que un programa de estudio comience con educación técnica y profesional en su primer año, así que agrega un curso de CTE al 9.º grado.',
  ),
} as const;
