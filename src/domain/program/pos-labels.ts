/** Words the program-of-study diagram uses, in English and Spanish (web, print and PDF alike). */
import type { Lang } from '../framework.ts';
import { formatMessage } from '../i18n/message.ts';

const LABELS = {
  en: {
    subject: {
      english: 'English',
      mathematics: 'Mathematics',
      science: 'Science',
      social_studies: 'Social Studies',
      world_language: 'World Language',
      fine_arts: 'Fine Arts',
      other: 'Other',
      cte: 'Career & Technical (CTE)',
    },
    agreement: {
      dual_credit: 'Dual credit',
      articulated_credit: 'Articulated credit',
      concurrent_enrollment: 'Concurrent enrollment',
      exam_credit: 'Exam credit',
      credential_credit: 'Credential credit',
    },
    credential: {
      industry_certification: 'Industry certification',
      license: 'License',
      certificate: 'Certificate',
      apprenticeship: 'Registered apprenticeship',
      associate: "Associate's degree",
      bachelor: "Bachelor's degree",
    },
    point: { entry: 'Entry point', mid: 'Mid point', exit: 'Exit point' },
    status: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', retired: 'Retired' },
    item: {
      course: 'Course',
      course_choice: 'Course to choose from',
      credential: 'Credential',
      credential_choice: 'Credential to choose from',
      work_based_learning: 'Work-based learning',
    },
    kind: { academic: 'Academic', cte: 'CTE' },
    wbl: {
      job_shadow: 'Job shadowing',
      internship: 'Internship',
      practicum: 'Practicum',
      cooperative_education: 'Cooperative education (co-op)',
      pre_apprenticeship: 'Pre-apprenticeship',
      apprenticeship: 'Apprenticeship',
      clinical: 'Clinical experience',
      service_learning: 'Service learning',
      school_enterprise: 'School-based enterprise',
      other: 'Other',
    },
    creditUnit: {
      credit_hours: 'credit hours',
      carnegie_units: 'units',
      clock_hours: 'clock hours',
    },
    term: {
      fall: 'fall',
      winter: 'winter',
      spring: 'spring',
      summer: 'summer',
      year: 'full year',
    },
    level: {
      'grade-9': 'Grade 9',
      'grade-10': 'Grade 10',
      'grade-11': 'Grade 11',
      'grade-12': 'Grade 12',
      'postsecondary-1': 'Postsecondary year 1',
      'postsecondary-2': 'Postsecondary year 2',
      'postsecondary-3': 'Postsecondary year 3',
      'postsecondary-4': 'Postsecondary year 4',
      'postsecondary-5': 'Postsecondary year 5',
      'postsecondary-6': 'Postsecondary year 6',
    },
    words: {
      level: 'Level',
      credentials: 'Credentials',
      workBasedLearning: 'Work-based learning',
      occupations: 'Occupations',
      continued: 'continued',
      partners: 'Partners',
      pathway: 'Pathway',
      cluster: 'Cluster',
      cip: 'CIP code',
      version: 'Version',
      status: 'Status',
      cte: 'CTE',
      legend: 'Legend',
      programOfStudy: 'Program of study',
      secondary: 'High school',
      postsecondary: 'College',
      at: 'at',
      jobsHere: 'Jobs at this point',
    },
    /** Templates for `message` (src/domain/i18n/message.ts). */
    text: {
      carnegie_units: '{count, plural, one {# unit} other {# units}}',
      credit_hours: '{count, plural, one {# cr} other {# cr}}',
      carnegie_units_range: '{min}–{max} units',
      credit_hours_range: '{min}–{max} cr',
      clock_hours: '{count, plural, one {# clock hour} other {# clock hours}}',
      chooseOf: 'Choose {choose} of {of}',
      earnOf: 'Earn {choose} of {of}',
      validFor: 'valid {years, plural, one {# year} other {# years}}, then renewed',
      transfersTo:
        'transfers to {course} ({credits, plural, one {# cr} other {# cr}}) at {institution}',
      examNeeded: 'exam: {exam}',
      issuedBy: 'issued by {issuer}',
      collegeCourseInHighSchool: 'college course, credit from {institution}',
      statusLine: 'Version {version} · Status: {status}',
    },
    legend: {
      cte: 'Career and technical education (CTE) course',
      early:
        'College credit earned in high school (dual, articulated, concurrent or exam credit), and the college course it transfers to',
      credential: 'Credential or degree earned at this level',
      wbl: 'Work-based learning',
    },
  },
  es: {
    subject: {
      english: 'Inglés',
      mathematics: 'Matemáticas',
      science: 'Ciencias',
      social_studies: 'Estudios sociales',
      world_language: 'Idiomas',
      fine_arts: 'Bellas artes',
      other: 'Otros',
      cte: 'Educación técnica y profesional (CTE)',
    },
    agreement: {
      dual_credit: 'Crédito dual',
      articulated_credit: 'Crédito articulado',
      concurrent_enrollment: 'Inscripción simultánea',
      exam_credit: 'Crédito por examen',
      credential_credit: 'Crédito por credencial',
    },
    credential: {
      industry_certification: 'Certificación de la industria',
      license: 'Licencia',
      certificate: 'Certificado',
      apprenticeship: 'Aprendizaje registrado',
      associate: 'Título de asociado',
      bachelor: 'Licenciatura',
    },
    point: { entry: 'Punto de entrada', mid: 'Punto intermedio', exit: 'Punto de salida' },
    status: { draft: 'Borrador', submitted: 'Enviado', approved: 'Aprobado', retired: 'Retirado' },
    item: {
      course: 'Curso',
      course_choice: 'Curso a elegir',
      credential: 'Credencial',
      credential_choice: 'Credencial a elegir',
      work_based_learning: 'Aprendizaje en el trabajo',
    },
    kind: { academic: 'Académico', cte: 'CTE' },
    wbl: {
      job_shadow: 'Observación en el trabajo',
      internship: 'Pasantía',
      practicum: 'Práctica profesional',
      cooperative_education: 'Educación cooperativa (co-op)',
      pre_apprenticeship: 'Preaprendizaje',
      apprenticeship: 'Aprendizaje registrado',
      clinical: 'Prácticas clínicas',
      service_learning: 'Aprendizaje-servicio',
      school_enterprise: 'Empresa escolar',
      other: 'Otro',
    },
    creditUnit: {
      credit_hours: 'horas de crédito',
      carnegie_units: 'unidades',
      clock_hours: 'horas de instrucción',
    },
    term: {
      fall: 'otoño',
      winter: 'invierno',
      spring: 'primavera',
      summer: 'verano',
      year: 'año completo',
    },
    level: {
      'grade-9': '9.º grado',
      'grade-10': '10.º grado',
      'grade-11': '11.º grado',
      'grade-12': '12.º grado',
      'postsecondary-1': 'Educación superior, año 1',
      'postsecondary-2': 'Educación superior, año 2',
      'postsecondary-3': 'Educación superior, año 3',
      'postsecondary-4': 'Educación superior, año 4',
      'postsecondary-5': 'Educación superior, año 5',
      'postsecondary-6': 'Educación superior, año 6',
    },
    words: {
      level: 'Nivel',
      credentials: 'Credenciales',
      workBasedLearning: 'Aprendizaje en el trabajo',
      occupations: 'Ocupaciones',
      continued: 'continuación',
      partners: 'Socios',
      pathway: 'Trayectoria',
      cluster: 'Grupo',
      cip: 'Código CIP',
      version: 'Versión',
      status: 'Estado',
      cte: 'CTE',
      legend: 'Leyenda',
      programOfStudy: 'Programa de estudio',
      secondary: 'Preparatoria (high school)',
      postsecondary: 'Educación superior',
      at: 'en',
      jobsHere: 'Empleos en este punto',
    },
    text: {
      carnegie_units: '{count, plural, one {# unidad} other {# unidades}}',
      credit_hours: '{count, plural, one {# cr} other {# cr}}',
      carnegie_units_range: 'de {min} a {max} unidades',
      credit_hours_range: 'de {min} a {max} cr',
      clock_hours: '{count, plural, one {# hora de instrucción} other {# horas de instrucción}}',
      chooseOf: 'Elija {choose} de {of}',
      earnOf: 'Obtenga {choose} de {of}',
      validFor: 'vigencia de {years, plural, one {# año} other {# años}}; luego se renueva',
      transfersTo:
        'se transfiere a {course} ({credits, plural, one {# cr} other {# cr}}) en {institution}',
      examNeeded: 'examen: {exam}',
      // The participle agrees with the credential type it follows (la certificación otorgada,
      // el certificado otorgado).
      issuedBy:
        '{type, select, industry_certification {otorgada} license {otorgada} bachelor {otorgada} other {otorgado}} por {issuer}',
      collegeCourseInHighSchool:
        'curso de educación superior, con créditos universitarios de {institution}',
      statusLine: 'Versión {version} · Estado: {status}',
    },
    legend: {
      cte: 'Curso de educación técnica y profesional (CTE)',
      early:
        'Crédito universitario obtenido en la preparatoria (crédito dual, articulado, por inscripción simultánea o por examen) y el curso de educación superior al que se transfiere',
      credential: 'Credencial o título que se obtiene en este nivel',
      wbl: 'Aprendizaje en el trabajo',
    },
  },
} as const;

