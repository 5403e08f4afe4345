/** How findings name steps, courses and credentials, in English and Spanish. */
import {
  collegeCourseCode,
  type TCourse,
  type TCredential,
  type TStep,
  type TText,
} from '../../contracts/program.ts';
import { gradeOf, postsecondaryYearOf } from './steps.ts';

export interface Labels {
  en: string;
  es: string;
}

const TERMS_EN: Readonly<Record<string, string>> = {
  fall: 'fall',
  winter: 'winter',
  spring: 'spring',
  summer: 'summer',
  year: 'full year',
};
const TERMS_ES: Readonly<Record<string, string>> = {
  fall: 'otoño',
  winter: 'invierno',
  spring: 'primavera',
  summer: 'verano',
  year: 'año completo',
};

const esText = (text: TText): string => text.es ?? text.en;

/** "grade 10 (fall)" / "10.º grado (otoño)"; "postsecondary year 2" / "educación superior, año 2". */
export function stepLabel(step: Pick<TStep, 'level' | 'term'>): Labels {
  const grade = gradeOf(step.level);
  const year = postsecondaryYearOf(step.level);
  let en = grade !== undefined ? `grade ${grade}` : `postsecondary year ${year}`;
  let es = grade !== undefined ? `${grade}.º grado` : `educación superior, año ${year}`;
  if (step.term !== undefined) {
    en += ` (${TERMS_EN[step.term] ?? step.term})`;
    es += ` (${TERMS_ES[step.term] ?? step.term})`;
  }
  return { en, es };
}

/** A course as a teacher knows it: “Biology” or CIS 110 “Programming I”. */
export function courseLabel(course: TCourse): Labels {
  if (course.level === 'postsecondary') {
    const code = collegeCourseCode(course);
    return { en: `${code} “${course.title.en}”`, es: `${code} «${esText(course.title)}»` };
  }
  return { en: `“${course.title.en}”`, es: `«${esText(course.title)}»` };
}

export function credentialLabel(credential: TCredential): Labels {
  return { en: `“${credential.title.en}”`, es: `«${esText(credential.title)}»` };
}

/** Lists in prose: "a, b and c" / "a, b y c". */
export function listLabel(items: readonly string[], lang: 'en' | 'es'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'y'} ${last}`;
}

/** Alternatives in prose: "a, b or c" / "a, b o c". */
export function orLabel(items: readonly string[], lang: 'en' | 'es'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'or' : 'o'} ${last}`;
}

/** A credential as a step earns it: “CNA”, or for a choice, “CNA” or “Patient Care Technician”. */
export function earnedCredentialLabel(placement: {
  credential: TCredential | undefined;
  credentialId: string;
  choice?: { options: readonly (TCredential | undefined)[] };
}): Labels {
  const one = (c: TCredential | undefined, id: string) =>
    c ? credentialLabel(c) : { en: `"${id}"`, es: `"${id}"` };
  if (!placement.choice) return one(placement.credential, placement.credentialId);
  const labels = placement.choice.options.map((c, i) => one(c, c?.id ?? String(i)));
  return {
    en: orLabel(
      labels.map((l) => l.en),
      'en',
    ),
    es: orLabel(
      labels.map((l) => l.es),
      'es',
    ),
  };
}

/**
 * Pathways as findings name them, in prose: "Construction (02-01)" where the framework's title is
 * known, else the code ("02-01 and 13-05").
 */
export function pathwaysLabel(
  codes: readonly string[],
  titleOf: ((code: string) => Labels | undefined) | undefined,
): Labels {
  const named = (code: string, lang: 'en' | 'es') => {
    const title = titleOf?.(code)?.[lang];
    return title ? `${title} (${code})` : code;
  };
  return {
    en: listLabel(
      codes.map((c) => named(c, 'en')),
      'en',
    ),
    es: listLabel(
      codes.map((c) => named(c, 'es')),
      'es',
    ),
  };
}

/** The level of an exit point (exit-points.ts), as a finding names it. */
export const EXIT_LEVEL_LABELS: Readonly<Record<string, Labels>> = {
  'high-school': {
    en: 'a high school diploma with an industry certification',
    es: 'el diploma de preparatoria con una certificación de la industria',
  },
  certificate: {
    en: 'a postsecondary certificate (nondegree award)',
    es: 'un certificado de educación superior (sin título)',
  },
  associate: { en: 'an associate degree', es: 'un título de asociado' },
  bachelor: { en: 'a bachelor’s degree', es: 'una licenciatura' },
};
