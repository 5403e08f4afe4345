/**
 * Data sources in the reader's language. The database keeps each source's English title, licence
 * and attribution as the publisher asks for them; a Spanish page shows the same credit in Spanish
 * (proper names such as O*NET, OEWS or CIP stay as they are). A source of a kind we do not know
 * keeps its English text and says so (`lang: 'en'`). Pure.
 */
import type { Lang } from '../framework.ts';

export interface SourceText {
  id: string;
  title: string;
  version: string;
  url: string;
  license: string;
  attribution: string;
}

const USDOL =
  'del Departamento de Trabajo de EE. UU., Administración de Empleo y Capacitación (USDOL/ETA)';
const CC_BY = 'Se usa con la licencia CC BY 4.0. O*NET® es una marca registrada de USDOL/ETA.';
const PUBLIC_DOMAIN = 'Dominio público (obra del gobierno de EE. UU.)';

const onetVersion = (source: SourceText) =>
  /O\*NET (\d+(?:\.\d+)?)/.exec(source.attribution)?.[1] ?? source.version;

/** What Wayfinder changed in the O*NET data it ships, when the English credit says so. */
const onetChanges = (source: SourceText) =>
  /Wayfinder changes:/.test(source.attribution)
    ? ' Cambios de Wayfinder: añade títulos y descripciones en español, escritos por sus colaboradores, para algunas ocupaciones, y vincula ocupaciones con las 79 trayectorias del marco 16/79 donde O*NET no indica ninguna; los títulos, descripciones y puntuaciones en inglés de O*NET se muestran tal como se publicaron.'
    : '';

const SPANISH: Record<string, (s: SourceText) => Omit<SourceText, 'id' | 'version' | 'url'>> = {
  onet: (s) => ({
    title: `Base de datos O*NET ${s.version}`,
    license: 'CC BY 4.0',
    attribution: `Este producto incluye información de la base de datos O*NET ${s.version} ${USDOL}. ${CC_BY}${onetChanges(s)}`,
  }),
  'onet-bright-outlook': (s) => ({
    title: `Ocupaciones con buenas perspectivas de O*NET (Bright Outlook, ${s.version})`,
    license: 'CC BY 4.0',
    attribution: `Este producto incluye la lista de ocupaciones con buenas perspectivas (Bright Outlook) de O*NET OnLine, ${USDOL}. ${CC_BY}`,
  }),
  'onet-career-clusters': () => ({
    title: 'O*NET OnLine: ocupaciones por grupo y trayectoria profesional',
    license: 'CC BY 4.0',
    attribution: `Este producto incluye información de O*NET OnLine ${USDOL}. Se usa con la licencia CC BY 4.0. National Career Clusters® es una marca registrada de Advance CTE.`,
  }),
  'bls-oews': (s) => ({
    title: `Estadísticas de empleo y salarios por ocupación (OEWS), ${s.version}`,
    license: PUBLIC_DOMAIN,
    attribution: `Oficina de Estadísticas Laborales de EE. UU. (BLS), estadísticas de empleo y salarios por ocupación (OEWS), ${s.version}.`,
  }),
  'bls-projections': (s) => ({
    title: `Proyecciones de empleo ${s.version}`,
    license: PUBLIC_DOMAIN,
    attribution: `Oficina de Estadísticas Laborales de EE. UU. (BLS), proyecciones de empleo ${s.version}.`,
  }),
  'nces-cip': () => ({
    title: 'Clasificación de programas de formación (CIP) 2020',
    license: PUBLIC_DOMAIN,
    attribution:
      'Clasificación de programas de formación (CIP) 2020, Centro Nacional de Estadísticas Educativas (NCES) de EE. UU.',
  }),
  'nces-cip-soc': () => ({
    title: 'Tabla de correspondencias entre CIP 2020 y SOC 2018',
    license: PUBLIC_DOMAIN,
    attribution:
      'Tabla de correspondencias entre CIP 2020 y SOC 2018, Centro Nacional de Estadísticas Educativas (NCES) de EE. UU.',
  }),
  'wayfinder-curated': (s) => ({
    title: 'Enlaces a las trayectorias y textos en español de Wayfinder',
    license:
      'MIT (enlaces y textos en español); códigos de ocupación de O*NET, con la licencia CC BY 4.0',
    attribution: `Enlaces de ocupaciones a las 79 trayectorias donde O*NET no indica ninguna, y títulos y descripciones en español, de los colaboradores de Wayfinder. Códigos de ocupación tomados de la base de datos O*NET ${onetVersion(s)} ${USDOL}, con la licencia CC BY 4.0.`,
  }),
  'wayfinder-default': (s) => ({
    title: 'Ocupaciones predeterminadas de Wayfinder',
    license:
      'CC BY 4.0 (códigos, títulos en inglés y zonas de empleo de O*NET); descripciones: MIT',
    attribution: `Códigos, títulos en inglés y zonas de empleo de las ocupaciones tomados de la base de datos O*NET ${onetVersion(s)} ${USDOL}, con la licencia CC BY 4.0. Las descripciones y los títulos en español son de los colaboradores de Wayfinder.`,
  }),
};

/** The kind of a source from its id ("onet@27.0" → "onet"). */
export const sourceKind = (id: string): string => id.split('@')[0] ?? id;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** A release named by month ("May 2024") in Spanish ("mayo de 2024"); other versions as they are. */
export function versionEs(version: string): string {
  return version.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g,
    (_, month: string, year: string) => `${MESES[MONTHS.indexOf(month)] ?? month} de ${year}`,
  );
}

export function localizeSource<S extends SourceText>(source: S, lang: Lang): S & { lang: Lang } {
  if (lang === 'en') return { ...source, lang: 'en' };
  const spanish = SPANISH[sourceKind(source.id)];
  if (!spanish) return { ...source, lang: 'en' };
  const version = versionEs(source.version);
  return { ...source, ...spanish({ ...source, version }), version, lang: 'es' };
}
