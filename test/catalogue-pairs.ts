/**
 * Every text the product writes itself in both languages, as [English, Spanish] pairs: the keyed
 * catalogues (CATALOGUES below: the web's, the program diagram and PDF labels, the refusals and
 * importer problems the API and the command line give, the caseload CSV headings), the program
 * rules' findings, the progress sentences, the counselor's signals, entry levels, job zone
 * preparation, the Interest Profiler's answers and areas, exit levels and group names. Walked in
 * parallel by key, so a new key in any of them is gathered without listing it here.
 */
import { OPTION_REASONS } from '../src/cli/option-values.ts';
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
import {
  credentialCreditEarnedEn,
  credentialCreditEarnedEs,
} from '../src/web/plans/i18n-credential-credit-earned.ts';
import {
  planCredentialChoicesEn,
  planCredentialChoicesEs,
} from '../src/web/plans/i18n-plan-credential-choices.ts';
import { ACCOUNT_MESSAGES } from '../src/domain/auth/account-refusal.ts';
import { schemaMessagesEn, schemaMessagesEs } from '../src/contracts/schema-messages.ts';
import { PLAN_PICK_MESSAGES } from '../src/domain/plans/plan-pick-messages.ts';
import { AUTHORED_MESSAGES } from '../src/domain/program/authored-messages.ts';
import {
  credentialCreditMessagesEn,
  credentialCreditMessagesEs,
} from '../src/domain/records/credential-credit-messages.ts';
import { setMessagesEn, setMessagesEs } from '../src/domain/requirements/check-set-messages.ts';
import {
  credentialMessagesEn,
  credentialMessagesEs,
} from '../src/importers/credential-messages.ts';
import { edfiMessagesEn, edfiMessagesEs } from '../src/importers/edfi/edfi-messages.ts';
import { importMessagesEn, importMessagesEs } from '../src/importers/import-messages.ts';
import { jsonFileMessagesEn, jsonFileMessagesEs } from '../src/importers/json-file-messages.ts';
import {
  oneRosterMessagesEn,
  oneRosterMessagesEs,
} from '../src/importers/oneroster/oneroster-messages.ts';
import { rosterMessagesEn, rosterMessagesEs } from '../src/importers/roster-messages.ts';
import {
  transcriptMessagesEn,
  transcriptMessagesEs,
} from '../src/importers/transcript-messages.ts';

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

/** A keyed catalogue: the same keys in both languages, each text with the same placeholders. */
export interface Catalogue {
  readonly name: string;
  readonly en: object;
  readonly es: object;
  /**
   * Texts that quote a file's English on purpose (a heading or column to write, "Grade 9 —
   * 2022-2023", "Student ID"): checked for keys and placeholders, not gathered as phrases.
   */
  readonly quotesFiles?: true;
}

const uiEnglish = Object.fromEntries(
  Object.entries(en).filter(([key]) => !OTHER_LANGUAGE_KEYS.test(key)),
);
const uiSpanish = Object.fromEntries(
  Object.entries(es).filter(([key]) => !OTHER_LANGUAGE_KEYS.test(key)),
);

/**
 * Every keyed catalogue in both languages: the web's (src/web/i18n.ts gathers the folders' own
 * i18n-*.ts, account and admin among them; the rest are imported where they are used), the
 * program labels, and the refusals and importer problems the API and the command line give
 * (the importers' each, which src/importers/issue-text.ts gathers).
 * A new catalogue is added here (test/catalogue-pairs.test.ts checks its keys and placeholders).
 */
export const CATALOGUES: readonly Catalogue[] = [
  { name: 'web/i18n.ts', en: uiEnglish, es: uiSpanish },
  { name: 'web/caseload', ...caseloadMessages },
  { name: 'caseload CSV headers', ...CASELOAD_CSV_HEADERS },
  { name: 'web/perkins', ...perkinsMessages },
  { name: 'plan choices', en: planChoicesEn, es: planChoicesEs },
  { name: 'plan credential choices', en: planCredentialChoicesEn, es: planCredentialChoicesEs },
  { name: 'credential credit earned', en: credentialCreditEarnedEn, es: credentialCreditEarnedEs },
  { name: 'course filter', en: courseFilterEn, es: courseFilterEs },
  { name: 'program diagram labels', en: posLabels('en'), es: posLabels('es') },
  { name: 'requirements described', en: describeEn, es: describeEs },
  { name: 'requirement sets', en: setMessagesEn, es: setMessagesEs },
  { name: 'account refusals', ...ACCOUNT_MESSAGES },
  { name: 'request schema', en: schemaMessagesEn, es: schemaMessagesEs },
  { name: 'command-line option values', ...OPTION_REASONS },
  { name: 'plan picks', ...PLAN_PICK_MESSAGES },
  { name: 'authored programs', ...AUTHORED_MESSAGES },
  { name: 'credential credit', en: credentialCreditMessagesEn, es: credentialCreditMessagesEs },
  { name: 'import', en: importMessagesEn, es: importMessagesEs },
  { name: 'JSON files', en: jsonFileMessagesEn, es: jsonFileMessagesEs },
  { name: 'credential import', en: credentialMessagesEn, es: credentialMessagesEs },
  { name: 'roster import', en: rosterMessagesEn, es: rosterMessagesEs },
  { name: 'OneRoster import', en: oneRosterMessagesEn, es: oneRosterMessagesEs },
  { name: 'Ed-Fi import', en: edfiMessagesEn, es: edfiMessagesEs },
  {
    name: 'transcript import',
    en: transcriptMessagesEn,
    es: transcriptMessagesEs,
    quotesFiles: true,
  },
];

export function cataloguePairs(): Pair[] {
  return [
    ...CATALOGUES.filter((c) => !c.quotesFiles).flatMap((c) => parallelLeaves(c.en, c.es)),
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
