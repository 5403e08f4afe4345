import { describe, expect, it } from 'vitest';
import type { TPlanOptions } from '../../contracts/plans.ts';
import type { TCourse } from '../../contracts/program.ts';
import {
  addCredential,
  addWorkBasedLearning,
  editOf,
  removeCredential,
  removeWorkBasedLearning,
  addCourse,
  checkDraft,
  draftOf,
  moveCourse,
  pickCredential,
  pickOption,
  removeCourse,
  setDualCredit,
  swapCourse,
} from './plan-draft.ts';

const course = (id: string, over: Partial<TCourse> = {}): TCourse =>
  ({
    id,
    institutionId: 'rhs',
    level: 'secondary',
    kind: 'academic',
    stateCode: id.toUpperCase(),
    title: { en: `Course ${id}`, es: `Curso ${id}` },
    carnegieUnits: 1,
    gradeMin: 9,
    gradeMax: 12,
    prerequisites: [],
    ...over,
  }) as TCourse;

const options: TPlanOptions = {
  programs: [],
  requirementSets: [],
  courses: [
    course('alg1'),
    course('alg2', { prerequisites: ['alg1'] }),
    course('senior', { gradeMin: 11 }),
    course('far', { institutionId: 'other-high' }),
  ],
  choices: ['alg1', 'alg2', 'senior'],
  offeredBy: ['rhs', 'rusd'],
  passed: [],
  creditAgreements: ['alg2'],
  credentials: [],
  pathways: [],
  currentVersion: 1,
};
const goals = { career: null, postsecondary: null, benchmarks: [] };

describe('plan draft', () => {
  it('checks each step with its reason: prerequisite, grade range, not offered', () => {
    let draft = addCourse(
      { courses: [], credentials: [], workBasedLearning: [], goals },
      'alg1',
      'grade-9',
    );
    draft = addCourse(draft, 'alg2', 'grade-10');
    expect(checkDraft(draft, options, 'en')).toEqual([]);
    draft = moveCourse(draft, 1, 'grade-9');
    expect(checkDraft(draft, options, 'en')).toEqual([
      expect.objectContaining({
        rule: 'prerequisite',
        message: 'Course alg2 needs Course alg1 first: pass it or plan it in an earlier grade.',
      }),
    ]);
    draft = swapCourse(draft, 0, 'senior');
    expect(checkDraft(draft, options, 'es').map((f) => f.rule)).toEqual([
      'grade_range',
      'prerequisite',
    ]);
    draft = addCourse(removeCourse(draft, 1), 'far', 'grade-12');
    expect(checkDraft(draft, options, 'en')).toEqual([
      expect.objectContaining({ rule: 'grade_range' }),
      expect.objectContaining({ rule: 'not_offered', courseId: 'far' }),
    ]);
    expect(setDualCredit(draft, 1, true).courses[1]).toEqual({
      courseId: 'far',
      level: 'grade-12',
      dualCredit: true,
    });
    expect(checkDraft(setDualCredit(draft, 1, true), options, 'en')).toContainEqual(
      expect.objectContaining({ rule: 'dual_credit', courseId: 'far' }),
    );
  });
});

describe('plan draft credentials and work-based learning', () => {
  it('adds a credential once (moving it to the new grade), removes one, and sends both', () => {
    const empty = { courses: [], credentials: [], workBasedLearning: [], goals };
    let draft = addCredential(empty, 'cpr', 'grade-10');
    draft = addCredential(draft, 'cna', 'grade-12');
    draft = addCredential(draft, 'cpr', 'grade-11');
    expect(draft.credentials).toEqual([
      { credentialId: 'cna', level: 'grade-12' },
      { credentialId: 'cpr', level: 'grade-11' },
    ]);
    draft = removeCredential(draft, 0);
    expect(draft.credentials).toEqual([{ credentialId: 'cpr', level: 'grade-11' }]);
    draft = addWorkBasedLearning(
      draft,
      { type: 'job_shadow', title: 'Un día en la clínica', level: 'grade-10' },
      'es',
    );
    draft = addWorkBasedLearning(
      draft,
      { type: 'internship', title: 'Summer', level: 'grade-12' },
      'en',
    );
    expect(draft.workBasedLearning).toEqual([
      {
        level: 'grade-10',
        type: 'job_shadow',
        title: { en: 'Un día en la clínica', es: 'Un día en la clínica' },
      },
      { level: 'grade-12', type: 'internship', title: { en: 'Summer' } },
    ]);
    draft = removeWorkBasedLearning(draft, 0);
    const edit = editOf(draft, 3);
    expect(edit).toMatchObject({
      baseVersion: 3,
      credentials: [{ credentialId: 'cpr', level: 'grade-11' }],
      workBasedLearning: [{ type: 'internship' }],
    });
  });
});

