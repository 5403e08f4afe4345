/**
 * Welding Technology (Manufacturing › Production): Cedar Valley High School's welding courses,
 * two of them dual credit, then the welding certificate and associate degree at Riverside Valley
 * Community College, with a fabrication shop as employer partner.
 */
import type { TProgramBody } from '../../../contracts/program.ts';
import { step, t } from '../build.ts';
import { BUILDER, CEDAR_VALLEY_HS, COLLEGE, DISTRICT } from '../institutions.ts';

export const weldingTechnology: TProgramBody = {
  title: t('Welding Technology', 'Tecnología de soldadura'),
  frameworkId: 'nccf-16',
  pathwayCode: '13-05',
  cipCode: '48.0508',
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
        'cvhs-manufacturing-intro',
      ],
    }),
    step({
      level: 'grade-10',
      courses: [
        'rusd-eng-10',
        'rusd-geometry',
        'rusd-chemistry',
        'rusd-world-history',
        'cvhs-welding-1',
      ],
      credentials: ['osha-10-general'],
    }),
    step({
      level: 'grade-11',
      courses: ['rusd-eng-11', 'rusd-alg-2', 'rusd-physics', 'rusd-us-history', 'cvhs-welding-2'],
      workBasedLearning: [
        {
          type: 'job_shadow',
          title: t('Fabrication shop job shadow', 'Observación en un taller de fabricación'),
          employerId: BUILDER,
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
        'cvhs-welding-3',
      ],
      credentials: ['aws-certified-welder'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            'Structural steel shop internship',
            'Práctica en un taller de acero estructural',
          ),
          employerId: BUILDER,
        },
      ],
    }),
    step({
      level: 'postsecondary-1',
      term: 'fall',
      courses: ['rvcc-wr-121', 'rvcc-mth-107', 'rvcc-wld-112', 'rvcc-wld-131', 'rvcc-wld-140'],
    }),
    step({
      level: 'postsecondary-1',
      term: 'spring',
      courses: ['rvcc-wld-151', 'rvcc-wld-211', 'rvcc-psy-101'],
      credentials: ['rvcc-cc-welding'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'fall',
      courses: ['rvcc-wld-212', 'rvcc-wld-220', 'rvcc-wld-230', 'rvcc-comm-111'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'spring',
      courses: ['rvcc-wld-240', 'rvcc-wld-280'],
      credentials: ['rvcc-aas-welding'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            'Cooperative work experience in steel fabrication',
            'Experiencia laboral cooperativa en fabricación de acero',
          ),
          employerId: BUILDER,
        },
      ],
    }),
  ],
  occupations: [
    {
      soc: '51-4121.00',
      title: 'Welders, Cutters, Solderers, and Brazers',
      credentialId: 'aws-certified-welder',
      point: 'entry',
    },
    {
      soc: '51-4122.00',
      title: 'Welding, Soldering, and Brazing Machine Setters, Operators, and Tenders',
      credentialId: 'rvcc-cc-welding',
      point: 'mid',
    },
    {
      soc: '51-1011.00',
      title: 'First-Line Supervisors of Production and Operating Workers',
      credentialId: 'rvcc-aas-welding',
      point: 'exit',
    },
  ],
};
