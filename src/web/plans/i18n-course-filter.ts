/**
 * UI texts for the filter box above the editor's long course lists (swap and add), in English
 * and Spanish. Kept apart from i18n-plans.ts: the filter reads them directly.
 */
import type { TLang } from '../../contracts/framework.ts';

export const courseFilterEn = {
  cfSwap: 'Find another course by name or code',
  cfAdd: 'Find a course to add by name or code',
  cfCount:
    '{count, plural, =0 {No course matches.} one {# course matches, best first.} other {# courses match, best first.}}',
};

export const courseFilterEs: typeof courseFilterEn = {
  cfSwap: 'Buscar otro curso por nombre o código',
  cfAdd: 'Buscar un curso que agregar por nombre o código',
  cfCount:
    '{count, plural, =0 {Ningún curso coincide.} one {# curso coincide, el mejor primero.} other {# cursos coinciden, los mejores primero.}}',
};

export const courseFilterText = (lang: TLang) => (lang === 'es' ? courseFilterEs : courseFilterEn);
