/**
 * Exit points: the steps after which a student may leave the program with a credential, and the
 * jobs open to them there. Perkins V sec. 3(41) asks for "multiple entry and exit points that
 * incorporate credentialing"; each exit point is tied to its credentials and to occupations at
 * its level. Used by the rule pos.exit-point-occupations, the program page and the PDF.
 *
 * Students leave high school once: its exit point is graduation, at the program's last high school
 * step, with every credential earned in grades 9–12. A choice of credentials ("one of: CNA or
 * Patient Care Technician") makes an exit point like a listed credential; its level is what every
 * student is sure to earn (exitLevelOf), and the jobs tied to any of its options are open there. After that, each postsecondary step that
 * earns a credential (or lists exit occupations) is an exit point of its own.
 *
 * The jobs at an exit point are, in this order of precedence:
 * 1. the `exitOccupations` of its steps (codes of the program's occupations), when they list any;
 * 2. else the program's occupations whose `credentialId` is one of its credentials;
 * 3. else the program's occupations whose typical entry education matches the step's level
 *    (derived, see below; needs occupation data).
 *
 * Levels (documented in docs/ARCHITECTURE.md, "Exit points"):
 * - a step's level is that of its highest credential: bachelor → bachelor, associate →
 *   associate, certificate → certificate; an industry certification, license or apprenticeship
 *   → high-school in grades 9–12, certificate in a postsecondary year;
 * - an occupation's levels come from BLS's typical education needed for entry when known (no
 *   formal credential or high school diploma → high-school; some college or a postsecondary
 *   nondegree award → certificate; associate's → associate; bachelor's → bachelor; master's or
 *   doctoral → graduate), else from its O*NET job zone (1 → high-school; 2 → high-school or
 *   certificate; 3 → certificate or associate; 4 → bachelor; 5 → graduate).
 */
import type { TCredential, TProgramBody, TStep } from '../../contracts/program.ts';
import { isBefore, isGradeLevel, stepCredentialIds } from './steps.ts';

export const EXIT_LEVELS = ['high-school', 'certificate', 'associate', 'bachelor'] as const;
export type ExitLevel = (typeof EXIT_LEVELS)[number];
export type OccupationLevel = ExitLevel | 'graduate';

/** What occupation data says about an occupation's entry: either part may be unknown. */
export interface OccupationEntry {
  jobZone?: number | null | undefined;
  /** BLS's typical education needed for entry, as BLS writes it ("Associate's degree"). */
  entryEducation?: string | null | undefined;
}

export type OccupationEntryOf = (soc: string) => OccupationEntry | undefined;

export interface ExitOccupation {
  soc: string;
  title: string;
  /** Index in program.occupations. */
  index: number;
  via: 'listed' | 'credential' | 'level';
}

export interface ExitPoint {
  /** Where the exit point stands: the last high school step, or the postsecondary step. */
  step: TStep;
  stepIndex: number;
  /** The step whose credential a finding points at (the last one earning a credential). */
  credentialStepIndex: number | undefined;
  /**
   * The credentials found in the catalog, those of its choices included (none: an exit point
   * without a credential).
   */
  credentials: TCredential[];
  /** Its choices of credentials ("one of"), which the level counts as every student earns them. */
  choices: CredentialChoiceAtExit[];
  /** Undefined when the exit point has no credential. */
  level: ExitLevel | undefined;
  occupations: ExitOccupation[];
  /** Codes in exitOccupations that are not among the program's occupations, with their path. */
  unknownCodes: { code: string; path: string }[];
}

/** 15-1252 and 15-1252.00 name the same occupation. */
export const socKey = (code: string): string => (code.includes('.') ? code : `${code}.00`);

const RANK: Record<TCredential['type'], number> = {
  industry_certification: 0,
  license: 0,
  apprenticeship: 0,
  certificate: 1,
  associate: 2,
  bachelor: 3,
};

/** A choice of credentials at an exit point: a student earns `choose` of `options`. */
export interface CredentialChoiceAtExit {
  choose: number;
  /** The options found in the catalog (an unknown one counts as no credential). */
  options: readonly TCredential[];
  /** How many options the choice lists, found or not. */
  listed: number;
}

/**
 * The level of an exit point: that of its highest credential every student earns. A choice
 * guarantees the level of its `choose`-th lowest option (with "one of: CNA or Patient Care
 * Technician", the lower of the two); an option missing from the catalog guarantees nothing.
 */
export function exitLevelOf(
  step: Pick<TStep, 'level'>,
  credentials: readonly TCredential[],
  choices: readonly CredentialChoiceAtExit[] = [],
) {
  const ranks = credentials.map((c) => RANK[c.type]);
  for (const choice of choices) {
    const missing = choice.listed - choice.options.length;
    if (choice.choose <= missing) continue;
    const sorted = choice.options.map((c) => RANK[c.type]).sort((a, b) => a - b);
    ranks.push(sorted[choice.choose - missing - 1]!);
  }
  if (ranks.length === 0) return undefined;
  const top = Math.max(...ranks);
  if (top === 0) return isGradeLevel(step.level) ? 'high-school' : 'certificate';
  return EXIT_LEVELS[top];
}

