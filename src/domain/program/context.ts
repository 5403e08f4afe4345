/**
 * What every rule reads: the program file plus lookups built once per program, so that each rule
 * runs in time linear in the program's size.
 */
import type {
  TCatalog,
  TCourse,
  TCredential,
  TInstitution,
  TProgramBody,
  TProgramFile,
  TStep,
} from '../../contracts/program.ts';
import type { TProgramProfile } from '../../contracts/program-profile.ts';
import type { OccupationEntryOf } from './exit-points.ts';
import { profileFor } from './profiles/index.ts';

export interface ValidateProgramOptions {
  /**
   * The pathway codes an occupation belongs to (from O*NET's occupation → pathway list), or
   * undefined when the occupation is not in the data. Without it occupations are not checked.
   */
  pathwayCodesOf?: (soc: string) => readonly string[] | undefined;
  /**
   * What occupation data says about an occupation's entry (job zone, BLS typical education), by
   * O*NET-SOC code (15-1252.00). Without it exit points are tied to occupations only as listed.
   */
  occupationEntryOf?: OccupationEntryOf;
  /**
   * A pathway's title in English and Spanish, by code, so that findings name pathways as people
   * know them ("Construction (02-01)"); without it they name the code alone.
   */
  pathwayTitleOf?: (code: string) => { en: string; es: string } | undefined;
  /** The pathway codes of the program's framework. When given, an unknown code is an error. */
  knownPathways?: ReadonlySet<string> | readonly string[];
  /** The rules profile; by default the owner's (catalog institution programProfile) or classic. */
  profile?: TProgramProfile;
  /** Today (YYYY-MM-DD), for the dates of credit agreements; without it dates are not checked. */
  today?: string;
}

/** A catalog entry and its index in its catalog array (the first one when an id repeats). */
export interface Indexed<T> {
  value: T;
  index: number;
}

/** A course id listed in a step. `course` is undefined when the id is not in the catalog. */
export interface CoursePlacement {
  courseId: string;
  course: TCourse | undefined;
  step: TStep;
  stepIndex: number;
  /** Index within step.courses, or within the choice's courses. */
  index: number;
  path: string;
  /**
   * Set when the course is one of a choice's courses (step.choices[index]): a student takes
   * `choose` of them. Rules read such a course as placed in its step, like a listed one.
   */
  choice?: { index: number; choose: number; options: readonly (TCourse | undefined)[] };
}

/**
 * Whether every student of the program takes a course that passes `test` at this placement: a
 * listed course when it passes; a course of a choice when the choice cannot be met without one
 * ("choose 1 of" two CTE courses, "choose 2 of" three where only one is academic).
 */
export function takenByEveryone(
  placement: CoursePlacement,
  test: (course: TCourse) => boolean,
): boolean {
  const { course, choice } = placement;
  if (!choice) return course !== undefined && test(course);
  const failing = choice.options.filter((c) => c === undefined || !test(c)).length;
  return choice.choose > failing;
}

export interface CredentialPlacement {
  credentialId: string;
  credential: TCredential | undefined;
  step: TStep;
  stepIndex: number;
  /** Index within step.credentials, or within the choice's credentials. */
  index: number;
  path: string;
  /**
   * Set when the credential is one of a choice's (step.credentialChoices[index]): a student earns
   * `choose` of them. Rules read it as earned at its step, unless they need what every student
   * earns (earnedByEveryone).
   */
  choice?: { index: number; choose: number; options: readonly (TCredential | undefined)[] };
}

/**
 * Whether every student earns a credential that passes `test` at this placement: a listed one
 * when it passes; one of a choice when the choice cannot be met without one.
 */
export function earnedByEveryone(
  placement: CredentialPlacement,
  test: (credential: TCredential) => boolean,
): boolean {
  const { credential, choice } = placement;
  if (!choice) return credential !== undefined && test(credential);
  const failing = choice.options.filter((c) => c === undefined || !test(c)).length;
  return choice.choose > failing;
}

