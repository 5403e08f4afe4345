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

const SPANISH: Record<string, (s: SourceText) => Omit<SourceText, 'id' | 'version' | 'url'>> = {
  onet: (s) => ({
    title: `Base de datos O*NET ${s.version}`,
    license: 'CC BY 4.0',
    attribution: `Este producto incluye información de la base de datos O*NET ${s.version} ${USDOL}. ${CC_BY}`,
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
  'wayfinder-default': (s) => ({
    title: 'Ocupaciones predeterminadas de Wayfinder',
    license:
      'CC BY 4.0 (códigos, títulos en inglés y zonas de empleo de O*NET); descripciones: MIT',
    attribution: `Códigos, títulos en inglés y zonas de empleo de las ocupaciones tomados de la base de datos O*NET ${onetVersion(s)} ${USDOL}, con la licencia CC BY 4.0. Las descripciones y los títulos en español son de los colaboradores de Wayfinder.`,
  }),
};

/** The kind of a source from its id ("onet@27.0" → "onet"). */
export const sourceKind = (id: string): string => id.split('@')[0] ?? id;

export function localizeSource<S extends SourceText>(source: S, lang: Lang): S & { lang: Lang } {
  if (lang === 'en') return { ...source, lang: 'en' };
  const spanish = SPANISH[sourceKind(source.id)];
  return spanish ? { ...source, ...spanish(source), lang: 'es' } : { ...source, lang: 'en' };
}
