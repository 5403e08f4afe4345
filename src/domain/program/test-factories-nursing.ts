/** A valid, realistic nursing program of study (pathway 08-05 Therapeutic Services), for tests. */
import type { TProgramFile } from '../../contracts/program.ts';
import {
  agreement,
  collegeCourse,
  credential,
  credentialCredit,
  highSchoolCore,
  hsCourse,
  institutions,
  PARTNERS,
  step,
} from './test-builders.ts';

/** A deep copy of `file`, changed by `change`. */
function modify(file: TProgramFile, change: (draft: TProgramFile) => void): TProgramFile {
  const draft = structuredClone(file);
  change(draft);
  return draft;
}

const TS = { pathwayCodes: ['08-05'] };

/** Nursing: Lakeview High School's health science courses into an ADN at Northshore CC. */
export function nursingProgram(): TProgramFile {
  return {
    id: 'lakeview-nursing',
    program: {
      title: { en: 'Nursing', es: 'Enfermería' },
      frameworkId: 'nccf-16',
      pathwayCode: '08-05',
      cipCode: '51.3801',
      ownerId: 'district',
      partners: PARTNERS,
      steps: [
        step('grade-9', ['eng-9', 'alg-1', 'biology', 'health-science-1']),
        step('grade-10', [
          'eng-10',
          'geometry',
          'world-history',
          'chemistry',
          'medical-terminology',
        ]),
        step('grade-11', ['eng-11', 'alg-2', 'us-history', 'anatomy', 'health-science-2']),
        step('grade-12', ['eng-12', 'statistics', 'government', 'nurse-aide'], {
          credentials: ['cna'],
          workBasedLearning: [
            {
              type: 'clinical',
              title: { en: 'Long-term care clinical rotation' },
              employerId: 'employer',
            },
          ],
        }),
        step('postsecondary-1', ['wr-121', 'bio-231', 'psy-201', 'hlt-105'], { term: 'fall' }),
        step('postsecondary-1', ['bio-232', 'bio-234', 'nur-101', 'nur-102'], { term: 'spring' }),
        step('postsecondary-2', ['nur-201', 'nur-205', 'psy-215'], { term: 'fall' }),
        step('postsecondary-2', ['nur-202', 'nur-210', 'nur-290'], {
          term: 'spring',
          credentials: ['adn', 'rn'],
          workBasedLearning: [
            { type: 'clinical', title: { en: 'Capstone preceptorship' }, employerId: 'employer' },
          ],
        }),
      ],
      occupations: [
        { soc: '31-1131.00', title: 'Nursing Assistants', credentialId: 'cna', point: 'entry' },
        {
          soc: '29-2061.00',
          title: 'Licensed Practical and Licensed Vocational Nurses',
          point: 'mid',
        },
        { soc: '29-1141.00', title: 'Registered Nurses', credentialId: 'rn', point: 'exit' },
      ],
    },
    catalog: {
      institutions: institutions({
        district: 'Lakeview School District',
        hs: 'Lakeview High School',
        college: 'Northshore Community College',
        employer: 'Mercy Regional Medical Center',
      }),
      courses: [
        ...highSchoolCore([
          hsCourse('biology', 'Biology', 'science', [9, 10]),
          hsCourse('chemistry', 'Chemistry', 'science', [10, 12], { prerequisites: ['alg-1'] }),
          hsCourse('anatomy', 'Anatomy and Physiology', 'science', [11, 12], {
            ...TS,
            prerequisites: ['biology'],
          }),
          hsCourse('statistics', 'Statistics', 'mathematics', [11, 12], {
            prerequisites: ['alg-2'],
          }),
        ]),
        hsCourse('health-science-1', 'Principles of Health Science', 'cte', [9, 10], TS),
        hsCourse('medical-terminology', 'Medical Terminology', 'cte', [10, 12], TS),
        hsCourse('health-science-2', 'Health Science Theory and Practice', 'cte', [11, 12], {
          ...TS,
          prerequisites: ['health-science-1'],
        }),
        hsCourse('nurse-aide', 'Nurse Aide Training', 'cte', [12, 12], {
          ...TS,
          prerequisites: ['health-science-2'],
          carnegieUnits: 2,
        }),
        collegeCourse('hca-110', 'HCA 110', 'Nursing Assistant', 'cte', { ...TS, creditHours: 6 }),
        collegeCourse('hlt-105', 'HLT 105', 'Medical Terminology', 'cte', TS),
        collegeCourse('wr-121', 'WR 121', 'English Composition', 'english'),
        collegeCourse('psy-201', 'PSY 201', 'General Psychology', 'social_studies'),
        collegeCourse('psy-215', 'PSY 215', 'Lifespan Development', 'social_studies', {
          prerequisites: ['psy-201'],
        }),
        collegeCourse('bio-231', 'BIO 231', 'Human Anatomy and Physiology I', 'science', {
          creditHours: 4,
        }),
        collegeCourse('bio-232', 'BIO 232', 'Human Anatomy and Physiology II', 'science', {
          creditHours: 4,
          prerequisites: ['bio-231'],
        }),
        collegeCourse('bio-234', 'BIO 234', 'Microbiology', 'science', {
          creditHours: 4,
          prerequisites: ['bio-231'],
        }),
        collegeCourse('nur-101', 'NUR 101', 'Foundations of Nursing Practice', 'cte', {
          ...TS,
          creditHours: 6,
          prerequisites: ['bio-231'],
          corequisites: ['nur-102'],
        }),
        collegeCourse('nur-102', 'NUR 102', 'Nursing Skills Laboratory', 'cte', {
          ...TS,
          creditHours: 2,
          corequisites: ['nur-101'],
        }),
        collegeCourse('nur-201', 'NUR 201', 'Medical-Surgical Nursing I', 'cte', {
          ...TS,
          creditHours: 8,
          prerequisites: ['nur-101'],
        }),
        collegeCourse('nur-205', 'NUR 205', 'Maternal and Child Health Nursing', 'cte', {
          ...TS,
          creditHours: 5,
          prerequisites: ['nur-101'],
        }),
        collegeCourse('nur-202', 'NUR 202', 'Medical-Surgical Nursing II', 'cte', {
          ...TS,
          creditHours: 8,
          prerequisites: ['nur-201'],
        }),
        collegeCourse('nur-210', 'NUR 210', 'Mental Health Nursing', 'cte', {
          ...TS,
          creditHours: 4,
          prerequisites: ['nur-101'],
        }),
        collegeCourse('nur-290', 'NUR 290', 'Nursing Capstone Practicum', 'cte', {
          ...TS,
          creditHours: 4,
          prerequisites: ['nur-201', 'nur-205'],
        }),
      ],
      creditAgreements: [
        agreement('nurse-aide-hca-110', 'dual_credit', 'nurse-aide', 'hca-110', { credits: 6 }),
        agreement(
          'medical-terminology-hlt-105',
          'articulated_credit',
          'medical-terminology',
          'hlt-105',
        ),
      ],
      credentials: [
        credential('cna', 'Certified Nursing Assistant (CNA)', 'industry_certification', {
          issuer: 'Oregon State Board of Nursing',
          level: 'entry',
        }),
        credential('adn', 'Associate Degree in Nursing (ADN)', 'associate', {
          issuer: 'Northshore Community College',
          level: 'mid',
        }),
        credential('rn', 'Registered Nurse License (NCLEX-RN)', 'license', {
          issuer: 'Oregon State Board of Nursing',
          level: 'mid',
        }),
      ],
    },
  };
}

/** Nursing: grade 12 earns one of CNA or PCT; the CNA earns HCA 110's credit at the college. */
export function nursingWithCredentialOptions(): TProgramFile {
  return modify(nursingProgram(), (f) => {
    f.catalog.credentials.push(
      credential('pct', 'Patient Care Technician', 'industry_certification', {
        issuer: 'NHA',
        level: 'entry',
      }),
    );
    f.catalog.creditAgreements[0] = credentialCredit('cna-hca-110', 'cna', 'hca-110', {
      credits: 6,
    });
    const grade12 = f.program.steps.find((s) => s.level === 'grade-12')!;
    grade12.credentials = [];
    grade12.credentialChoices = [
      { choose: 1, credentials: ['cna', 'pct'], note: { en: 'Patient care', es: 'Atención' } },
    ];
  });
}