export type PosLabels = (typeof LABELS)['en'];

export function posLabels(lang: Lang): PosLabels {
  return LABELS[lang] as PosLabels;
}

/**
 * "1 unit", "2 units", "1 unidad", "3 cr": a course's credit in its unit; a course of variable
 * credit gives its range: "0–3 cr", "de 0,5 a 1 unidades"; a course counted in hours adds them
 * ("4 cr (144 clock hours)"), or gives them alone when it earns no credit ("144 clock hours").
 */
export function creditsText(
  lang: Lang,
  course: {
    credits: number;
    creditsMin?: number | undefined;
    creditUnit: 'carnegie_units' | 'credit_hours';
    clockHours?: number | undefined;
  },
): string {
  const text = posLabels(lang).text;
  const hours =
    course.clockHours === undefined
      ? undefined
      : formatMessage(lang, text.clock_hours, { count: course.clockHours });
  // A course of no credit counted in hours (an apprenticeship's related instruction): its hours.
  if (hours !== undefined && course.credits === 0 && course.creditsMin === undefined) return hours;
  const credit =
    course.creditsMin !== undefined
      ? formatMessage(lang, text[`${course.creditUnit}_range`], {
          min: course.creditsMin,
          max: course.credits,
        })
      : formatMessage(lang, text[course.creditUnit], { count: course.credits });
  return hours === undefined ? credit : `${credit} (${hours})`;
}

