/**
 * The program editor's changes, as pure functions from one program body to the next (never
 * mutating), and where in the form each finding points.
 */
import type { TLang } from '../../contracts/framework.ts';
import type { TFindingView } from '../../contracts/program-api.ts';
import type {
  TCatalog,
  TCourse,
  TCredential,
  TInstitution,
  TProgramBody,
  TStep,
  TStepLevel,
} from '../../contracts/program.ts';
import { STEP_LEVELS } from '../../contracts/program.ts';
import type { Finding } from '../../domain/program/validate-program.ts';
import { HOURS_PATH } from './clock-hours.ts';

export type Draft = TProgramBody;
type Partner = Draft['partners'][number];
type Occupation = Draft['occupations'][number];
type StepList = 'courses' | 'credentials';

/** The catalog the editor chooses from, with its entries by id. */
export interface CatalogIndex {
  catalog: TCatalog;
  courses: ReadonlyMap<string, TCourse>;
  credentials: ReadonlyMap<string, TCredential>;
  institutions: ReadonlyMap<string, TInstitution>;
}

export function indexCatalog(catalog: TCatalog): CatalogIndex {
  return {
    catalog,
    courses: new Map(catalog.courses.map((c) => [c.id, c])),
    credentials: new Map(catalog.credentials.map((c) => [c.id, c])),
    institutions: new Map(catalog.institutions.map((i) => [i.id, i])),
  };
}

const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((old, i) => (i === index ? item : old));
const removeAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);

export function updateStep(draft: Draft, index: number, patch: Partial<TStep>): Draft {
  const step = draft.steps[index];
  if (!step) return draft;
  const next: TStep = { ...step, ...patch };
  // An optional field set to undefined (no term, no choices left) leaves the step without it.
  for (const key of Object.keys(next) as Array<keyof TStep>)
    if (next[key] === undefined) delete next[key];
  return { ...draft, steps: replaceAt(draft.steps, index, next) };
}

/** Adds a course or credential id to a step, unless the step lists it already. */
export function addToStep(draft: Draft, index: number, list: StepList, id: string): Draft {
  const step = draft.steps[index];
  if (!step || id === '' || step[list].includes(id)) return draft;
  return updateStep(draft, index, { [list]: [...step[list], id] });
}

export function removeFromStep(draft: Draft, index: number, list: StepList, at: number): Draft {
  const step = draft.steps[index];
  if (!step) return draft;
  return updateStep(draft, index, { [list]: removeAt(step[list], at) });
}

/** The level after the last one used: grade 9 for an empty program, then 10, 11 … */
export function nextLevel(draft: Draft): TStepLevel {
  const last = Math.max(-1, ...draft.steps.map((step) => STEP_LEVELS.indexOf(step.level)));
  return STEP_LEVELS[Math.min(last + 1, STEP_LEVELS.length - 1)] ?? 'grade-9';
}

export function addStep(draft: Draft): Draft {
  const step: TStep = {
    level: nextLevel(draft),
    courses: [],
    credentials: [],
    workBasedLearning: [],
  };
  return { ...draft, steps: [...draft.steps, step] };
}

export function removeStep(draft: Draft, index: number): Draft {
  return { ...draft, steps: removeAt(draft.steps, index) };
}

export function updatePartner(draft: Draft, index: number, patch: Partial<Partner>): Draft {
  const partner = draft.partners[index];
  if (!partner) return draft;
  return { ...draft, partners: replaceAt(draft.partners, index, { ...partner, ...patch }) };
}

export function addPartner(draft: Draft, institutionId: string): Draft {
  return { ...draft, partners: [...draft.partners, { institutionId, role: 'secondary' }] };
}

export function removePartner(draft: Draft, index: number): Draft {
  return { ...draft, partners: removeAt(draft.partners, index) };
}

