/**
 * Builders of catalog entries and steps for tests: a high school course, a college course, a
 * credential, a credit agreement, a step; shared institutions, partners and core academics.
 */
import type {
  TCredential,
  TCreditAgreement,
  TInstitution,
  TPostsecondaryCourse,
  TProgramFile,
  TSecondaryCourse,
  TStep,
  TStepLevel,
  TSubject,
} from '../../contracts/program.ts';

const kindOf = (subject: TSubject) => (subject === 'cte' ? 'cte' : 'academic');

/** A high school course offered in grades `grades[0]`–`grades[1]`. */
export function hsCourse(
  id: string,
  title: string,
  subject: TSubject,
  grades: [number, number],
  extra: Partial<TSecondaryCourse> = {},
): TSecondaryCourse {
  return {
    id,
    institutionId: 'hs',
    title: { en: title },
    kind: kindOf(subject),
    subject,
    pathwayCodes: [],
    prerequisites: [],
    corequisites: [],
    level: 'secondary',
    stateCode: `${subject.slice(0, 3).toUpperCase()}-${id}`,
    carnegieUnits: 1,
    gradeMin: grades[0],
    gradeMax: grades[1],
    ...extra,
  };
}

/** A college course: "CIS 115". */
export function collegeCourse(
  id: string,
  code: string,
  title: string,
  subject: TSubject,
  extra: Partial<TPostsecondaryCourse> = {},
): TPostsecondaryCourse {
  const [prefix = 'GEN', number = '100'] = code.split(' ');
  return {
    id,
    institutionId: 'college',
    title: { en: title },
    kind: kindOf(subject),
    subject,
    pathwayCodes: [],
    prerequisites: [],
    corequisites: [],
    level: 'postsecondary',
    prefix,
    number,
    creditHours: 3,
    ...extra,
  };
}

export function credential(
  id: string,
  title: string,
  type: TCredential['type'],
  extra: Partial<TCredential> = {},
): TCredential {
  return { id, title: { en: title }, type, stacksInto: [], ...extra };
}

export function agreement(
  id: string,
  type: TCreditAgreement['type'],
  secondaryCourseId: string,
  postsecondaryCourseId: string,
  extra: Partial<TCreditAgreement> = {},
): TCreditAgreement {
  return {
    id,
    type,
    secondaryCourseId,
    postsecondaryCourseId,
    credits: 3,
    secondaryInstitutionId: 'hs',
    postsecondaryInstitutionId: 'college',
    effectiveFrom: '2025-07-01',
    ...extra,
  };
}

/** A credential-credit agreement: holding `credentialId` earns `postsecondaryCourseId`'s credit. */
export function credentialCredit(
  id: string,
  credentialId: string,
  postsecondaryCourseId: string,
  extra: Partial<TCreditAgreement> = {},
): TCreditAgreement {
  return {
    id,
    type: 'credential_credit',
    credentialId,
    postsecondaryCourseId,
    credits: 3,
    postsecondaryInstitutionId: 'college',
    effectiveFrom: '2025-07-01',
    ...extra,
  };
}

export function step(level: TStepLevel, courses: string[], extra: Partial<TStep> = {}): TStep {
  const { term, ...rest } = extra;
  return {
    level,
    ...(term ? { term } : {}),
    courses,
    credentials: [],
    workBasedLearning: [],
    ...rest,
  };
}

export function institutions(names: {
  district: string;
  hs: string;
  college: string;
  employer: string;
}): TInstitution[] {
  return [
    { id: 'district', kind: 'district', name: names.district, state: 'OR' },
    { id: 'hs', kind: 'high_school', name: names.hs, parentId: 'district', state: 'OR' },
    { id: 'college', kind: 'college', name: names.college, state: 'OR' },
    { id: 'employer', kind: 'employer', name: names.employer, state: 'OR' },
  ];
}

export const PARTNERS: TProgramFile['program']['partners'] = [
  { institutionId: 'district', role: 'secondary' },
  { institutionId: 'college', role: 'postsecondary' },
  { institutionId: 'employer', role: 'employer' },
];

/** English, mathematics, science and social studies for grades 9–12. */
export function highSchoolCore(science: TSecondaryCourse[]): TSecondaryCourse[] {
  return [
    hsCourse('eng-9', 'English 9', 'english', [9, 9]),
    hsCourse('eng-10', 'English 10', 'english', [10, 10], { prerequisites: ['eng-9'] }),
    hsCourse('eng-11', 'American Literature', 'english', [11, 11], { prerequisites: ['eng-10'] }),
    hsCourse('eng-12', 'British Literature', 'english', [12, 12], { prerequisites: ['eng-11'] }),
    hsCourse('alg-1', 'Algebra I', 'mathematics', [9, 10]),
    hsCourse('geometry', 'Geometry', 'mathematics', [9, 11], { prerequisites: ['alg-1'] }),
    hsCourse('alg-2', 'Algebra II', 'mathematics', [10, 12], { prerequisites: ['geometry'] }),
    ...science,
    hsCourse('world-history', 'World History', 'social_studies', [9, 10]),
    hsCourse('us-history', 'U.S. History', 'social_studies', [11, 11]),
    hsCourse('government', 'Government and Economics', 'social_studies', [12, 12]),
  ];
}
