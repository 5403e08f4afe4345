/**
 * UI texts for the plan's choices of courses ("choose 1 of" a program's options), in English and
 * Spanish. Kept apart from i18n-plans.ts: the editor's choices panel reads them directly.
 */
import type { TLang } from '../../contracts/framework.ts';

export const planChoicesEn = {
  chTitle: 'Courses to choose',
  chIntro:
    'Your program of study lets you choose some courses. The first ones are picked for you: pick the ones you want.',
  chLegend: 'Grade {grade}: {choose}',
  chOption: '{title} ({code}), {credits, plural, one {# credit} other {# credits}}',
  chLeft: 'Pick {count} more.',
  chDone: 'Picked: {count}.',
  chPicked: '{title} picked for grade {grade}.',
  chDropped: '{title} taken out of your plan.',
  chIsPicked: '{option}: picked',
  chOpen: 'Still to pick: {count}. Pick in the editor.',
};

export const planChoicesEs: typeof planChoicesEn = {
  chTitle: 'Cursos a elegir',
  chIntro:
    'Tu programa de estudio te deja elegir algunos cursos. Los primeros ya están elegidos: elige los que quieras.',
  chLegend: '{grade}.º grado: {choose}',
  chOption: '{title} ({code}), {credits, plural, one {# crédito} other {# créditos}}',
  chLeft: 'Elige {count} más.',
  chDone: 'Elegidos: {count}.',
  chPicked: '{title} elegido para {grade}.º grado.',
  chDropped: '{title} quitado de tu plan.',
  chIsPicked: '{option}: elegido',
  chOpen: 'Falta elegir: {count}. Elige en el editor.',
};

export const planChoicesText = (lang: TLang) => (lang === 'es' ? planChoicesEs : planChoicesEn);
