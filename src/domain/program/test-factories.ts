/**
 * Test data for program-of-study validation: a valid, realistic program of study with its catalog
 * (software development; nursing is in test-factories-nursing.ts), `modify` and helpers to derive
 * broken ones, and `checkRule` to run one rule. Builders of single entries are in test-builders.ts.
 */
import type { TProgramFile, TStep, TStepLevel } from '../../contracts/program.ts';
import { buildContext, type ValidateProgramOptions } from './context.ts';
import type { Finding, Rule } from './finding.ts';
import {
  agreement,
  collegeCourse,
  credential,
  highSchoolCore,
  hsCourse,
  institutions,
  PARTNERS,
  step,
} from './test-builders.ts';

export {
  agreement,
  collegeCourse,
  credential,
  credentialCredit,
  hsCourse,
  step,
} from './test-builders.ts';

const SW = { pathwayCodes: ['11-03'] };

/** Software development (pathway 11-03): Riverside High School into an AAS at Valley CC. */
export function softwareProgram(): TProgramFile {
  return {
    id: 'riverside-software-development',
    program: {
      title: {
        en: 'Software Development',
        es: 'Desarrollo de software',
      },
      frameworkId: 'nccf-16',
      pathwayCode: '11-03',
      cipCode: '11.0201',
      ownerId: 'district',
      partners: PARTNERS,
      steps: [
        step('grade-9', ['eng-9', 'alg-1', 'biology', 'cs-discoveries']),
        step('grade-10', ['eng-10', 'geometry', 'world-history', 'web-design']),
        step('grade-11', ['eng-11', 'alg-2', 'us-history', 'intro-programming']),
        step('grade-12', ['eng-12', 'precalculus', 'government', 'ap-csa'], {
          credentials: ['pcep'],
          workBasedLearning: [
            {
              type: 'job_shadow',
              title: { en: 'Software team job shadow' },
              employerId: 'employer',
            },
          ],
        }),
        step('postsecondary-1', ['wr-121', 'mth-111', 'cis-133', 'cis-140'], { term: 'fall' }),
        step('postsecondary-1', ['wr-227', 'mth-231', 'cis-150', 'cis-160'], {
          term: 'spring',
          credentials: ['swdev-cert'],
        }),
        step('postsecondary-2', ['cis-210', 'cis-233', 'spe-111'], { term: 'fall' }),
        step('postsecondary-2', ['cis-250', 'cis-280', 'psy-201'], {
          term: 'spring',
          credentials: ['aas-swdev'],
          workBasedLearning: [
            {
              type: 'internship',
              title: { en: 'Software development internship' },
              employerId: 'employer',
            },
          ],
        }),
      ],
      occupations: [
        {
          soc: '15-1251.00',
          title: 'Computer Programmers',
          credentialId: 'swdev-cert',
          point: 'entry',
        },
        {
          soc: '15-1253.00',
          title: 'Software Quality Assurance Analysts and Testers',
          point: 'mid',
        },
        {
          soc: '15-1252.00',
          title: 'Software Developers',
          credentialId: 'aas-swdev',
          point: 'exit',
        },
      ],
    },
    catalog: {
      institutions: institutions({
        district: 'Riverside School District',
        hs: 'Riverside High School',
        college: 'Valley Community College',
        employer: 'Cascade Software Co.',
      }),
      courses: [
        ...highSchoolCore([
          hsCourse('biology', 'Biology', 'science', [9, 10]),
          hsCourse('precalculus', 'Precalculus', 'mathematics', [11, 12], {
            prerequisites: ['alg-2'],
          }),
        ]),
        hsCourse('cs-discoveries', 'Computer Science Discoveries', 'cte', [9, 10], SW),
        hsCourse('web-design', 'Web Design', 'cte', [10, 12], { pathwayCodes: ['11-03', '11-04'] }),
        hsCourse('intro-programming', 'Introduction to Programming', 'cte', [10, 12], {
          ...SW,
          prerequisites: ['cs-discoveries'],
        }),
        hsCourse('ap-csa', 'AP Computer Science A', 'cte', [11, 12], {
          ...SW,
          prerequisites: ['intro-programming'],
        }),
        collegeCourse('cis-115', 'CIS 115', 'Introduction to Programming', 'cte', SW),
        collegeCourse('cis-135', 'CIS 135', 'Java Programming', 'cte', SW),
        collegeCourse('wr-121', 'WR 121', 'English Composition', 'english'),
        collegeCourse('wr-227', 'WR 227', 'Technical Writing', 'english', {
          prerequisites: ['wr-121'],
        }),
        collegeCourse('mth-111', 'MTH 111', 'College Algebra', 'mathematics', { creditHours: 4 }),
        collegeCourse('mth-231', 'MTH 231', 'Discrete Mathematics', 'mathematics', {
          creditHours: 4,
          prerequisites: ['mth-111'],
        }),
        collegeCourse('spe-111', 'SPE 111', 'Public Speaking', 'other'),
        collegeCourse('psy-201', 'PSY 201', 'General Psychology', 'social_studies'),
        collegeCourse('cis-133', 'CIS 133', 'Web Development I', 'cte', SW),
        collegeCourse('cis-140', 'CIS 140', 'Database Design', 'cte', SW),
        collegeCourse('cis-150', 'CIS 150', 'Data Structures', 'cte', {
          ...SW,
          prerequisites: ['cis-135'],
        }),
        collegeCourse('cis-160', 'CIS 160', 'Systems Analysis and Design', 'cte', SW),
        collegeCourse('cis-210', 'CIS 210', 'Software Engineering', 'cte', {
          ...SW,
          prerequisites: ['cis-150'],
        }),
        collegeCourse('cis-233', 'CIS 233', 'Web Development II', 'cte', {
          ...SW,
          prerequisites: ['cis-133'],
        }),
        collegeCourse('cis-250', 'CIS 250', 'Mobile Application Development', 'cte', {
          ...SW,
          prerequisites: ['cis-150'],
        }),
        collegeCourse('cis-280', 'CIS 280', 'Software Development Internship', 'cte', {
          ...SW,
          prerequisites: ['cis-210'],
        }),
      ],
      creditAgreements: [
        agreement('intro-programming-cis-115', 'dual_credit', 'intro-programming', 'cis-115'),
        agreement('ap-csa-cis-135', 'exam_credit', 'ap-csa', 'cis-135', {
          credits: 4,
          exam: { name: 'AP Computer Science A', minScore: 3 },
        }),
      ],
      credentials: [
        credential(
          'pcep',
          'PCEP – Certified Entry-Level Python Programmer',
          'industry_certification',
          {
            issuer: 'OpenEDG Python Institute',
            level: 'entry',
          },
        ),
        credential(
          'swdev-cert',
          'Certificate of Completion in Software Development',
          'certificate',
          {
            issuer: 'Valley Community College',
            level: 'entry',
            stacksInto: ['aas-swdev'],
          },
        ),
        credential(
          'aas-swdev',
          'Associate of Applied Science in Software Development',
          'associate',
          {
            issuer: 'Valley Community College',
            level: 'mid',
          },
        ),
      ],
    },
  };
}

/** A deep copy of `file`, changed by `change`. */
export function modify(file: TProgramFile, change: (draft: TProgramFile) => void): TProgramFile {
  const draft = structuredClone(file);
  change(draft);
  return draft;
}

/** The first step of `level` (and `term`, when given). Throws when there is none. */
export function stepOf(file: TProgramFile, level: TStepLevel, term?: TStep['term']): TStep {
  const found = file.program.steps.find(
    (s) => s.level === level && (term === undefined || s.term === term),
  );
  if (!found) throw new Error(`no ${level} ${term ?? ''} step`);
  return found;
}

/** The catalog course with this id. Throws when there is none. */
export function courseOf(file: TProgramFile, id: string) {
  const found = file.catalog.courses.find((c) => c.id === id);
  if (!found) throw new Error(`no course ${id}`);
  return found;
}

/** Takes a course id out of every step. */
export function unplace(file: TProgramFile, courseId: string): void {
  for (const s of file.program.steps) s.courses = s.courses.filter((id) => id !== courseId);
}

/** Runs one rule on a program file. */
export function checkRule(
  rule: Rule,
  file: TProgramFile,
  options: ValidateProgramOptions = {},
): Finding[] {
  return rule.check(buildContext(file, options));
}
