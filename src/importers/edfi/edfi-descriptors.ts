/**
 * Ed-Fi descriptor code values (the part after "#") → the roster's fact codes
 * (domain/perkins/groups.ts, docs/perkins.md). Codes are compared folded (lower case, letters and
 * digits only), so Data Standard v5's "Black - African American" and v6's "Black or African
 * American" both match. `undefined` means the value is not one this table knows: the import
 * reports it and records nothing for it.
 */
const fold = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
const table = <T>(entries: Record<string, T>) =>
  new Map(Object.entries(entries).map(([k, v]) => [fold(k), v]));

/** SexDescriptor → gender: Female F, Male M; not selected or non-binary X. */
const SEX = table({ Female: 'F', Male: 'M', 'Not Selected': 'X', 'Non-binary': 'X' });

/** RaceDescriptor → race_ethnicity; "Choose Not to Respond" is known and records nothing. */
const RACE = table<string | null>({
  'American Indian - Alaska Native': 'AI',
  'American Indian - Alaskan Native': 'AI',
  'American Indian or Alaska Native': 'AI',
  Asian: 'AS',
  'Black - African American': 'BL',
  'Black or African American': 'BL',
  'Native Hawaiian - Pacific Islander': 'PI',
  'Native Hawaiian or Pacific Islander': 'PI',
  'Native Hawaiian or Other Pacific Islander': 'PI',
  White: 'WH',
  'Hispanic or Latino': 'HI',
  'Choose Not to Respond': null,
});

/**
 * LimitedEnglishProficiencyDescriptor → english_learner. Perkins V's English learner is a
 * student identified as one now (ESEA §8101), so a monitored former English learner is N.
 */
const LEP = table({
  Limited: 'Y',
  NotLimited: 'N',
  'Limited Monitored 1': 'N',
  'Limited Monitored 2': 'N',
});

/** StudentCharacteristicDescriptor → the group it marks (Y while it applies). */
const CHARACTERISTIC = table<string | null>({
  'Economic Disadvantaged': 'economically_disadvantaged',
  'Economically Disadvantaged': 'economically_disadvantaged',
  Homeless: 'homeless',
  Migrant: 'migrant',
  'Foster Care': 'foster_care',
  'Parent in Military': 'military_family',
  'Single Parent': 'single_parent',
  // Known characteristics no Perkins group uses.
  Asylee: null,
  Displaced: null,
  'Displaced Homemaker': null,
  Immigrant: null,
  Pregnant: null,
  Refugee: null,
  Runaway: null,
  'Unaccompanied Youth': null,
  Other: null,
});

/** SupporterMilitaryConnectionDescriptor (Data Standard v5) → military_family. */
const MILITARY = table<string | null>({
  'Active duty': 'Y',
  'National Guard or Reserve': 'Y',
  'Not military connected': 'N',
  Unknown: null,
});

/** ProgramTypeDescriptor of a program that serves students with disabilities. */
const DISABILITY_PROGRAMS = new Set(
  ['Special Education', 'Section 504 Placement', 'Section 504'].map(fold),
);

export const sexCode = (code: string) => SEX.get(fold(code));
export const raceCode = (code: string) => RACE.get(fold(code));
export const englishLearnerCode = (code: string) => LEP.get(fold(code));
export const characteristicGroup = (code: string) => CHARACTERISTIC.get(fold(code));
export const militaryCode = (code: string) => MILITARY.get(fold(code));
export const servesDisability = (programType: string) => DISABILITY_PROGRAMS.has(fold(programType));
