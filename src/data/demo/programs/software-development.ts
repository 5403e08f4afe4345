/**
 * Software Development (Information Technology › Programming & Software Development): Riverside
 * High School's computer science courses, an associate transfer degree at Riverside Valley
 * Community College, and a bachelor's degree at Cascade State University.
 */
import type { TProgramBody } from '../../../contracts/program.ts';
import { step, t } from '../build.ts';
import { COLLEGE, DISTRICT, RIVERSIDE_HS, SOFTWARE_CO, UNIVERSITY } from '../institutions.ts';

export const softwareDevelopment: TProgramBody = {
  title: t('Software Development', 'Desarrollo de software'),
  frameworkId: 'nccf-16',
  pathwayCode: '11-03',
  cipCode: '11.0701',
  ownerId: DISTRICT,
  partners: [
    { institutionId: DISTRICT, role: 'secondary' },
    { institutionId: RIVERSIDE_HS, role: 'secondary' },
    { institutionId: COLLEGE, role: 'postsecondary' },
    { institutionId: UNIVERSITY, role: 'postsecondary' },
    { institutionId: SOFTWARE_CO, role: 'employer' },
  ],
  steps: [
    step({
      level: 'grade-9',
      courses: ['rusd-eng-9', 'rusd-alg-1', 'rusd-biology', 'rusd-world-geo', 'rhs-it-foundations'],
      credentials: ['comptia-tech-plus'],
    }),
    step({
      level: 'grade-10',
      courses: [
        'rusd-eng-10',
        'rusd-geometry',
        'rusd-chemistry',
        'rusd-world-history',
        'rhs-python',
      ],
      credentials: ['pcep'],
      workBasedLearning: [
        {
          type: 'job_shadow',
          title: t('A day with a software team', 'Un día con un equipo de desarrollo de software'),
          employerId: SOFTWARE_CO,
        },
      ],
    }),
    step({
      level: 'grade-11',
      courses: [
        'rusd-eng-11',
        'rusd-alg-2',
        'rusd-physics',
        'rusd-us-history',
        'rhs-web-dev',
        'rhs-ap-csa',
      ],
    }),
    step({
      level: 'grade-12',
      courses: [
        'rusd-eng-12',
        'rusd-precalc',
        'rusd-government',
        'rusd-economics',
        'rhs-software-capstone',
      ],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            'Capstone internship: building a feature with a product team',
            'Práctica del proyecto final: desarrollar una función con un equipo de producto',
          ),
          employerId: SOFTWARE_CO,
        },
      ],
    }),
    step({
      level: 'postsecondary-1',
      term: 'fall',
      courses: ['rvcc-wr-121', 'rvcc-mth-251', 'rvcc-cs-161', 'rvcc-comm-111'],
    }),
    step({
      level: 'postsecondary-1',
      term: 'spring',
      courses: ['rvcc-wr-122', 'rvcc-mth-252', 'rvcc-cs-162', 'rvcc-psy-201'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'fall',
      courses: ['rvcc-mth-231', 'rvcc-ph-211', 'rvcc-cs-260'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'spring',
      courses: ['rvcc-cs-271', 'rvcc-ec-201'],
      credentials: ['rvcc-asot-cs'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'summer',
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            'Summer software engineering internship',
            'Práctica de verano en ingeniería de software',
          ),
          employerId: SOFTWARE_CO,
        },
      ],
    }),
    step({
      level: 'postsecondary-3',
      term: 'fall',
      courses: ['csu-cs-325', 'csu-cs-340', 'csu-st-351', 'csu-wr-327'],
    }),
    step({
      level: 'postsecondary-3',
      term: 'spring',
      courses: ['csu-cs-344', 'csu-cs-361', 'csu-cs-372', 'csu-phl-320'],
    }),
    step({
      level: 'postsecondary-4',
      term: 'fall',
      courses: ['csu-cs-362', 'csu-cs-373', 'csu-cs-461'],
    }),
    step({
      level: 'postsecondary-4',
      term: 'spring',
      courses: ['csu-cs-462', 'csu-cs-492'],
      credentials: ['csu-bs-cs'],
      workBasedLearning: [
        {
          type: 'other',
          title: t(
            'Industry-sponsored senior capstone project',
            'Proyecto final de carrera patrocinado por la industria',
          ),
          employerId: SOFTWARE_CO,
        },
      ],
    }),
  ],
  occupations: [
    {
      soc: '15-1232.00',
      title: 'Computer User Support Specialists',
      credentialId: 'comptia-tech-plus',
      point: 'entry',
    },
    {
      soc: '15-1251.00',
      title: 'Computer Programmers',
      credentialId: 'rvcc-asot-cs',
      point: 'mid',
    },
    {
      soc: '15-1252.00',
      title: 'Software Developers',
      credentialId: 'csu-bs-cs',
      point: 'exit',
    },
    {
      soc: '15-1253.00',
      title: 'Software Quality Assurance Analysts and Testers',
      credentialId: 'csu-bs-cs',
      point: 'exit',
    },
  ],
};
