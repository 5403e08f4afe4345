/**
 * The user interface's own texts, in English and Spanish. Framework texts (cluster and pathway
 * titles and descriptions) come from the API in the requested language; these are the rest.
 * Templates are filled in by `message` (placeholders, plurals; see src/domain/i18n/message.ts).
 */
import type { TLang } from '../contracts/framework.ts';
import { accountEn, accountEs } from './account/i18n-account.ts';
import { adminEn, adminEs } from './account/i18n-admin.ts';
import { linksEn, linksEs } from './account/i18n-links.ts';
import { catalogEn, catalogEs } from './catalog/i18n-catalog.ts';
import { editorEn, editorEs } from './i18n-editor.ts';
import { agreementsEn, agreementsEs } from './editor/i18n-agreements.ts';
import { programsEn, programsEs } from './i18n-programs.ts';
import { interestsEn, interestsEs } from './interests/i18n-interests.ts';
import { occupationsEn, occupationsEs } from './occupations/i18n-occupations.ts';
import { plansEn, plansEs } from './plans/i18n-plans.ts';
import { transferEn, transferEs } from './plans/i18n-transfer.ts';

export const en = {
  siteName: 'Wayfinder',
  siteTagline: 'Career Clusters and Pathways',
  siteDescription:
    'Explore the 16 Career Clusters and their Career Pathways, in English and Spanish.',
  skipToMain: 'Skip to main content',
  mainNavLabel: 'Main',
  navClusters: 'Career Clusters',
  navMenu: 'Menu',
  switchLanguage: 'Español',
  switchLanguageHint: 'Ver esta página en español',
  home: 'Home',
  breadcrumbLabel: 'Breadcrumb',
  homeTitle: 'Explore the Career Clusters',
  homeIntroClusters:
    'Career Clusters group occupations and industries that share knowledge and skills. There are 16 of them, from Agriculture to Transportation.',
  homeIntroPathways:
    'Each cluster divides into Career Pathways: more specific fields of work. Each pathway leads to programs of study, sequences of courses that start in high school and continue through college, with credit you can earn early and a credential or degree at the end.',
  homeIntroHint: 'Choose a cluster in the wheel or in the list below to see its pathways.',
  wheelLabel: 'Wheel of the Career Clusters',
  wheelCenter: 'Career Clusters',
  clusterCount: '{count, plural, one {# cluster} other {# clusters}}',
  allClusters: 'All Career Clusters',
  pathwayCount: '{count, plural, one {# pathway} other {# pathways}}',
  clusterKind: 'Career Cluster',
  clusterPathways: 'Career Pathways in this cluster',
  pathwayKind: 'Career Pathway',
  pathwayCode: 'Career Pathway {code}',
  partOfCluster: 'Part of the Career Cluster',
  siblingPathways: 'Other pathways in {cluster}',
  noSiblings: 'This is the only pathway in this cluster.',
  loading: 'Loading…',
  errorTitle: 'Something went wrong',
  errorNetwork: 'The server could not be reached. Check your connection and try again.',
  errorRetry: 'Try again',
  errorApiNotFound: 'What you are looking for was not found.',
  errorApiInvalid: 'Some of the information is not valid. Check it and try again.',
  errorApiForbidden: 'Your account may not do this.',
  errorApiConflict: 'This changed in the meantime. Reload the page and try again.',
  errorApiSignIn: 'Sign in to continue.',
  errorApiTooMany: 'Too many attempts. Wait a moment and try again.',
  errorApiServer: 'The server could not answer. Try again later.',
  notFoundTitle: 'Page not found',
  notFoundText:
    'There is no page at this address. The cluster or pathway you are looking for may not exist.',
  notFoundBack: 'Go to the Career Clusters',
  footerOpenSource: 'Wayfinder is open-source software.',
  footerApi: 'API documentation',
  ...programsEn,
  ...editorEn,
  ...agreementsEn,
  ...accountEn,
  ...adminEn,
  ...linksEn,
  ...occupationsEn,
  ...catalogEn,
  ...interestsEn,
  ...plansEn,
  ...transferEn,
};

