/**
 * The Spanish terms of work and the framework: occupations whose titles families look for
 * (nurses, law enforcement, concierge), Career Clusters and Pathways, programs of study and CTE,
 * work-based learning, the Perkins statuses and the skill levels of occupations. Part of the glossary (glossary-es.ts). Pure data.
 */
import type { GlossaryEntry } from './glossary-es.ts';

export const CAREER_TERMS = {
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
  concierge: {
    en: 'concierge',
    es: 'concierge (recepción de hotel)',
    note: 'Quien organiza reservas y paseos para los huéspedes; un «conserje» es quien limpia y cuida un edificio.',
    avoid: [{ pattern: /[Cc]onserjes? de hotel/, why: '«conserje» es quien limpia un edificio' }],
  },
} as const satisfies Record<string, GlossaryEntry>;
