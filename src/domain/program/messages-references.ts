/**
 * The wording of pos.references-resolve's findings (ids that name nothing in the catalog), English
 * and Spanish (see message-catalog.ts).
 */
import { message } from './message-catalog.ts';

export const REFERENCES = {
  unknownOwner: message<'id'>(
    (p) =>
      `The program's owner "${p.id}" is not in the catalog's institutions; add it or correct the id.`,
    (p) =>
      `La institución propietaria del programa "${p.id}" no está en las instituciones del catálogo; agrégala o corrige el identificador.`,
  ),
  unknownPartner: message<'id'>(
    (p) => `The partner "${p.id}" is not in the catalog's institutions; add it or correct the id.`,
    (p) =>
      `El socio "${p.id}" no está en las instituciones del catálogo; agrégalo o corrige el identificador.`,
  ),
  unknownStepCourse: message<'step' | 'id'>(
    (p) =>
      `The ${p.step} step lists the course "${p.id}", which is not in the catalog; add it to the catalog's courses or correct the id.`,
    (p) =>
      `El paso de ${p.step} incluye el curso "${p.id}", que no está en el catálogo; agrégalo a los cursos del catálogo o corrige el identificador.`,
  ),
  unknownStepCredential: message<'step' | 'id'>(
    (p) =>
      `The ${p.step} step lists the credential "${p.id}", which is not in the catalog; add it to the catalog's credentials or correct the id.`,
    (p) =>
      `El paso de ${p.step} incluye la credencial "${p.id}", que no está en el catálogo; agrégala a las credenciales del catálogo o corrige el identificador.`,
  ),
  unknownEmployer: message<'title' | 'id'>(
    (p) =>
      `The work-based learning “${p.title}” names the employer "${p.id}", which is not in the catalog's institutions.`,
    (p) =>
      `El aprendizaje basado en el trabajo «${p.title}» nombra al empleador "${p.id}", que no está en las instituciones del catálogo.`,
  ),
  unknownOccupationCredential: message<'title' | 'id'>(
    (p) =>
      `The occupation “${p.title}” names the credential "${p.id}", which is not in the catalog's credentials.`,
    (p) =>
      `La ocupación «${p.title}» nombra la credencial "${p.id}", que no está en las credenciales del catálogo.`,
  ),
  unknownInstitution: message<'who' | 'id'>(
    (p) => `${p.who} names the institution "${p.id}", which is not in the catalog's institutions.`,
    (p) =>
      `${p.who} nombra la institución "${p.id}", que no está en las instituciones del catálogo.`,
  ),
  whoInstitution: message<'name'>(
    (p) => `The institution “${p.name}”`,
    (p) => `La institución «${p.name}»`,
  ),
  whoCourse: message<'course'>(
    (p) => `The course ${p.course}`,
    (p) => `El curso ${p.course}`,
  ),
  whoAgreement: message<'id'>(
    (p) => `The credit agreement "${p.id}"`,
    (p) => `El acuerdo de créditos "${p.id}"`,
  ),
  unknownPrerequisite: message<'course' | 'id'>(
    (p) =>
      `The course ${p.course} has the prerequisite "${p.id}", which is not in the catalog's courses.`,
    (p) =>
      `El curso ${p.course} tiene el prerrequisito "${p.id}", que no está en los cursos del catálogo.`,
  ),
  unknownCorequisite: message<'course' | 'id'>(
    (p) =>
      `The course ${p.course} has the corequisite "${p.id}", which is not in the catalog's courses.`,
    (p) =>
      `El curso ${p.course} tiene el correquisito "${p.id}", que no está en los cursos del catálogo.`,
  ),
  agreementWrongLevel: message<'id' | 'course' | 'needed'>(
    (p) => `The credit agreement "${p.id}" names ${p.course} where it needs ${p.needed}.`,
    (p) => `El acuerdo de créditos "${p.id}" nombra ${p.course} donde necesita ${p.needed}.`,
  ),
  needHighSchoolCourse: message(
    () => 'a high school course',
    () => 'un curso de preparatoria',
  ),
  needCollegeCourse: message(
    () => 'a college course',
    () => 'un curso de educación superior',
  ),
  agreementUnknownCourse: message<'id' | 'course'>(
    (p) =>
      `The credit agreement "${p.id}" names the course "${p.course}", which is not in the catalog's courses.`,
    (p) =>
      `El acuerdo de créditos "${p.id}" nombra el curso "${p.course}", que no está en los cursos del catálogo.`,
  ),
  agreementUnknownCredential: message<'id' | 'credential'>(
    (p) =>
      `The credit agreement "${p.id}" gives credit for the credential "${p.credential}", which is not in the catalog's credentials.`,
    (p) =>
      `El acuerdo de créditos "${p.id}" otorga crédito por la credencial "${p.credential}", que no está en las credenciales del catálogo.`,
  ),
  unknownStack: message<'title' | 'id'>(
    (p) =>
      `The credential “${p.title}” stacks into "${p.id}", which is not in the catalog's credentials.`,
    (p) =>
      `La credencial «${p.title}» se acumula en "${p.id}", que no está en las credenciales del catálogo.`,
  ),
} as const;