const EDUCATION: [RegExp, OccupationLevel][] = [
  [/^no formal/i, 'high-school'],
  [/^high school/i, 'high-school'],
  [/^some college/i, 'certificate'],
  [/^postsecondary nondegree/i, 'certificate'],
  [/^associate/i, 'associate'],
  [/^bachelor/i, 'bachelor'],
  [/^(master|doctoral)/i, 'graduate'],
];

const ZONES: Record<number, OccupationLevel[]> = {
  1: ['high-school'],
  2: ['high-school', 'certificate'],
  3: ['certificate', 'associate'],
  4: ['bachelor'],
  5: ['graduate'],
};

/** The exit levels an occupation is entered at; empty when the data says nothing. */
export function occupationLevels(entry: OccupationEntry | undefined): readonly OccupationLevel[] {
  if (!entry) return [];
  const education = entry.entryEducation?.trim();
  if (education) {
    const match = EDUCATION.find(([pattern]) => pattern.test(education));
    if (match) return [match[1]];
  }
  return (entry.jobZone != null && ZONES[entry.jobZone]) || [];
}

/** Steps that exit together: all of high school (at its last step), or one postsecondary step. */
function exitGroups(steps: readonly TStep[]): { at: number; members: number[] }[] {
  const groups: { at: number; members: number[] }[] = [];
  const school: number[] = [];
  let at = -1;
  steps.forEach((step, i) => {
    const earns = stepCredentialIds(step).length > 0 || (step.exitOccupations?.length ?? 0) > 0;
    if (!isGradeLevel(step.level)) {
      if (earns) groups.push({ at: i, members: [i] });
      return;
    }
    // The last high school step: the latest level, the later one in the file among equals.
    if (at < 0 || !isBefore(step, steps[at]!)) at = i;
    if (earns) school.push(i);
  });
  if (school.length > 0) groups.unshift({ at, members: school });
  return groups;
}

/**
 * Every exit point of a program: high school graduation with the credentials earned in grades
 * 9–12 (students leave high school only once), then each postsecondary step that earns a
 * credential or lists exit occupations.
 */
export function exitPoints(
  program: Pick<TProgramBody, 'steps' | 'occupations'>,
  credentialById: (id: string) => TCredential | undefined,
  entryOf?: OccupationEntryOf,
): ExitPoint[] {
  const { steps, occupations: targets } = program;
  let bySoc: Map<string, number> | undefined;
  const indexOf = (code: string): number | undefined => {
    if (!bySoc) {
      bySoc = new Map();
      for (let i = 0; i < targets.length; i++) {
        const key = socKey(targets[i]!.soc);
        if (!bySoc.has(key)) bySoc.set(key, i);
      }
    }
    return bySoc.get(socKey(code));
  };
  const points: ExitPoint[] = [];
  for (const { at, members } of exitGroups(steps)) {
    const credentials: TCredential[] = [];
    const listedCredentials: TCredential[] = [];
    const choices: CredentialChoiceAtExit[] = [];
    let credentialStepIndex: number | undefined;
    let listed = false;
    const occupations: ExitOccupation[] = [];
    const unknownCodes: ExitPoint['unknownCodes'] = [];
    const add = (index: number, via: ExitOccupation['via']) => {
      if (occupations.some((e) => e.index === index)) return;
      const o = targets[index]!;
      occupations.push({ soc: o.soc, title: o.title, index, via });
    };
    for (const i of members) {
      const member = steps[i]!;
      const earned = (credential: TCredential) => {
        if (credentials.some((c) => c.id === credential.id)) return;
        credentials.push(credential);
        const current = credentialStepIndex === undefined ? undefined : steps[credentialStepIndex];
        if (!current || !isBefore(member, current)) credentialStepIndex = i;
      };
      for (const id of member.credentials) {
        const credential = credentialById(id);
        if (!credential) continue;
        listedCredentials.push(credential);
        earned(credential);
      }
      for (const choice of member.credentialChoices ?? []) {
        const options = choice.credentials.flatMap((id) => credentialById(id) ?? []);
        choices.push({ choose: choice.choose, options, listed: choice.credentials.length });
        options.forEach(earned);
      }
      member.exitOccupations?.forEach((code, index) => {
        listed = true;
        const found = indexOf(code);
        if (found === undefined)
          unknownCodes.push({ code, path: `program.steps[${i}].exitOccupations[${index}]` });
        else add(found, 'listed');
      });
    }
    if (credentials.length === 0 && !listed) continue;
    const step = steps[at]!;
    const level = exitLevelOf(step, listedCredentials, choices);
    if (!listed) {
      targets.forEach((o, i) => {
        if (o.credentialId && credentials.some((c) => c.id === o.credentialId))
          add(i, 'credential');
      });
      if (occupations.length === 0 && level && entryOf) {
        targets.forEach((o, i) => {
          if (occupationLevels(entryOf(socKey(o.soc))).includes(level)) add(i, 'level');
        });
      }
    }
    points.push({
      step,
      stepIndex: at,
      credentialStepIndex,
      credentials,
      choices,
      level,
      occupations,
      unknownCodes,
    });
  }
  return points;
}
