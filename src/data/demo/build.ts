/**
 * Small builders for the demo region: they fill the fields the contract defaults (empty
 * pathway, prerequisite and step lists) so each catalog entry states only what it means.
 */
import type {
  TCredential,
  TPostsecondaryCourse,
  TSecondaryCourse,
  TStep,
  TSubject,
  TText,
} from '../../contracts/program.ts';

type Loose<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
type Lists = 'pathwayCodes' | 'prerequisites' | 'corequisites';

/** A text in English and Spanish. */
export const t = (en: string, es: string): TText => ({ en, es });

export const hsCourse = (c: Loose<Omit<TSecondaryCourse, 'level'>, Lists>): TSecondaryCourse => ({
  level: 'secondary',
  pathwayCodes: [],
  prerequisites: [],
  corequisites: [],
  ...c,
});

export const collegeCourse = (
  c: Loose<Omit<TPostsecondaryCourse, 'level'>, Lists>,
): TPostsecondaryCourse => ({
  level: 'postsecondary',
  pathwayCodes: [],
  prerequisites: [],
  corequisites: [],
  ...c,
});

export const credential = (c: Loose<TCredential, 'stacksInto'>): TCredential => ({
  stacksInto: [],
  ...c,
});

export const step = (s: Loose<TStep, 'courses' | 'credentials' | 'workBasedLearning'>): TStep => ({
  courses: [],
  credentials: [],
  workBasedLearning: [],
  ...s,
});

/** What sets one course apart; an academic course names its subject, a CTE course its pathways. */
export interface CourseSpec {
  subject?: Exclude<TSubject, 'cte'>;
  pathwayCodes?: string[];
  prerequisites?: string[];
  corequisites?: string[];
}

/**
 * A college's course maker: `course('CS', '161', t(…), 4, { pathwayCodes: ['11-03'] })` is the
 * course "rvcc-cs-161". A course with a subject is academic; one without is CTE.
 */
export const collegeCatalog =
  (institutionId: string, idPrefix: string) =>
  (
    prefix: string,
    number: string,
    title: TText,
    creditHours: number,
    spec: CourseSpec = {},
  ): TPostsecondaryCourse =>
    collegeCourse({
      id: `${idPrefix}-${prefix.toLowerCase()}-${number.toLowerCase()}`,
      institutionId,
      title,
      kind: spec.subject ? 'academic' : 'cte',
      subject: spec.subject ?? 'cte',
      prefix,
      number,
      creditHours,
      pathwayCodes: [...(spec.pathwayCodes ?? [])],
      prerequisites: [...(spec.prerequisites ?? [])],
      corequisites: [...(spec.corequisites ?? [])],
    });