export type Messages = Record<keyof typeof en, string>;

export const es: Messages = {
  siteName: 'Wayfinder',
  siteTagline: 'Grupos y trayectorias profesionales',
  siteDescription:
    'Explora los 16 grupos profesionales (Career Clusters) y sus trayectorias, en español y en inglés.',
  skipToMain: 'Saltar al contenido principal',
  mainNavLabel: 'Principal',
  navClusters: 'Grupos profesionales',
  navMenu: 'Menú',
  switchLanguage: 'English',
  switchLanguageHint: 'View this page in English',
  home: 'Inicio',
  breadcrumbLabel: 'Ruta de navegación',
  homeTitle: 'Explora los grupos profesionales',
  homeIntroClusters:
    'Los grupos profesionales (Career Clusters) reúnen ocupaciones e industrias que comparten conocimientos y habilidades. Son 16, desde la agricultura hasta el transporte.',
  homeIntroPathways:
    'Cada grupo se divide en trayectorias profesionales (Career Pathways): campos de trabajo más específicos. Cada trayectoria conduce a programas de estudio, secuencias de cursos que empiezan en la preparatoria (high school) y continúan en un colegio comunitario o una universidad, con créditos que se pueden obtener antes de tiempo y una credencial o un título al final.',
  homeIntroHint: 'Elige un grupo en la rueda o en la lista de abajo para ver sus trayectorias.',
  wheelLabel: 'Rueda de los grupos profesionales',
  wheelCenter: 'Grupos profesionales',
  clusterCount: '{count, plural, one {# grupo} other {# grupos}}',
  allClusters: 'Todos los grupos profesionales',
  pathwayCount: '{count, plural, one {# trayectoria} other {# trayectorias}}',
  clusterKind: 'Grupo profesional',
  clusterPathways: 'Trayectorias profesionales de este grupo',
  pathwayKind: 'Trayectoria profesional',
  pathwayCode: 'Trayectoria profesional {code}',
  partOfCluster: 'Forma parte del grupo profesional',
  siblingPathways: 'Otras trayectorias de {cluster}',
  noSiblings: 'Esta es la única trayectoria de este grupo.',
  loading: 'Cargando…',
  errorTitle: 'Algo salió mal',
  errorNetwork: 'No se pudo conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  errorRetry: 'Intentar de nuevo',
  errorApiNotFound:
    'No encontramos lo que buscas: es posible que la dirección haya cambiado o que ya no exista.',
  errorApiInvalid: 'Algún dato no es válido. Revísalo e inténtalo de nuevo.',
  errorApiForbidden: 'Tu cuenta no tiene permiso para hacer esto.',
  errorApiConflict: 'Esto cambió mientras tanto. Vuelve a cargar la página e inténtalo de nuevo.',
  errorApiSignIn: 'Inicia sesión para continuar.',
  errorApiTooMany: 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  errorApiServer: 'El servidor no pudo responder. Inténtalo de nuevo más tarde.',
  notFoundTitle: 'Página no encontrada',
  notFoundText:
    'No hay ninguna página en esta dirección. Es posible que el grupo o la trayectoria que buscas no exista.',
  notFoundBack: 'Ir a los grupos profesionales',
  footerOpenSource: 'Wayfinder es software de código abierto.',
  footerApi: 'Documentación de la API',
  ...programsEs,
  ...editorEs,
  ...agreementsEs,
  ...accountEs,
  ...adminEs,
  ...linksEs,
  ...occupationsEs,
  ...catalogEs,
  ...interestsEs,
  ...plansEs,
  ...transferEs,
};

export const messages: Record<TLang, Messages> = { en, es };

/**
 * The one message function (src/domain/i18n/message.ts): `formatMessage(lang, t.key, { count: 3 })`.
 * Plurals are written in the template (`{count, plural, one {# x} other {# xs}}`) and chosen by
 * `Intl.PluralRules`; numbers are formatted for the language.
 */
export { formatMessage } from '../domain/i18n/message.ts';
