import { describe, expect, it } from 'vitest';
import type { TSecondaryCourse } from '../../contracts/program.ts';
import { checkPlan, reviewDue, schoolYearStart } from './check-plan.ts';

const course = (id: string, over: Partial<TSecondaryCourse> = {}): TSecondaryCourse => ({
  id,
  institutionId: 'hs',
  title: { en: id.toUpperCase(), es: `${id}-es` },
  kind: 'academic',
  subject: 'mathematics',
  pathwayCodes: [],
  prerequisites: [],
  corequisites: [],
  level: 'secondary',
  stateCode: id,
  carnegieUnits: 1,
  gradeMin: 9,
  gradeMax: 12,
  ...over,
});

const courses = new Map(
  [
    course('alg1', { gradeMax: 10 }),
    course('geo', { prerequisites: ['alg1'] }),
    course('weld', { institutionId: 'other-hs' }),
  ].map((c) => [c.id, c]),
);
const context = {
  courses,
  offeredBy: new Set(['hs', 'district']),
  passed: new Set<string>(),
  creditAgreements: new Set(['geo']),
  lang: 'en' as const,
};

describe('checkPlan', () => {
  it('accepts a dual credit mark only on a course an agreement covers, with the reason', () => {
    const plan = [
      { courseId: 'alg1', level: 'grade-9' as const, dualCredit: true },
      { courseId: 'geo', level: 'grade-10' as const, dualCredit: true },
    ];
    const findings = checkPlan(plan, context);
    expect(findings.map((f) => [f.rule, f.courseId])).toEqual([['dual_credit', 'alg1']]);
    expect(findings[0]!.message).toBe(
      'ALG1 is marked dual credit, but no agreement with a college gives college credit for it: remove the mark or ask your counselor.',
    );
    expect(checkPlan(plan, { ...context, lang: 'es' })[0]!.message).toMatch(
      /^alg1-es está marcado como crédito doble, pero ningún acuerdo/,
    );
    const unmarked = plan.map((c) => ({ ...c, dualCredit: false }));
    expect(checkPlan(unmarked, context)).toEqual([]);
    expect(checkPlan(plan, { ...context, creditAgreements: new Set(['alg1', 'geo']) })).toEqual([]);
  });

  it('passes a plan in order', () => {
    expect(
      checkPlan(
        [
          { courseId: 'alg1', level: 'grade-9', dualCredit: false },
          { courseId: 'geo', level: 'grade-10', dualCredit: false },
        ],
        context,
      ),
    ).toEqual([]);
  });

  it('gives each problem with its reason', () => {
    const findings = checkPlan(
      [
        { courseId: 'geo', level: 'grade-9', dualCredit: false },
        { courseId: 'alg1', level: 'grade-11', dualCredit: false },
        { courseId: 'weld', level: 'grade-11', dualCredit: false },
        { courseId: 'weld', level: 'grade-12', dualCredit: false },
        { courseId: 'ghost', level: 'grade-12', dualCredit: false },
      ],
      context,
    );
    expect(findings.map((f) => [f.rule, f.courseId, f.message])).toEqual([
      ['prerequisite', 'geo', 'GEO needs ALG1 first: pass it or plan it in an earlier grade.'],
      ['grade_range', 'alg1', 'ALG1 is offered in grades 9–10, not grade 11.'],
      ['not_offered', 'weld', 'WELD is not offered at your school.'],
      ['duplicate', 'weld', 'WELD is in the plan twice.'],
      ['not_offered', 'weld', 'WELD is not offered at your school.'],
      ['unknown_course', 'ghost', 'There is no course ghost in the catalog.'],
    ]);
  });

  it('accepts a prerequisite already passed, and speaks Spanish', () => {
    const plan = [{ courseId: 'geo', level: 'grade-9' as const, dualCredit: false }];
    expect(checkPlan(plan, { ...context, passed: new Set(['alg1']) })).toEqual([]);
    expect(checkPlan(plan, { ...context, lang: 'es' })[0]!.message).toBe(
      'geo-es necesita alg1-es antes: apruébalo o ponlo en un grado anterior.',
    );
  });
});

describe('yearly review', () => {
  it('is due when no counselor signed since July 1 of the current school year', () => {
    const now = new Date('2026-11-26T00:00:00Z');
    expect(schoolYearStart(now).toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(schoolYearStart(new Date('2026-03-01T00:00:00Z')).toISOString()).toBe(
      '2025-07-01T00:00:00.000Z',
    );
    expect(reviewDue(null, now)).toBe(true);
    expect(reviewDue(new Date('2026-06-30T00:00:00Z'), now)).toBe(true);
    expect(reviewDue(new Date('2026-09-01T00:00:00Z'), now)).toBe(false);
  });
});