describe('plan draft of a plan with choices', () => {
  it('keeps the choice a course was picked for, so a save does not lose it', () => {
    const plan = {
      courses: [
        { courseId: 'alg1', level: 'grade-9', dualCredit: false },
        { courseId: 'senior', level: 'grade-11', dualCredit: false, choice: 0 },
      ],
      credentials: [],
      workBasedLearning: [],
      goals,
    } as unknown as Parameters<typeof draftOf>[0];
    expect(editOf(draftOf(plan), 1).courses).toEqual([
      { courseId: 'alg1', level: 'grade-9', dualCredit: false, choice: null },
      { courseId: 'senior', level: 'grade-11', dualCredit: false, choice: 0 },
    ]);
  });

  it('says a course is plain (choice null) even when no pick is left, so the server keeps none', () => {
    const plan = {
      courses: [{ courseId: 'senior', level: 'grade-11', dualCredit: false }],
      credentials: [],
      workBasedLearning: [],
      goals,
    } as unknown as Parameters<typeof draftOf>[0];
    expect(editOf(draftOf(plan), 1).courses).toEqual([
      { courseId: 'senior', level: 'grade-11', dualCredit: false, choice: null },
    ]);
  });
});

describe('picking the options of a choice in the draft', () => {
  const opt = (courseId: string) => ({
    courseId,
    code: courseId,
    title: courseId,
    titleLang: 'en' as const,
    credits: 1,
  });
  const base = {
    courses: [
      { courseId: 'alg1', level: 'grade-9' as const, dualCredit: false },
      { courseId: 'web', level: 'grade-10' as const, dualCredit: false, choice: 0 },
    ],
    choices: [
      { level: 'grade-11' as const, choose: 1, options: [opt('web'), opt('csa')], picked: [] },
      {
        level: 'grade-12' as const,
        choose: 2,
        options: [opt('gov'), opt('econ'), opt('psy')],
        picked: [],
      },
    ],
    credentials: [],
    workBasedLearning: [],
    goals,
  };

  it('replaces the pick of a choose-1, in the grade it was moved to', () => {
    expect(pickOption(base, 0, 'csa', true).courses[1]).toEqual({
      courseId: 'csa',
      level: 'grade-10',
      dualCredit: false,
      choice: 0,
    });
  });

  it('adds picks to a choose-2 in its grade up to two, and lets one go', () => {
    let draft = pickOption(base, 1, 'gov', true);
    draft = pickOption(draft, 1, 'econ', true);
    expect(pickOption(draft, 1, 'psy', true)).toBe(draft);
    expect(draft.courses.filter((c) => c.choice === 1)).toEqual([
      { courseId: 'gov', level: 'grade-12', dualCredit: false, choice: 1 },
      { courseId: 'econ', level: 'grade-12', dualCredit: false, choice: 1 },
    ]);
    draft = pickOption(draft, 1, 'gov', false);
    expect(draft.courses.filter((c) => c.choice === 1).map((c) => c.courseId)).toEqual(['econ']);
  });

  it('a pick swapped for an option keeps its choice; for any other course it leaves it', () => {
    expect(swapCourse(base, 1, 'csa').courses[1]).toMatchObject({ courseId: 'csa', choice: 0 });
    expect(swapCourse(base, 1, 'alg2').courses[1]).toEqual({
      courseId: 'alg2',
      level: 'grade-10',
      dualCredit: false,
    });
  });
});

describe('the draft’s choices of credentials', () => {
  const opt = (credentialId: string) => ({
    credentialId,
    title: credentialId.toUpperCase(),
    titleLang: 'en' as const,
    type: 'certificate' as const,
  });
  const base = {
    courses: [],
    credentials: [{ credentialId: 'pct', level: 'grade-12' as const }],
    credentialChoices: [
      { level: 'grade-11' as const, choose: 1, options: [opt('cna'), opt('pct')], picked: ['cna'] },
      {
        level: 'postsecondary-1' as const,
        choose: 2,
        options: [opt('cpr'), opt('bls'), opt('ekg')],
        picked: ['cpr'],
      },
    ],
    workBasedLearning: [],
    goals: { career: null, postsecondary: null, benchmarks: [] },
  };

  it('replaces the pick of an earn-1, taking the option out of the plain credentials', () => {
    const draft = pickCredential(base, 0, 'pct', true);
    expect(draft.credentialChoices![0]!.picked).toEqual(['pct']);
    expect(draft.credentials).toEqual([]);
    expect(editOf(draft, 4).credentialPicks).toEqual([['pct'], ['cpr']]);
  });

  it('adds picks to an earn-2 up to two, lets one go, and ignores an option it lacks', () => {
    let draft = pickCredential(base, 1, 'bls', true);
    expect(pickCredential(draft, 1, 'ekg', true)).toBe(draft);
    expect(draft.credentialChoices![1]!.picked).toEqual(['cpr', 'bls']);
    draft = pickCredential(draft, 1, 'cpr', false);
    expect(draft.credentialChoices![1]!.picked).toEqual(['bls']);
    expect(pickCredential(draft, 1, 'cna', true)).toBe(draft);
  });

  it('sends no picks for a plan without choices of credentials', () => {
    const { credentialChoices: _none, ...plain } = base;
    expect(editOf(plain, 1)).not.toHaveProperty('credentialPicks');
  });
});
