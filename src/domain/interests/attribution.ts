/**
 * The attributions the O*NET Interest Profiler items require, word for word as the shared data's
 * README (§4) gives them. The English items are shown unmodified, under CC BY-ND 4.0. The Spanish
 * items are a translation, i.e. a modification, so they are used under the O*NET Tools Developer
 * License, whose attribution adds that Wayfinder modified them and that USDOL/ETA has not
 * approved, endorsed or tested the modifications. The texts stay in English (they are legal
 * notices); the Spanish pages show them with a Spanish explanation beside them.
 */
import type { Lang } from '../framework.ts';

const SOURCE =
  'This page includes information from the O*NET Career Exploration Tools by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA).';

export interface ItemAttribution {
  text: string;
  license: string;
  licenseUrl: string;
}

const ATTRIBUTIONS: Record<Lang, ItemAttribution> = {
  en: {
    text: `${SOURCE} Used under the CC BY-ND 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
    license: 'CC BY-ND 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by-nd/4.0/',
  },
  es: {
    text: `${SOURCE} Used under the O*NET Tools Developer License. O*NET® is a trademark of USDOL/ETA. Wayfinder has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.`,
    license: 'O*NET Tools Developer License',
    licenseUrl: 'https://www.onetcenter.org/license_toolsdev.html',
  },
};

/** The attribution for the items as shown in this language. */
export const itemAttribution = (lang: Lang): ItemAttribution => ATTRIBUTIONS[lang];

/** Per USDOL guidance on the Interest Profiler; shown in the UI and the docs. */
export const NOT_FOR_SCREENING: Record<Lang, string> = {
  en: 'Interest Profiler results are for career exploration only. They are never used to screen, select or rank students.',
  es: 'Los resultados del Perfil de Intereses sirven solo para explorar carreras. Nunca se usan para evaluar, seleccionar ni clasificar a los estudiantes.',
};