export interface RuleContext {
  file: TProgramFile;
  program: TProgramBody;
  catalog: TCatalog;
  options: ValidateProgramOptions;
  profile: TProgramProfile;
  knownPathways: ReadonlySet<string> | undefined;
  institutions: ReadonlyMap<string, Indexed<TInstitution>>;
  courses: ReadonlyMap<string, Indexed<TCourse>>;
  credentials: ReadonlyMap<string, Indexed<TCredential>>;
  /** Every course id listed in the steps, in file order. */
  coursePlacements: readonly CoursePlacement[];
  /** The first placement of each course id listed in the steps. */
  firstPlacement: ReadonlyMap<string, CoursePlacement>;
  credentialPlacements: readonly CredentialPlacement[];
  /** Course pairs linked by a credit agreement, as pairKey(secondaryId, postsecondaryId). */
  linkedPairs: ReadonlySet<string>;
}

export const pairKey = (secondaryId: string, postsecondaryId: string): string =>
  `${secondaryId}\u0000${postsecondaryId}`;

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  items.forEach((value, index) => {
    if (!map.has(value.id)) map.set(value.id, { value, index });
  });
  return map;
}

export function buildContext(
  file: TProgramFile,
  options: ValidateProgramOptions = {},
): RuleContext {
  const { program, catalog } = file;
  const courses = indexById(catalog.courses);
  const credentials = indexById(catalog.credentials);
  const coursePlacements: CoursePlacement[] = [];
  const firstPlacement = new Map<string, CoursePlacement>();
  const credentialPlacements: CredentialPlacement[] = [];
  program.steps.forEach((step, stepIndex) => {
    step.courses.forEach((courseId, index) => {
      const placement: CoursePlacement = {
        courseId,
        course: courses.get(courseId)?.value,
        step,
        stepIndex,
        index,
        path: `program.steps[${stepIndex}].courses[${index}]`,
      };
      coursePlacements.push(placement);
      if (!firstPlacement.has(courseId)) firstPlacement.set(courseId, placement);
    });
    (step.choices ?? []).forEach((choice, choiceIndex) => {
      choice.courses.forEach((courseId, index) => {
        const placement: CoursePlacement = {
          courseId,
          course: courses.get(courseId)?.value,
          step,
          stepIndex,
          index,
          path: `program.steps[${stepIndex}].choices[${choiceIndex}].courses[${index}]`,
          choice: {
            index: choiceIndex,
            choose: choice.choose,
            options: choice.courses.map((id) => courses.get(id)?.value),
          },
        };
        coursePlacements.push(placement);
        if (!firstPlacement.has(courseId)) firstPlacement.set(courseId, placement);
      });
    });
    step.credentials.forEach((credentialId, index) => {
      credentialPlacements.push({
        credentialId,
        credential: credentials.get(credentialId)?.value,
        step,
        stepIndex,
        index,
        path: `program.steps[${stepIndex}].credentials[${index}]`,
      });
    });
    (step.credentialChoices ?? []).forEach((choice, choiceIndex) => {
      const options = choice.credentials.map((id) => credentials.get(id)?.value);
      choice.credentials.forEach((credentialId, index) => {
        credentialPlacements.push({
          credentialId,
          credential: options[index],
          step,
          stepIndex,
          index,
          path: `program.steps[${stepIndex}].credentialChoices[${choiceIndex}].credentials[${index}]`,
          choice: { index: choiceIndex, choose: choice.choose, options },
        });
      });
    });
  });
  const known = options.knownPathways;
  return {
    file,
    program,
    catalog,
    options,
    profile: profileFor(file, options.profile),
    knownPathways: known === undefined ? undefined : known instanceof Set ? known : new Set(known),
    institutions: indexById(catalog.institutions),
    courses,
    credentials,
    coursePlacements,
    firstPlacement,
    credentialPlacements,
    linkedPairs: new Set(
      catalog.creditAgreements.flatMap((a) =>
        a.secondaryCourseId === undefined
          ? []
          : [pairKey(a.secondaryCourseId, a.postsecondaryCourseId)],
      ),
    ),
  };
}
