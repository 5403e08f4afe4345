/** The Perkins V report pages' texts in English and Spanish (this folder's own catalogue). */
import type { TLang } from '../../contracts/framework.ts';
import type { TPerkinsMeasure } from '../../contracts/perkins.ts';
import { useLang } from '../use-lang.ts';

const en = {
  title: 'Perkins V report',
  navLink: 'Perkins report',
  signInFirst: 'Sign in as a district or state administrator to see the Perkins V report.',
  intro:
    'CTE participants, concentrators, completers and credential earners for a school year, by program of study and by school, counted by the rules of the profile you choose.',
  settings: 'Report settings',
  year: 'School year',
  yearOption: '{start}–{end}',
  profile: 'Counting rules',
  district: 'District',
  allDistricts: 'All districts (the whole state)',
  show: 'Show the report',
  download: 'Download the CSV (state submission)',
  downloadHint:
    'One row per organization, program of study, student group and measure, for the settings shown.',
  scope: '{org}, school year {year}: {profile}.',
  programCount:
    '{count, plural, =0 {No program of study has CTE students in this school year.} one {# program of study has CTE students in this school year.} other {# programs of study have CTE students in this school year.}}',
  privacy:
    'A count under {threshold} is shown as “< {threshold}”, so that no student can be recognized. “Hidden”: a count of any size left out so that a small one cannot be worked out from the totals. “Not available”: the district imported no data for that indicator; it is not a zero. A district or school with no student at all in a program of study is not listed for it.',
  allPrograms: 'All CTE programs',
  participants: 'Participants',
  concentrators: 'Concentrators',
  completers: 'Completers',
  m5S1: 'Credential earners (5S1)',
  m5S2: 'College credit in high school (5S2)',
  m5S3: 'Work-based learning (5S3)',
  m1S1: 'Graduated (1S1)',
  notAvailable: 'Not available',
  noCompleterRule: 'Not counted (no completer rule)',
  suppressedWords: 'fewer than {threshold}',
  hidden: 'Hidden',
  hiddenWords: 'hidden so that a small count cannot be worked out',
  funnelTitle: '{program} in {org}: from participants to credential earners',
  funnelPart: '{measure}: {value}',
  tableCaption:
    '{program}: {level, select, state {the state, each district and each school} other {the district and each school}}',
  organization: 'Organization',
  byGroup: 'By student group',
  groupCaption: '{program} in {org}, by student group',
  group: 'Student group',
  noGroups:
    'No student groups (economically disadvantaged, English learners, students with disabilities, …) were imported, so there is no breakdown by group.',
  notRecorded: 'not recorded',
  yes: 'yes',
  no: 'no',
  // A student's own status, one sentence per program of study (MyPerkinsStatus).
  myParticipant: 'You are a CTE participant in {program}.',
  myConcentrator: 'You are a CTE concentrator in {program}.',
  myCompleter: 'You are a CTE completer in {program}.',
};
export type PerkinsText = typeof en;

