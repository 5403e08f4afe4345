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

describe('startPlan from a program whose steps offer choices', () => {
  // As published plans write them: "choose 1 of" two CTE courses in grade 11, "choose 2 of"
  // three electives in grade 12 (one of them also a course every student takes), and a choice
  // in a college year that stays the program's.
  const withChoices: TProgramBody = {
    ...program,
    steps: [
      step({ level: 'grade-10', courses: ['bio', 'anatomy'] }),
      step({
        level: 'grade-11',
        courses: ['med-term'],
        choices: [
          {
            choose: 1,
            courses: ['pharm-tech', 'dental'],
            note: { en: 'Health careers', es: 'Carreras de salud' },
          },
        ],
      }),
      step({
        level: 'grade-12',
        term: 'spring',
        choices: [{ choose: 2, courses: ['anatomy', 'emt', 'nutrition', 'psych'] }],
      }),
      step({
        level: 'postsecondary-1',
        choices: [{ choose: 1, courses: ['nur-101', 'nur-102'] }],
      }),
    ],
  };

  it('keeps each high-school choice with its options, grade and note', () => {
    const body = startPlan(withChoices, 'nursing', 1, new Set());
    expect(body.choices).toEqual([
      {
        level: 'grade-11',
        choose: 1,
        options: ['pharm-tech', 'dental'],
        note: { en: 'Health careers', es: 'Carreras de salud' },
      },
      { level: 'grade-12', choose: 2, options: ['anatomy', 'emt', 'nutrition', 'psych'] },
    ]);
  });

  it('places the first N options not already in the plan, marked with their choice', () => {
    const body = startPlan(withChoices, 'nursing', 1, new Set(['emt']));
    expect(body.courses.filter((c) => c.choice !== undefined)).toEqual([
      { courseId: 'pharm-tech', level: 'grade-11', dualCredit: false, choice: 0 },
      { courseId: 'emt', level: 'grade-12', dualCredit: true, choice: 1 },
      { courseId: 'nutrition', level: 'grade-12', dualCredit: false, choice: 1 },
    ]);
    // Every course of the plan is there once.
    const ids = body.courses.map((c) => c.courseId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('nur-101');
  });

  it('picks fewer when the other options are already in the plan', () => {
    const crowded: TProgramBody = {
      ...program,
      steps: [
        step({ level: 'grade-9', courses: ['a', 'b'] }),
        step({ level: 'grade-10', choices: [{ choose: 2, courses: ['a', 'b', 'c'] }] }),
      ],
    };
    const body = startPlan(crowded, 'p', 1, new Set());
    expect(body.courses.filter((c) => c.choice === 0).map((c) => c.courseId)).toEqual(['c']);
  });

  it('a program without choices gives a plan without any', () => {
    const body = startPlan(program, 'nursing', 3, new Set());
    expect(body.choices).toEqual([]);
    expect(body.courses.every((c) => c.choice === undefined)).toBe(true);
  });
});

describe('startPlan from a program whose steps offer a choice of credentials', () => {
  const withChoices: TProgramBody = {
    ...program,
    steps: [
      step({
        level: 'grade-10',
        credentials: ['cpr'],
        credentialChoices: [{ choose: 1, credentials: ['osha-10', 'first-aid'] }],
      }),
      step({
        level: 'grade-12',
        credentials: ['cna-cert'],
        credentialChoices: [
          { choose: 2, credentials: ['cna-cert', 'pct', 'ekg', 'phlebotomy'] },
          { choose: 1, credentials: ['cpr', 'bls'], note: { en: 'Life support' } },
        ],
      }),
      step({
        level: 'postsecondary-1',
        credentialChoices: [{ choose: 1, credentials: ['lpn', 'cma'] }],
      }),
    ],
  };

  it('keeps each choice with the first N options not already in the plan picked', () => {
    const body = startPlan(withChoices, 'nursing', 1, new Set());
    expect(body.credentials).toEqual([
      { credentialId: 'cpr', level: 'grade-10' },
      { credentialId: 'cna-cert', level: 'grade-12' },
    ]);
    expect(body.credentialChoices).toEqual([
      { level: 'grade-10', choose: 1, options: ['osha-10', 'first-aid'], picked: ['osha-10'] },
      // cna-cert is listed outright: the choice of 2 takes the next two options.
      {
        level: 'grade-12',
        choose: 2,
        options: ['cna-cert', 'pct', 'ekg', 'phlebotomy'],
        picked: ['pct', 'ekg'],
      },
      {
        level: 'grade-12',
        choose: 1,
        options: ['cpr', 'bls'],
        note: { en: 'Life support' },
        picked: ['bls'],
      },
      { level: 'postsecondary-1', choose: 1, options: ['lpn', 'cma'], picked: ['lpn'] },
    ]);
  });

  it('copies the college-year choices without listing them as high-school credentials', () => {
    const body = startPlan(withChoices, 'nursing', 1, new Set());
    const ids = body.credentials!.map((c) => c.credentialId);
    expect(ids).not.toContain('lpn');
    expect(body.credentialChoices!.filter((c) => c.level === 'postsecondary-1')).toHaveLength(1);
  });
});

describe('startFromPathway', () => {
  it('sets the pathway as the goal and leaves the years empty', () => {
    expect(startFromPathway('08-05')).toEqual({
      programId: null,
      programVersion: null,
      pathwayCode: '08-05',
      courses: [],
      choices: [],
      credentials: [],
      credentialChoices: [],
      workBasedLearning: [],
      goals: { career: null, postsecondary: null, benchmarks: [] },
    });
  });
});
