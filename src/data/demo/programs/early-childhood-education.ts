/**
 * Early Childhood Education (Human Services › Early Childhood Development & Services): Cedar
 * Valley High School's child development courses with an on-campus preschool lab and the CDA,
 * then the early childhood certificate and associate degree at Riverside Valley Community
 * College, with practicums at the medical center's child development center. The 16-cluster
 * framework files early childhood care and education under Human Services, not Education &
 * Training (whose Teaching/Training pathway serves K–12 teaching).
 */
import type { TProgramBody } from '../../../contracts/program.ts';
import { step, t } from '../build.ts';
import { CEDAR_VALLEY_HS, COLLEGE, DISTRICT, HOSPITAL } from '../institutions.ts';

const CENTER = t(
  'at the medical center’s child development center',
  'en el centro de desarrollo infantil del centro médico',
);

export const earlyChildhoodEducation: TProgramBody = {
  title: t('Early Childhood Education', 'Educación de la primera infancia'),
  frameworkId: 'nccf-16',
  pathwayCode: '10-03',
  cipCode: '19.0709',
  ownerId: DISTRICT,
  partners: [
    { institutionId: DISTRICT, role: 'secondary' },
    { institutionId: CEDAR_VALLEY_HS, role: 'secondary' },
    { institutionId: COLLEGE, role: 'postsecondary' },
    { institutionId: HOSPITAL, role: 'employer' },
  ],
  steps: [
    step({
      level: 'grade-9',
      courses: ['rusd-eng-9', 'rusd-alg-1', 'rusd-biology', 'rusd-world-geo', 'cvhs-child-dev'],
    }),
    step({
      level: 'grade-10',
      courses: [
        'rusd-eng-10',
        'rusd-geometry',
        'rusd-chemistry',
        'rusd-world-history',
        'cvhs-ece-1',
      ],
    }),
    step({
      level: 'grade-11',
      courses: ['rusd-eng-11', 'rusd-alg-2', 'rusd-us-history', 'cvhs-ece-2'],
      credentials: ['redcross-pediatric-cpr'],
      workBasedLearning: [
        {
          type: 'school_enterprise',
          title: t(
            'Teaching in the school’s own preschool lab',
            'Enseñanza en el laboratorio preescolar de la escuela',
          ),
        },
      ],
    }),
    step({
      level: 'grade-12',
      courses: [
        'rusd-eng-12',
        'rusd-statistics',
        'rusd-government',
        'rusd-economics',
        'cvhs-ece-3',
      ],
      credentials: ['cda-preschool'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            `Preschool classroom internship ${CENTER.en}`,
            `Práctica en un aula preescolar ${CENTER.es}`,
          ),
          employerId: HOSPITAL,
        },
      ],
    }),
    step({
      level: 'postsecondary-1',
      term: 'fall',
      courses: ['rvcc-wr-121', 'rvcc-psy-201', 'rvcc-ece-140', 'rvcc-ece-150'],
    }),
    step({
      level: 'postsecondary-1',
      term: 'spring',
      courses: ['rvcc-hdf-247', 'rvcc-ece-160', 'rvcc-ece-170', 'rvcc-ece-250'],
      credentials: ['rvcc-cc-ece'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(`Practicum I ${CENTER.en}`, `Práctica I ${CENTER.es}`),
          employerId: HOSPITAL,
        },
      ],
    }),
    step({
      level: 'postsecondary-2',
      term: 'fall',
      courses: ['rvcc-mth-105', 'rvcc-ece-210', 'rvcc-ece-220', 'rvcc-ece-230'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'spring',
      courses: ['rvcc-comm-111', 'rvcc-ece-240', 'rvcc-ece-260'],
      credentials: ['rvcc-aas-ece'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            `Practicum II: leading a classroom ${CENTER.en}`,
            `Práctica II: dirigir un aula ${CENTER.es}`,
          ),
          employerId: HOSPITAL,
        },
      ],
    }),
  ],
  occupations: [
    {
      soc: '39-9011.00',
      title: 'Childcare Workers',
      credentialId: 'cda-preschool',
      point: 'entry',
    },
    {
      soc: '25-2011.00',
      title: 'Preschool Teachers, Except Special Education',
      credentialId: 'rvcc-cc-ece',
      point: 'mid',
    },
    {
      soc: '11-9031.00',
      title: 'Education and Childcare Administrators, Preschool and Daycare',
      credentialId: 'rvcc-aas-ece',
      point: 'exit',
    },
  ],
};