export function updateOccupation(draft: Draft, index: number, patch: Partial<Occupation>): Draft {
  const occupation = draft.occupations[index];
  if (!occupation) return draft;
  const next: Occupation = { ...occupation, ...patch };
  if (!next.credentialId) delete next.credentialId;
  return { ...draft, occupations: replaceAt(draft.occupations, index, next) };
}

export function addOccupation(draft: Draft): Draft {
  return { ...draft, occupations: [...draft.occupations, { soc: '', title: '', point: 'entry' }] };
}

export function removeOccupation(draft: Draft, index: number): Draft {
  return { ...draft, occupations: removeAt(draft.occupations, index) };
}

/** A new program: grade 9 through postsecondary year 2, no courses yet. */
export function blankProgram(base: Pick<Draft, 'pathwayCode' | 'ownerId' | 'partners'>): Draft {
  const levels: TStepLevel[] = STEP_LEVELS.slice(0, 6);
  return {
    title: { en: '', es: '' },
    frameworkId: 'nccf-16',
    pathwayCode: base.pathwayCode,
    ownerId: base.ownerId,
    partners: base.partners,
    steps: levels.map((level) => ({ level, courses: [], credentials: [], workBasedLearning: [] })),
    occupations: [],
  };
}

/** A program body as the API takes it: no empty optional texts. */
export function forSaving(draft: Draft): Draft {
  const title = draft.title.es?.trim() ? draft.title : { en: draft.title.en };
  const result: Draft = { ...draft, title };
  if (!result.cipCode?.trim()) delete result.cipCode;
  return result;
}

/** A finding of the client-side validation, in the page language, shaped like the API's. */
export function findingView(finding: Finding, lang: TLang): TFindingView {
  const view: TFindingView = {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message[lang],
    path: finding.path,
  };
  if (finding.stepLevel) view.stepLevel = finding.stepLevel;
  if (finding.courseId) view.courseId = finding.courseId;
  if (finding.profile) view.profile = finding.profile;
  if (finding.reason) view.reason = finding.reason[lang];
  return view;
}

/** Element ids of the editor's fields (one source for the form and for findingTarget). */
export const fieldId = {
  titleEn: 'edit-title-en',
  titleEs: 'edit-title-es',
  pathway: 'edit-pathway',
  cip: 'edit-cip',
  owner: 'edit-owner',
  addPartner: 'edit-add-partner',
  steps: 'edit-steps-title',
  partner: (i: number) => `edit-partner-${i}-institution`,
  stepLevel: (i: number) => `edit-step-${i}-level`,
  addCourse: (i: number) => `edit-step-${i}-add-course`,
  addCredential: (i: number) => `edit-step-${i}-add-credential`,
  course: (i: number, j: number) => `edit-step-${i}-course-${j}`,
  clockHours: (i: number, j: number) => `edit-step-${i}-course-${j}-clock-hours`,
  credential: (i: number, j: number) => `edit-step-${i}-credential-${j}`,
  addCredentialChoice: (i: number) => `edit-step-${i}-add-credential-choice`,
  credentialChoice: (i: number, k: number) => `edit-step-${i}-credential-choice-${k}`,
  choiceChoose: (i: number, k: number) => `edit-step-${i}-credential-choice-${k}-choose`,
  choiceAdd: (i: number, k: number) => `edit-step-${i}-credential-choice-${k}-add`,
  choiceOption: (i: number, k: number, m: number) =>
    `edit-step-${i}-credential-choice-${k}-option-${m}`,
  agreements: 'edit-agreements-title',
  addAgreement: 'edit-add-agreement',
  /** A credit agreement's control, by the agreement's field ("credits", "effectiveFrom" …). */
  agreement: (i: number, field: string) => `edit-agreement-${i}-${field}`,
  occupation: (i: number) => `edit-occupation-${i}-soc`,
  occupationTitle: (i: number) => `edit-occupation-${i}-title`,
};

/** The agreement fields that have a control of their own (the exam's: see FIELDS). */
const AGREEMENT_CONTROLS = new Set([
  'type',
  'secondaryCourseId',
  'credentialId',
  'postsecondaryCourseId',
  'credits',
  'secondaryInstitutionId',
  'postsecondaryInstitutionId',
  'effectiveFrom',
  'effectiveTo',
  'registrationDeadline',
  'examName',
  'examMinScore',
]);

