import { describe, expect, it } from 'vitest';
import type { TProgramBody, TStep } from '../../contracts/program.ts';
import { startFromPathway, startPlan } from './start-plan.ts';

const step = (over: Partial<TStep> & Pick<TStep, 'level'>): TStep => ({
  courses: [],
  credentials: [],
  workBasedLearning: [],
  ...over,
});

const program: TProgramBody = {
  title: { en: 'Nursing' },
  frameworkId: 'nccf-16',
  pathwayCode: '08-05',
  ownerId: 'district',
  partners: [],
  occupations: [],
  steps: [
    step({ level: 'grade-9', courses: ['bio'] }),
    step({
      level: 'grade-10',
      courses: ['med-term'],
      credentials: ['cpr'],
      workBasedLearning: [
        { type: 'job_shadow', title: { en: 'A day at a clinic', es: 'Un día en una clínica' } },
      ],
    }),
    step({
      level: 'grade-12',
      term: 'fall',
      courses: ['cna'],
      credentials: ['cna-cert'],
      workBasedLearning: [
        { type: 'clinical', title: { en: 'Clinical hours' }, employerId: 'hosp' },
      ],
    }),
    step({ level: 'grade-12', term: 'spring', credentials: ['cna-cert'] }),
    step({
      level: 'postsecondary-1',
      courses: ['nur-101'],
      credentials: ['rn'],
      workBasedLearning: [{ type: 'clinical', title: { en: 'Hospital rotation' } }],
    }),
  ],
};

describe('startPlan from a program', () => {
  it('copies high-school courses, credentials and work-based learning by grade', () => {
    const body = startPlan(program, 'nursing', 3, new Set(['med-term']));
    expect(body).toMatchObject({ programId: 'nursing', programVersion: 3, pathwayCode: '08-05' });
    expect(body.courses).toEqual([
      { courseId: 'bio', level: 'grade-9', dualCredit: false },
      { courseId: 'med-term', level: 'grade-10', dualCredit: true },
      { courseId: 'cna', level: 'grade-12', dualCredit: false },
    ]);
    expect(body.credentials).toEqual([
      { credentialId: 'cpr', level: 'grade-10' },
      { credentialId: 'cna-cert', level: 'grade-12' },
    ]);
    expect(body.workBasedLearning).toEqual([
      {
        level: 'grade-10',
        type: 'job_shadow',
        title: { en: 'A day at a clinic', es: 'Un día en una clínica' },
      },
      { level: 'grade-12', type: 'clinical', title: { en: 'Clinical hours' }, employerId: 'hosp' },
    ]);
  });

  it('leaves the postsecondary years to the program', () => {
    const body = startPlan(program, 'nursing', 3, new Set());
    expect(body.courses.map((c) => c.courseId)).not.toContain('nur-101');
    expect(body.credentials!.map((c) => c.credentialId)).not.toContain('rn');
    expect(body.workBasedLearning!.map((w) => w.title.en)).not.toContain('Hospital rotation');
  });
});

describe('startFromPathway', () => {
  it('sets the pathway as the goal and leaves the years empty', () => {
    expect(startFromPathway('08-05')).toEqual({
      programId: null,
      programVersion: null,
      pathwayCode: '08-05',
      courses: [],
      credentials: [],
      workBasedLearning: [],
      goals: { career: null, postsecondary: null, benchmarks: [] },
    });
  });
});
