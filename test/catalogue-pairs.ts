/**
 * Every text the product writes itself in both languages, as [English, Spanish] pairs: the web
 * catalogues (src/web/i18n.ts and the folders' own: caseload, Perkins, plan choices), the program
 * diagram and PDF labels, the program rules' findings, the progress sentences, the counselor's signals and caseload CSV headings, entry levels, job zone
 * preparation, the Interest Profiler's answers and areas, exit levels and group names. Walked in
 * parallel by key, so a new key in any of them is gathered without listing it here.
 */
import { RIASEC } from '../src/domain/occupation/riasec.ts';
import {
  ENTRY_LEVELS,
  JOB_ZONES,
  entryLevelLabel,
  typicalEducationOf,
} from '../src/domain/occupation/entry-level.ts';
import { ANSWER_VALUES, answerLabel, areaName } from '../src/domain/interests/profiler.ts';
import { NOT_FOR_SCREENING, itemAttribution } from '../src/domain/interests/attribution.ts';
import { EXIT_LEVEL_LABELS } from '../src/domain/program/labels.ts';
import type { Message } from '../src/domain/program/message-catalog.ts';
import { MESSAGES } from '../src/domain/program/messages.ts';
import { FIRST_EDITION } from '../src/domain/program/messages-first-edition.ts';
import { REFERENCES } from '../src/domain/program/messages-references.ts';
import { posLabels } from '../src/domain/program/pos-labels.ts';
import { describeEn, describeEs } from '../src/domain/requirements/describe-messages.ts';
import { SIGNAL_LABELS, SIGNAL_REASONS } from '../src/domain/triage/reasons.ts';
import { CASELOAD_CSV_HEADERS } from '../src/importers/caseload-csv.ts';
import { caseloadMessages } from '../src/web/caseload/i18n-caseload.ts';
import { en, es } from '../src/web/i18n.ts';
import { perkinsMessages } from '../src/web/perkins/i18n-perkins.ts';
import { courseFilterEn, courseFilterEs } from '../src/web/plans/i18n-course-filter.ts';
import { planChoicesEn, planChoicesEs } from '../src/web/plans/i18n-plan-choices.ts';

export type Pair = readonly [en: string, es: string];

/** The leaves of two objects of the same shape, paired by key (a key missing on one side: none). */
export function parallelLeaves(english: unknown, spanish: unknown): Pair[] {
  if (typeof english === 'string' && typeof spanish === 'string') return [[english, spanish]];
  if (!english || !spanish || typeof english !== 'object' || typeof spanish !== 'object') return [];
  const other = spanish as Record<string, unknown>;
  return Object.entries(english).flatMap(([key, value]) => parallelLeaves(value, other[key]));
}

/** The `{ en, es }` records anywhere inside a value. */
export function bilingualRecords(value: unknown): Pair[] {
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (typeof o.en === 'string' && typeof o.es === 'string') return [[o.en, o.es]];
  return Object.values(o).flatMap(bilingualRecords);
}

/**
 * The program rules' findings (message-catalog.ts): each pair of templates filled with its
 * parameters' names, `{course}`, so only the rule's own words remain.
 */
export function findingPairs(catalogue: Record<string, Message<string>>): Pair[] {
  const names = new Proxy({}, { get: (_, key) => `{${String(key)}}` }) as Record<string, string>;
  return Object.values(catalogue).map((m): Pair => [m.en(names), m.es(names)]);
}

/** Keys written in the other language on purpose: the language switch names its target. */
const OTHER_LANGUAGE_KEYS = /^switchLanguage/;

function uiPairs(): Pair[] {
  const english = Object.fromEntries(
    Object.entries(en).filter(([key]) => !OTHER_LANGUAGE_KEYS.test(key)),
  );
  return parallelLeaves(english, es);
}

export function cataloguePairs(): Pair[] {
  return [
    ...uiPairs(),
    ...parallelLeaves(caseloadMessages.en, caseloadMessages.es),
    ...parallelLeaves(CASELOAD_CSV_HEADERS.en, CASELOAD_CSV_HEADERS.es),
    ...parallelLeaves(perkinsMessages.en, perkinsMessages.es),
    ...parallelLeaves(planChoicesEn, planChoicesEs),
    ...parallelLeaves(courseFilterEn, courseFilterEs),
    ...parallelLeaves(posLabels('en'), posLabels('es')),
    ...parallelLeaves(describeEn, describeEs),
    ...findingPairs(MESSAGES),
    ...findingPairs(FIRST_EDITION),
    ...findingPairs(REFERENCES),
    ...bilingualRecords(SIGNAL_LABELS),
    ...bilingualRecords(SIGNAL_REASONS),
    ...bilingualRecords(EXIT_LEVEL_LABELS),
    [NOT_FOR_SCREENING.en, NOT_FOR_SCREENING.es],
    ...ENTRY_LEVELS.map((l): Pair => [entryLevelLabel(l, 'en'), entryLevelLabel(l, 'es')]),
    ...JOB_ZONES.map((z): Pair => [typicalEducationOf(z, 'en')!, typicalEducationOf(z, 'es')!]),
    ...ANSWER_VALUES.map((v): Pair => [answerLabel(v, 'en'), answerLabel(v, 'es')]),
    ...RIASEC.map((a): Pair => [areaName(a, 'en'), areaName(a, 'es')]),
  ];
}

/**
 * English the product shows on purpose on both sides, which a Spanish page must mark
 * `lang="en"`: source credits as the database keeps them, and the O*NET attributions (legal
 * notices, kept word for word).
 */
export const ENGLISH_ONLY: readonly string[] = [
  'This product includes information from the O*NET',
  'Used under the CC BY 4.0 license',
  'Descriptions and Spanish titles written by Wayfinder contributors',
  'descriptions MIT',
  'Public domain (U.S. government work)',
  itemAttribution('en').text,
  itemAttribution('es').text,
];
