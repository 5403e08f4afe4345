/**
 * Accounting (Finance › Accounting): Riverside High School's business and accounting courses,
 * then the bookkeeping certificate, the accounting technology associate degree and Oregon's tax
 * preparer license at Riverside Valley Community College.
 */
import type { TProgramBody } from '../../../contracts/program.ts';
import { step, t } from '../build.ts';
import { BUILDER, COLLEGE, DISTRICT, HOSPITAL, RIVERSIDE_HS } from '../institutions.ts';

export const accounting: TProgramBody = {
  title: t('Accounting', 'Contabilidad'),
  frameworkId: 'nccf-16',
  pathwayCode: '06-01',
  cipCode: '52.0302',
  ownerId: DISTRICT,
  partners: [
    { institutionId: DISTRICT, role: 'secondary' },
    { institutionId: RIVERSIDE_HS, role: 'secondary' },
    { institutionId: COLLEGE, role: 'postsecondary' },
    { institutionId: HOSPITAL, role: 'employer' },
    { institutionId: BUILDER, role: 'employer' },
  ],
  steps: [
    step({
      level: 'grade-9',
      courses: ['rusd-eng-9', 'rusd-alg-1', 'rusd-biology', 'rusd-world-geo', 'rhs-intro-business'],
    }),
    step({
      level: 'grade-10',
      courses: [
        'rusd-eng-10',
        'rusd-geometry',
        'rusd-chemistry',
        'rusd-world-history',
        'rhs-business-apps',
      ],
      credentials: ['mos-excel'],
    }),
    step({
      level: 'grade-11',
      courses: [
        'rusd-eng-11',
        'rusd-alg-2',
        'rusd-us-history',
        'rhs-accounting-1',
        'rhs-personal-finance',
      ],
      workBasedLearning: [
        {
          type: 'job_shadow',
          title: t(
            'Hospital finance office job shadow',
            'Observación en la oficina de finanzas del hospital',
          ),
          employerId: HOSPITAL,
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
        'rhs-accounting-2',
      ],
      credentials: ['quickbooks-certified-user'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t('Accounts payable internship', 'Práctica en cuentas por pagar'),
          employerId: BUILDER,
        },
      ],
    }),
    step({
      level: 'postsecondary-1',
      term: 'fall',
      courses: ['rvcc-wr-121', 'rvcc-mth-111', 'rvcc-ba-101', 'rvcc-ba-211'],
    }),
    step({
      level: 'postsecondary-1',
      term: 'spring',
      courses: ['rvcc-ba-213', 'rvcc-ba-177', 'rvcc-cas-170', 'rvcc-ec-201'],
      credentials: ['rvcc-cc-bookkeeping', 'intuit-bookkeeping'],
    }),
    step({
      level: 'postsecondary-2',
      term: 'fall',
      courses: ['rvcc-ba-226', 'rvcc-ba-256', 'rvcc-ba-228', 'rvcc-comm-111'],
      workBasedLearning: [
        {
          type: 'service_learning',
          title: t(
            'Free tax preparation for neighbors with IRS VITA',
            'Preparación gratuita de impuestos para la comunidad con el programa VITA del IRS',
          ),
        },
      ],
    }),
    step({
      level: 'postsecondary-2',
      term: 'spring',
      courses: ['rvcc-ba-257', 'rvcc-ba-280', 'rvcc-psy-101'],
      credentials: ['rvcc-aas-accounting', 'or-ltp'],
      workBasedLearning: [
        {
          type: 'internship',
          title: t(
            'Cooperative work experience in a company accounting office',
            'Experiencia laboral cooperativa en el departamento de contabilidad de una empresa',
          ),
          employerId: BUILDER,
        },
      ],
    }),
  ],
  occupations: [
    {
      soc: '43-3031.00',
      title: 'Bookkeeping, Accounting, and Auditing Clerks',
      credentialId: 'quickbooks-certified-user',
      point: 'entry',
    },
    {
      soc: '43-3051.00',
      title: 'Payroll and Timekeeping Clerks',
      credentialId: 'rvcc-cc-bookkeeping',
      point: 'mid',
    },
    { soc: '13-2082.00', title: 'Tax Preparers', credentialId: 'or-ltp', point: 'exit' },
  ],
};
