/**
 * Construction Technology (Architecture & Construction › Construction): Cedar Valley High
 * School's construction courses, ending in a student-built house, then the construction
 * technology certificate and associate degree at Riverside Valley Community College.
 */
import type { TProgramBody } from '../../../contracts/program.ts';
import { step, t } from '../build.ts';
import { BUILDER, CEDAR_VALLEY_HS, COLLEGE, DISTRICT } from '../institutions.ts';

export const constructionTechnology: TProgramBody = {
  title: t('Construction Technology', 'Tecnología de la construcción'),
  frameworkId: 'nccf-16',
  pathwayCode: '02-01',
  cipCode: '46.0000',
  ownerId: DISTRICT,
  partners: [
    { institutionId: DISTRICT, role: 'secondary' },
    { institutionId: CEDAR_VALLEY_HS, role: 'secondary' },
    { institutionId: COLLEGE, role: 'postsecondary' },
    { institutionId: BUILDER, role: 'employer' },
  ],
  steps: [
    step({
      level: 'grade-9',
      courses: [
        'rusd-eng-9',
        'rusd-alg-1',
        'rusd-biology',
        'rusd-world-geo',
        'cvhs-construction-intro',
      ],
    }),
    step({
      level: 'grade-10',
      courses: [
        'rusd-eng-10',
        'rusd-geometry',
        'rusd-chemistry',
        'rusd-world-history',
        'cvhs-construction-1',
      ],
      credentials: ['osha-10-construction'],
      workBasedLearning: [
        {
          type: 'job_shadow',
          title: t('Job site visit and shadow', 'Visita y observación en una obra'),
          employerId: BUILDER,
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
        'cvhs-construction-2',
      ],
    }),
    step({
      level: 'grade-12',
      courses: [
        'rusd-eng-12',
        'rusd-statistics',
        'rusd-government',
        'rusd-economics',
        'cvhs-construction-capstone',
      ],
      credentials: ['nccer-core'],
      workBasedLearning: [
        {
          type: 'school_enterprise',
          title: t(
            'Student-built home, sold to a local family',
            'Vivienda construida por estudiantes y vendida a una familia local',
          ),
        },
        {
          type: 'internship',
          title: t(
            'Summer carpentry crew internship',
            'Práctica de verano en una cuadrilla de carpintería',
          ),
          employerId: BUILDER,
        },
      ],
    }),
    step({
      level: 'postsecondary-1',
      term: 'fall',
      courses: ['rvcc-wr-121', 'rvcc-mth-107', 'rvcc-con-110', 'rvcc-con-130'],
    }),
    step({
      level: 'postsecondary-1',
      term: 'spring',
      courses: ['rvcc-con-140', 'rvcc-con-150', 'rvcc-psy-101'],
      credentials: ['rvcc-cc-construction'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'fall',
      courses: ['rvcc-con-210', 'rvcc-con-220', 'rvcc-con-230', 'rvcc-wr-227'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'spring',
      courses: ['rvcc-con-240', 'rvcc-con-280', 'rvcc-comm-111'],
      credentials: ['rvcc-aas-construction', 'osha-30-construction'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            'Cooperative work experience with a general contractor',
            'Experiencia laboral cooperativa con un contratista general',
          ),
          employerId: BUILDER,
        },
      ],
    }),
  ],
  occupations: [
    {
      soc: '47-2061.00',
      title: 'Construction Laborers',
      credentialId: 'osha-10-construction',
      point: 'entry',
    },
    { soc: '47-2031.00', title: 'Carpenters', credentialId: 'rvcc-cc-construction', point: 'mid' },
    {
      soc: '47-1011.00',
      title: 'First-Line Supervisors of Construction Trades and Extraction Workers',
      credentialId: 'rvcc-aas-construction',
      point: 'exit',
    },
  ],
};
