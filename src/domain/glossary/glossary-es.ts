/**
 * The English → Spanish glossary every Spanish text follows (pages, PDF, CSV, data, search).
 * Each entry names the one Spanish term we use, a note for families, and the wordings to avoid
 * (checked over the whole source tree by test/glossary-es.test.ts). docs/glossary-es.md is rendered
 * from this list (`renderGlossaryMarkdown`), with the register rule of register-es.ts. Pure data.
 */
import { REGISTER_RULE_ES } from './register-es.ts';

export interface GlossaryEntry {
  /** English term, as US schools write it. */
  en: string;
  /** The Spanish term we use (in sentence case, as inside a sentence). */
  es: string;
  /** What it means, for a family reading in Spanish. */
  note: string;
  /** Spanish words a search should also accept for this term (folded by the search). */
  synonyms?: readonly string[];
  /** Wordings that must not appear in our Spanish texts, and why. */
  avoid?: readonly { pattern: RegExp; why: string }[];
}

export const GLOSSARY_ES = {
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
  registeredNurse: {
    en: 'registered nurse (RN)',
    es: 'enfermero registrado (RN)',
    note: 'Enfermero o enfermera con licencia del estado tras aprobar el examen NCLEX-RN.',
    synonyms: ['enfermera registrada', 'rn'],
    avoid: [
      { pattern: /[Ee]nfermer[oa]s? titulad[oa]s?/, why: 'decimos «enfermero registrado (RN)»' },
      { pattern: /[Ee]nfermería registrada/, why: 'decimos «enfermero registrado (RN)»' },
    ],
  },
  practicalNurse: {
    en: 'licensed practical nurse (LPN)',
    es: 'enfermero práctico con licencia (LPN)',
    note: 'Enfermero o enfermera con licencia del estado y un año de formación, más o menos.',
  },
  nursingAssistant: {
    en: 'nursing assistant (CNA)',
    es: 'auxiliar de enfermería (CNA)',
    note: 'Ayuda a los pacientes en su cuidado diario; se certifica con un curso corto.',
  },
  careerCluster: {
    en: 'Career Cluster',
    es: 'grupo profesional',
    note: 'Uno de los 16 grandes grupos de ocupaciones e industrias.',
  },
  careerPathway: {
    en: 'Career Pathway',
    es: 'trayectoria profesional',
    note: 'Un campo de trabajo más específico dentro de un grupo profesional.',
  },
  programOfStudy: {
    en: 'program of study',
    es: 'programa de estudio',
    note: 'Secuencia de cursos desde el grado 9 hasta la educación superior que lleva a una credencial.',
  },
  cte: {
    en: 'career and technical education (CTE)',
    es: 'educación técnica y profesional (CTE)',
    note: 'Clases que enseñan un oficio o una profesión.',
  },
  workBasedLearning: {
    en: 'work-based learning',
    es: 'aprendizaje en el trabajo',
    note: 'Prácticas, pasantías o aprendizajes en un empleo real.',
  },
  practicum: {
    en: 'practicum',
    es: 'práctica profesional',
    note: 'Horas de práctica supervisada en un lugar de trabajo, como parte de un curso.',
  },
  cooperativeEducation: {
    en: 'cooperative education (co-op)',
    es: 'educación cooperativa (co-op)',
    note: 'Clases de la preparatoria o de la educación superior combinadas con un empleo pagado del mismo campo, que da crédito escolar.',
  },
  preApprenticeship: {
    en: 'pre-apprenticeship',
    es: 'preaprendizaje',
    note: 'Programa corto que prepara para entrar en un aprendizaje registrado.',
    avoid: [
      { pattern: /[Pp]re-aprendizaje/, why: 'el prefijo «pre» se escribe unido: «preaprendizaje»' },
    ],
  },
  cteParticipant: {
    en: 'CTE participant (Perkins V)',
    es: 'participante de CTE',
    note: 'Estudiante que aprobó al menos un curso de CTE de un programa de estudio (ley federal Perkins V).',
  },
  cteConcentrator: {
    en: 'CTE concentrator (Perkins V)',
    es: 'concentrador de CTE',
    note: 'Estudiante que aprobó al menos dos cursos de CTE de un mismo programa de estudio; cada estado puede pedir más.',
  },
  cteCompleter: {
    en: 'CTE completer',
    es: 'completador de CTE',
    note: 'Estudiante que terminó la secuencia de cursos que el estado pide para un programa de estudio.',
  },
  semiSkilled: {
    en: 'semi-skilled',
    es: 'calificación básica',
    note: 'Empleos que piden poca preparación: preparatoria y formación en el trabajo.',
    avoid: [{ pattern: /[Ss]emicalificad/, why: 'decimos «calificación básica, media o alta»' }],
  },
  midSkilled: {
    en: 'mid-skilled',
    es: 'calificación media',
    note: 'Empleos que piden un certificado, un aprendizaje o un título de asociado.',
  },
  highSkilled: {
    en: 'high-skilled',
    es: 'calificación alta',
    note: 'Empleos que piden una licenciatura o más.',
  },
  lawEnforcement: {
    en: 'law enforcement',
    es: 'servicios policiales',
    note: 'Policía, alguaciles y detectives.',
    avoid: [{ pattern: /[Aa]plicación de la [Ll]ey/, why: 'decimos «servicios policiales»' }],
  },
  qualityAssurance: {
    en: 'quality assurance',
    es: 'aseguramiento de la calidad',
    note: 'Comprobar que un producto o servicio cumple lo que promete.',
  },
  counselor: {
    en: 'school counselor',
    es: 'consejero escolar',
    note: 'La persona de la escuela que orienta sobre clases, estudios y carreras.',
    avoid: [
      {
        pattern: /[Oo]rientador(a|es|as)? escolar(es)?/,
        why: 'decimos «consejero escolar» en todas las páginas',
      },
    ],
  },
  occupation: {
    en: 'occupation',
    es: 'ocupación',
    note: 'Un tipo de trabajo, según la clasificación O*NET-SOC del gobierno de EE. UU.',
  },
  guardian: {
    en: 'guardian (parent)',
    es: 'padre o tutor',
    note: 'La madre, el padre o la persona con la tutela legal del estudiante; como rótulo, «Padre, madre o tutor».',
  },
  learningPlan: {
    en: 'learning plan',
    es: 'plan de aprendizaje',
    note: 'Los cursos que el estudiante piensa tomar año por año y sus metas; lo firman el estudiante, su familia y el consejero escolar.',
  },
  graduationRequirements: {
    en: 'graduation requirements',
    es: 'requisitos de graduación',
    note: 'Los créditos y cursos que el distrito pide para el diploma de preparatoria.',
  },
  credit: {
    en: 'credit (high school)',
    es: 'crédito',
    note: 'Un curso de un año aprobado vale por lo general 1 crédito; uno de un semestre, 0.5.',
  },
  elective: {
    en: 'elective',
    es: 'materia optativa',
    note: 'Un curso que el estudiante elige, fuera de las materias obligatorias.',
  },
  letterGrade: {
    en: 'letter grade (A–F)',
    es: 'calificación',
    note: 'La nota de un curso (A a F). «Grado» es el año escolar: 9.º grado.',
  },
  schoolYear: {
    en: 'school year',
    es: 'año escolar (2025–26)',
    note: 'De agosto a junio; se escribe con los dos años: 2025–26.',
  },
  transferCredit: {
    en: 'transfer credit',
    es: 'crédito transferido',
    note: 'Crédito que el estudiante obtuvo fuera del distrito (otra escuela, un examen, la escuela de verano, un curso universitario) y que el distrito reconoce.',
  },
  transcript: {
    en: 'transcript',
    es: 'historial académico',
    note: 'La lista oficial de los cursos que tomó el estudiante, con sus calificaciones y créditos.',
  },
  endorsement: {
    en: 'endorsement (Texas)',
    es: 'reconocimiento (endorsement)',
    note: 'En Texas, una especialización del diploma: una secuencia de cursos en un mismo campo.',
    avoid: [
      { pattern: /\b[Aa]val(es)?\b/, why: '«aval» es una garantía de pago, no un logro académico' },
    ],
  },
  concierge: {
    en: 'concierge',
    es: 'concierge (recepción de hotel)',
    note: 'Quien organiza reservas y paseos para los huéspedes; un «conserje» es quien limpia y cuida un edificio.',
    avoid: [{ pattern: /[Cc]onserjes? de hotel/, why: '«conserje» es quien limpia un edificio' }],
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof GLOSSARY_ES;

/** The Spanish term for a glossary entry. */
export const termEs = (id: GlossaryId): string => GLOSSARY_ES[id].es;

/** docs/glossary-es.md, rendered from the list above. */
export function renderGlossaryMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = Object.values(GLOSSARY_ES as Record<string, GlossaryEntry>).map(
    (e) =>
      `| ${cell(e.en)} | ${cell(e.es)} | ${cell(e.note)} | ${cell(
        (e.avoid ?? []).map((a) => `\`${a.pattern.source}\``).join(', '),
      )} |`,
  );
  return [
    '# Spanish glossary',
    '',
    'Every Spanish text of Wayfinder (pages, PDF, CSV, data, search) uses these terms. The list is',
    'rendered from `src/domain/glossary/glossary-es.ts` (edit it there; a test keeps this file in step',
    'and fails on any avoided wording anywhere in `src/`). Titles and labels are written in sentence',
    'case ("Ciencias de la salud"); official English titles never change.',
    '',
    '| English | Español | Nota para las familias | Evitar |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    REGISTER_RULE_ES,
    '',
  ].join('\n');
}
