/**
 * The Spanish terms of schooling after high school, college credit and credentials: high school,
 * college and its degrees, the kinds of early college credit, certifications and licenses,
 * apprenticeships. Part of the glossary (glossary-es.ts). Pure data.
 */
import type { GlossaryEntry } from './glossary-es.ts';

export const SCHOOL_TERMS = {
  highSchool: {
    en: 'high school',
    es: 'preparatoria (high school)',
    note: 'Los grados 9 a 12 en EE. UU. No es la «secundaria» de México (grados 7 a 9).',
    synonyms: ['prepa', 'high school', 'bachillerato'],
    avoid: [
      {
        pattern: /(?<![Pp]ost)[Ss]ecundari[ao]s?\b/,
        why: '«secundaria» son los grados 7 a 9 para muchas familias; para grados 9 a 12 decimos «preparatoria»',
      },
      {
        pattern: /\bbachillerato\b/i,
        why: '«bachillerato» es preparatoria en México y licenciatura en otros países',
      },
    ],
  },
  highSchoolDiploma: {
    en: 'high school diploma',
    es: 'diploma de preparatoria (high school)',
    note: 'El diploma que se recibe al terminar el grado 12.',
  },
  college: {
    en: 'college (after high school)',
    es: 'educación superior',
    note: 'Todo estudio después de la preparatoria: colegio comunitario o universidad.',
    synonyms: ['college', 'universidad'],
    avoid: [
      {
        pattern: /\b[Cc]olegios?\b(?! comunitari)/,
        why: '«colegio» a secas es una escuela privada de primaria o preparatoria para muchas familias',
      },
      {
        pattern: /\b[Pp]ostsecundari[ao]s?\b/,
        why: 'una familia dice «educación superior», no «postsecundaria»',
      },
    ],
  },
  communityCollege: {
    en: 'community college',
    es: 'colegio comunitario',
    note: 'Institución pública de dos años con títulos de asociado y certificados; sus créditos suelen transferirse a una universidad.',
    synonyms: ['community college', 'colegio comunitario'],
  },
  university: {
    en: 'university',
    es: 'universidad',
    note: 'Institución de cuatro años o más que otorga licenciaturas y posgrados.',
  },
  collegeCredit: {
    en: 'college credit',
    es: 'créditos universitarios',
    note: 'Créditos que cuentan en un colegio comunitario o una universidad.',
  },
  associateDegree: {
    en: 'associate degree',
    es: 'título de asociado (2 años)',
    note: 'Título de un colegio comunitario, unos dos años de estudio a tiempo completo.',
    synonyms: ['asociado', 'associate'],
    avoid: [
      { pattern: /[Tt]ítulo asociado/, why: 'decimos «título de asociado»' },
      { pattern: /[Tt]ítulo técnico/, why: 'decimos «título de asociado»' },
      { pattern: /\(associate\)/, why: 'decimos «título de asociado»' },
    ],
  },
  bachelorsDegree: {
    en: "bachelor's degree",
    es: 'licenciatura (4 años)',
    note: 'Título universitario de unos cuatro años de estudio a tiempo completo.',
    synonyms: ['licenciado', 'bachelor'],
    avoid: [{ pattern: /\(bachelor\)/, why: 'decimos «licenciatura»' }],
  },
  graduateDegree: {
    en: 'graduate degree',
    es: 'posgrado (maestría o doctorado)',
    note: 'Estudios después de la licenciatura.',
  },
  dualCredit: {
    en: 'dual credit',
    es: 'crédito dual',
    note: 'Una clase de la preparatoria que cuenta a la vez para el diploma y como crédito universitario.',
  },
  articulatedCredit: {
    en: 'articulated credit',
    es: 'crédito articulado',
    note: 'Crédito que el colegio comunitario reconoce por una clase de la preparatoria aprobada, por lo general al inscribirse allí.',
  },
  concurrentEnrollment: {
    en: 'concurrent enrollment',
    es: 'inscripción simultánea',
    note: 'El estudiante de preparatoria toma una clase del colegio comunitario o la universidad al mismo tiempo.',
  },
  examCredit: {
    en: 'exam credit',
    es: 'crédito por examen',
    note: 'Créditos universitarios por aprobar un examen, como AP o CLEP.',
  },
  credentialCredit: {
    en: 'credential credit',
    es: 'crédito por credencial',
    note: 'Créditos universitarios que un colegio reconoce a quien ya tiene una credencial, como una certificación de la industria (crédito por aprendizaje previo).',
  },
  credential: {
    en: 'credential',
    es: 'credencial',
    note: 'Un certificado, una licencia o un título que demuestra que alguien está preparado para un trabajo.',
  },
  industryCertification: {
    en: 'industry certification',
    es: 'certificación de la industria',
    note: 'Examen de una organización del sector que comprueba una habilidad (por ejemplo, AWS o CompTIA).',
  },
  certificate: {
    en: 'certificate',
    es: 'certificado',
    note: 'Programa corto (meses a un año), por lo general en un colegio comunitario.',
  },
  license: {
    en: 'license',
    es: 'licencia',
    note: 'Permiso del estado para ejercer una profesión, como enfermería.',
  },
  apprenticeship: {
    en: 'registered apprenticeship',
    es: 'aprendizaje registrado',
    note: 'Trabajo pagado con formación, registrado ante el Departamento de Trabajo.',
  },
} as const satisfies Record<string, GlossaryEntry>;