const FIELDS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^program\.steps\[(\d+)\]\.courses\[(\d+)\]/, (m) => fieldId.course(+m[1]!, +m[2]!)],
  [/^program\.steps\[(\d+)\]\.credentials\[(\d+)\]/, (m) => fieldId.credential(+m[1]!, +m[2]!)],
  [
    /^program\.steps\[(\d+)\]\.credentialChoices\[(\d+)\]\.credentials\[(\d+)\]/,
    (m) => fieldId.choiceOption(+m[1]!, +m[2]!, +m[3]!),
  ],
  [
    /^program\.steps\[(\d+)\]\.credentialChoices\[(\d+)\]\.choose/,
    (m) => fieldId.choiceChoose(+m[1]!, +m[2]!),
  ],
  [
    /^program\.steps\[(\d+)\]\.credentialChoices\[(\d+)\]/,
    (m) => fieldId.choiceAdd(+m[1]!, +m[2]!),
  ],
  [/^program\.steps\[(\d+)\]/, (m) => fieldId.stepLevel(+m[1]!)],
  [/^program\.partners\[(\d+)\]/, (m) => fieldId.partner(+m[1]!)],
  [/^program\.partners/, () => fieldId.addPartner],
  [/^program\.occupations\[(\d+)\]\.title/, (m) => fieldId.occupationTitle(+m[1]!)],
  [/^program\.occupations\[(\d+)\]/, (m) => fieldId.occupation(+m[1]!)],
  [
    /^catalog\.creditAgreements\[(\d+)\]\.exam\.minScore/,
    (m) => fieldId.agreement(+m[1]!, 'examMinScore'),
  ],
  [/^catalog\.creditAgreements\[(\d+)\]\.exam(?!\w)/, (m) => fieldId.agreement(+m[1]!, 'examName')],
  [
    /^catalog\.creditAgreements\[(\d+)\]\.(\w+)/,
    (m) => fieldId.agreement(+m[1]!, AGREEMENT_CONTROLS.has(m[2]!) ? m[2]! : 'type'),
  ],
  [/^catalog\.creditAgreements\[(\d+)\]/, (m) => fieldId.agreement(+m[1]!, 'type')],
  [/^catalog\.creditAgreements/, () => fieldId.addAgreement],
  [/^removeCreditAgreements/, () => fieldId.agreements],
  [/^program\.title\.es/, () => fieldId.titleEs],
  [/^program\.title/, () => fieldId.titleEn],
  [/^program\.pathwayCode/, () => fieldId.pathway],
  [/^program\.cipCode/, () => fieldId.cip],
  [/^program\.ownerId/, () => fieldId.owner],
];

/** The id of the form element a finding (or an API error's field) points at. */
export function findingTarget(
  finding: Pick<TFindingView, 'path' | 'stepLevel' | 'courseId'>,
  draft: Draft,
): string {
  // API errors name fields as "program.steps.0.courses"; findings as "program.steps[0].courses".
  const path = finding.path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const hours = path.match(HOURS_PATH);
  if (hours) {
    for (const [i, step] of draft.steps.entries()) {
      const j = step.courses.indexOf(hours[1]!);
      if (j >= 0) return fieldId.clockHours(i, j);
    }
  }
  for (const [pattern, id] of FIELDS) {
    const match = path.match(pattern);
    if (match) return id(match);
  }
  if (finding.courseId) {
    for (const [i, step] of draft.steps.entries()) {
      const j = step.courses.indexOf(finding.courseId);
      if (j >= 0) return fieldId.course(i, j);
    }
  }
  const stepIndex = draft.steps.findIndex((step) => step.level === finding.stepLevel);
  if (stepIndex >= 0) return fieldId.stepLevel(stepIndex);
  return fieldId.steps;
}