const es: PerkinsText = {
  title: 'Informe Perkins V',
  navLink: 'Informe Perkins',
  signInFirst:
    'Inicia sesión como administrador del distrito o del estado para ver el informe Perkins V.',
  intro:
    'Participantes, concentradores, completadores y estudiantes con credencial de CTE en un año escolar, por programa de estudio y por escuela, contados con las reglas del perfil que elija.',
  settings: 'Opciones del informe',
  year: 'Año escolar',
  yearOption: '{start}–{end}',
  profile: 'Reglas de conteo',
  district: 'Distrito',
  allDistricts: 'Todos los distritos (todo el estado)',
  show: 'Ver el informe',
  download: 'Descargar el CSV (entrega al estado)',
  downloadHint:
    'Una fila por organización, programa de estudio, grupo de estudiantes y medida, con las opciones mostradas.',
  scope: '{org}, año escolar {year}: {profile}.',
  programCount:
    '{count, plural, =0 {Ningún programa de estudio tiene estudiantes de CTE en este año escolar.} one {# programa de estudio tiene estudiantes de CTE en este año escolar.} other {# programas de estudio tienen estudiantes de CTE en este año escolar.}}',
  privacy:
    'Un número menor que {threshold} se muestra como «< {threshold}», para que no se pueda reconocer a ningún estudiante. «Oculto»: un número de cualquier tamaño que no se publica para que no se pueda deducir uno pequeño a partir de los totales. «No disponible»: el distrito no importó datos para ese indicador; no es un cero. Un distrito o una escuela sin ningún estudiante en un programa de estudio no aparece en él.',
  allPrograms: 'Todos los programas de CTE',
  participants: 'Participantes',
  concentrators: 'Concentradores',
  completers: 'Completadores',
  m5S1: 'Con credencial (5S1)',
  m5S2: 'Créditos universitarios en la preparatoria (5S2)',
  m5S3: 'Aprendizaje en el trabajo (5S3)',
  m1S1: 'Graduados (1S1)',
  notAvailable: 'No disponible',
  noCompleterRule: 'No se cuenta (sin regla de completador)',
  suppressedWords: 'menos de {threshold}',
  hidden: 'Oculto',
  hiddenWords: 'oculto para que no se pueda deducir un número pequeño',
  funnelTitle: '{program} en {org}: de participantes a estudiantes con credencial',
  funnelPart: '{measure}: {value}',
  tableCaption:
    '{program}: {level, select, state {el estado, cada distrito y cada escuela} other {el distrito y cada escuela}}',
  organization: 'Organización',
  byGroup: 'Por grupo de estudiantes',
  groupCaption: '{program} en {org}, por grupo de estudiantes',
  group: 'Grupo de estudiantes',
  noGroups:
    'No se importaron grupos de estudiantes (de bajos recursos, aprendices de inglés, con discapacidad, …), así que no hay desglose por grupo.',
  notRecorded: 'sin dato',
  yes: 'sí',
  no: 'no',
  myParticipant: 'Eres participante de CTE en {program}.',
  myConcentrator: 'Eres concentrador de CTE en {program}.',
  myCompleter: 'Eres completador de CTE en {program}.',
};

export const perkinsMessages: Record<TLang, PerkinsText> = { en, es };

export function usePerkinsText(): { lang: TLang; p: PerkinsText } {
  const { lang } = useLang();
  return { lang, p: perkinsMessages[lang] };
}

export const measureLabel = (p: PerkinsText, measure: TPerkinsMeasure): string =>
  measure === 'participants' || measure === 'concentrators' || measure === 'completers'
    ? p[measure]
    : p[`m${measure}`];

/** Names of the groups a roster may carry (src/domain/perkins/groups.ts), in both languages. */
const DIMENSIONS: Record<string, Record<TLang, string>> = {
  economically_disadvantaged: { en: 'Economically disadvantaged', es: 'De bajos recursos' },
  english_learner: { en: 'English learner', es: 'Aprendiz de inglés' },
  disability: { en: 'Student with a disability', es: 'Estudiante con discapacidad' },
  migrant: { en: 'Migrant', es: 'Migrante' },
  homeless: { en: 'Experiencing homelessness', es: 'Sin hogar' },
  foster_care: { en: 'In foster care', es: 'En cuidado de crianza' },
  military_family: { en: 'Military family', es: 'Familia militar' },
  single_parent: { en: 'Single parent', es: 'Madre o padre sin pareja' },
  gender: { en: 'Gender', es: 'Género' },
  race_ethnicity: { en: 'Race or ethnicity', es: 'Raza u origen étnico' },
};
const CODES: Record<string, Record<TLang, string>> = {
  F: { en: 'female', es: 'femenino' },
  M: { en: 'male', es: 'masculino' },
  X: { en: 'another gender or not stated', es: 'otro género o no indicado' },
  AI: { en: 'American Indian or Alaska Native', es: 'indígena americano o nativo de Alaska' },
  AS: { en: 'Asian', es: 'asiático' },
  BL: { en: 'Black or African American', es: 'negro o afroamericano' },
  HI: { en: 'Hispanic or Latino', es: 'hispano o latino' },
  PI: {
    en: 'Native Hawaiian or Other Pacific Islander',
    es: 'nativo de Hawái u otras islas del Pacífico',
  },
  WH: { en: 'White', es: 'blanco' },
  MU: { en: 'two or more races', es: 'dos o más razas' },
};

/** "Gender: female", "English learner: yes", "Migrant: not recorded". */
export function groupLabel(p: PerkinsText, lang: TLang, group: string): string {
  const at = group.indexOf(':');
  const dimension = group.slice(0, at);
  const code = group.slice(at + 1);
  const name = DIMENSIONS[dimension]?.[lang] ?? dimension;
  const value =
    code === 'not_recorded'
      ? p.notRecorded
      : code === 'Y'
        ? p.yes
        : code === 'N'
          ? p.no
          : (CODES[code]?.[lang] ?? code);
  return `${name}: ${value}`;
}