/** "Choose 1 of 3" / "Elija 1 de 3": the heading of a choice of courses. */
export function chooseText(lang: Lang, choice: { choose: number; of: number }): string {
  return formatMessage(lang, posLabels(lang).text.chooseOf, choice);
}

/** The heading of a choice of credentials: "Earn 1 of 2". */
export function earnText(lang: Lang, choice: { choose: number; of: number }): string {
  return formatMessage(lang, posLabels(lang).text.earnOf, choice);
}

/**
 * What a credential is and who issues it, as the diagram and the PDF write it after its title:
 * "Industry certification, issued by CompTIA"; the type alone when no issuer is recorded.
 */
export function credentialNote(
  lang: Lang,
  credential: {
    type: keyof PosLabels['credential'];
    issuer?: string | undefined;
    validYears?: number | undefined;
  },
): string {
  const labels = posLabels(lang);
  const type = labels.credential[credential.type];
  const note = credential.issuer
    ? `${type}, ${issuedBy(lang, { type: credential.type, issuer: credential.issuer })}`
    : type;
  return credential.validYears !== undefined
    ? `${note}; ${validityText(lang, credential.validYears)}`
    : note;
}

/** "valid 2 years, then renewed" / "vigencia de 2 años; luego se renueva". */
export function validityText(lang: Lang, years: number): string {
  return formatMessage(lang, posLabels(lang).text.validFor, { years });
}

/**
 * "issued by CompTIA"; in Spanish agreeing with the credential type it follows: "otorgada por
 * CompTIA" after "Certificación de la industria", "otorgado por …" after "Certificado".
 */
export function issuedBy(
  lang: Lang,
  credential: { type: keyof PosLabels['credential']; issuer: string },
): string {
  return formatMessage(lang, posLabels(lang).text.issuedBy, {
    type: credential.type,
    issuer: credential.issuer,
  });
}

/**
 * What holding a credential earns (credential credit), after its mark: "transfers to HCA 110
 * (6 cr) at Northshore CC".
 */
export function credentialCreditText(
  lang: Lang,
  credit: { course: { code: string }; credits: number; institution: string },
): string {
  return formatMessage(lang, posLabels(lang).text.transfersTo, {
    course: credit.course.code,
    credits: credit.credits,
    institution: credit.institution,
  });
}

/**
 * What a course's early credit earns, after its mark: "transfers to CIS 133 (4 cr) at Valley
 * CC"; for a college course taken in high school (its early credit is the course itself),
 * "college course, credit from Valley CC".
 */
export function earlyCreditText(
  lang: Lang,
  courseId: string,
  credit: { course: { id: string; code: string }; credits: number; institution: string },
): string {
  const text = posLabels(lang).text;
  if (credit.course.id === courseId)
    return formatMessage(lang, text.collegeCourseInHighSchool, { institution: credit.institution });
  return formatMessage(lang, text.transfersTo, {
    course: credit.course.code,
    credits: credit.credits,
    institution: credit.institution,
  });
}
