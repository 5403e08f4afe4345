/**
 * The Spanish terms of the people around a student and the student's records: counselor,
 * guardian, learning plan, graduation requirements, credits and grades, the school year,
 * transfer credit, transcript and endorsements. Part of the glossary (glossary-es.ts). Pure data.
 */
import type { GlossaryEntry } from './glossary-es.ts';

export const RECORD_TERMS = {
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
} as const satisfies Record<string, GlossaryEntry>;
