/**
 * Nursing (Health Science › Therapeutic Services): Riverside High School's health science
 * courses and nursing assistant training, then the associate degree in nursing at Riverside
 * Valley Community College, with clinical experience at Riverside Valley Medical Center.
 */
import type { TProgramBody } from '../../../contracts/program.ts';
import { step, t } from '../build.ts';
import { COLLEGE, DISTRICT, HOSPITAL, RIVERSIDE_HS } from '../institutions.ts';

export const nursing: TProgramBody = {
  title: t('Nursing', 'Enfermería'),
  frameworkId: 'nccf-16',
  pathwayCode: '08-05',
  cipCode: '51.3801',
  ownerId: DISTRICT,
  partners: [
    { institutionId: DISTRICT, role: 'secondary' },
    { institutionId: RIVERSIDE_HS, role: 'secondary' },
    { institutionId: COLLEGE, role: 'postsecondary' },
    { institutionId: HOSPITAL, role: 'employer' },
  ],
  steps: [
    step({
      level: 'grade-9',
      courses: ['rusd-eng-9', 'rusd-alg-1', 'rusd-biology', 'rusd-world-geo', 'rhs-health-sci'],
    }),
    step({
      level: 'grade-10',
      courses: [
        'rusd-eng-10',
        'rusd-geometry',
        'rusd-chemistry',
        'rusd-world-history',
        'rhs-med-term',
      ],
      workBasedLearning: [
        {
          type: 'job_shadow',
          title: t('Hospital unit job shadow', 'Observación de un día en una unidad hospitalaria'),
          employerId: HOSPITAL,
        },
      ],
    }),
    step({
      level: 'grade-11',
      courses: ['rusd-eng-11', 'rusd-alg-2', 'rusd-anatomy', 'rusd-us-history', 'rhs-patient-care'],
      credentials: ['aha-bls'],
    }),
    step({
      level: 'grade-12',
      courses: [
        'rusd-eng-12',
        'rusd-statistics',
        'rusd-government',
        'rusd-economics',
        'rhs-nurse-aide',
      ],
      credentials: ['or-cna-1'],
      workBasedLearning: [
        {
          type: 'clinical',
          title: t(
            'Nursing assistant clinical hours in long-term care',
            'Horas clínicas de auxiliar de enfermería en cuidados de larga duración',
          ),
          employerId: HOSPITAL,
        },
      ],
    }),
    step({
      level: 'postsecondary-1',
      term: 'fall',
      courses: ['rvcc-wr-121', 'rvcc-mth-111', 'rvcc-bi-231', 'rvcc-psy-201'],
    }),
    step({
      level: 'postsecondary-1',
      term: 'spring',
      courses: ['rvcc-bi-232', 'rvcc-bi-234', 'rvcc-psy-215', 'rvcc-nrs-110'],
      workBasedLearning: [
        {
          type: 'clinical',
          title: t('Fundamentals clinical rotation', 'Rotación clínica de fundamentos'),
          employerId: HOSPITAL,
        },
      ],
    }),
    step({
      level: 'postsecondary-2',
      term: 'fall',
      courses: ['rvcc-nrs-120', 'rvcc-nrs-125', 'rvcc-nrs-220', 'rvcc-fn-225'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'spring',
      courses: ['rvcc-nrs-210', 'rvcc-nrs-215', 'rvcc-nrs-230'],
      credentials: ['rvcc-aas-nursing', 'or-rn'],
      workBasedLearning: [
        {
          type: 'clinical',
          title: t(
            'Capstone preceptorship on a medical-surgical unit',
            'Preceptoría final en una unidad médico-quirúrgica',
          ),
          employerId: HOSPITAL,
        },
      ],
    }),
  ],
  occupations: [
    { soc: '31-1131.00', title: 'Nursing Assistants', credentialId: 'or-cna-1', point: 'entry' },
    {
      soc: '29-2061.00',
      title: 'Licensed Practical and Licensed Vocational Nurses',
      point: 'mid',
    },
    { soc: '29-1141.00', title: 'Registered Nurses', credentialId: 'or-rn', point: 'exit' },
  ],
};
