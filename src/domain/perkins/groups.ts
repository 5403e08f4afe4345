/**
 * Special-population groups and outcome facts a roster may carry (optional columns of the roster
 * CSV, stored as `student_fact` rows). Codes are short and documented in docs/perkins.md.
 */
export const YES_NO = ['Y', 'N'] as const;

/** Dimensions a report disaggregates by, with the codes each accepts. */
export const GROUP_DIMENSIONS = {
  economically_disadvantaged: YES_NO,
  english_learner: YES_NO,
  disability: YES_NO,
  migrant: YES_NO,
  homeless: YES_NO,
  foster_care: YES_NO,
  military_family: YES_NO,
  single_parent: YES_NO,
  /** F female, M male, X another gender or not stated by the student. */
  gender: ['F', 'M', 'X'],
  /**
   * The federal seven: AI American Indian or Alaska Native, AS Asian, BL Black or African
   * American, HI Hispanic or Latino, PI Native Hawaiian or Other Pacific Islander, WH White, MU
   * two or more races.
   */
  race_ethnicity: ['AI', 'AS', 'BL', 'HI', 'PI', 'WH', 'MU'],
} as const satisfies Record<string, readonly string[]>;
export type GroupDimension = keyof typeof GROUP_DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(GROUP_DIMENSIONS) as GroupDimension[];

/**
 * Outcome facts (Y or N): a recognized postsecondary credential earned (5S1), work-based
 * learning done (5S3), graduated (1S1). A district that imports no value for one has its
 * indicator reported as not available, never as 0.
 */
export const OUTCOME_FACTS = ['credential_earned', 'work_based_learning', 'graduated'] as const;
export type OutcomeFact = (typeof OUTCOME_FACTS)[number];

export const FACT_NAMES: readonly string[] = [...DIMENSION_NAMES, ...OUTCOME_FACTS];

/** The code a fact column accepts, or undefined when the value is not one. */
export function factCode(name: string, value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  const codes: readonly string[] =
    name in GROUP_DIMENSIONS ? GROUP_DIMENSIONS[name as GroupDimension] : YES_NO;
  if (codes === YES_NO) {
    if (['Y', 'YES', 'TRUE', '1'].includes(upper)) return 'Y';
    if (['N', 'NO', 'FALSE', '0'].includes(upper)) return 'N';
    return undefined;
  }
  return codes.includes(upper) ? upper : undefined;
}

/** The codes a fact column accepts, for error messages. */
export const factCodes = (name: string): readonly string[] =>
  name in GROUP_DIMENSIONS ? GROUP_DIMENSIONS[name as GroupDimension] : YES_NO;

/** The group a student with no value for a dimension falls in (so the groups add up to all). */
export const NOT_RECORDED = 'not_recorded';
