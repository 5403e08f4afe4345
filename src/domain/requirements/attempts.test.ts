/**
 * A pass that earned no credit (attempts.ts): credit withheld (attempted, none earned) counts
 * nowhere; a course carrying no credit by design (0 attempted) fills no requirement asking for
 * credits or a number of courses, only a course set asking for the one course it selects.
 */
import { describe, expect, it } from 'vitest';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { TRequirementNode } from '../../contracts/requirements.ts';
import { classifyAttempts, creditWithheld, earnedCourse, type CourseAttempt } from './attempts.ts';
import { describeNotCounted, sentenceText } from './describe.ts';
import { checkProgress } from './evaluate.ts';
import { attempt, leaf, nodeOf, setOf } from './test-factories.ts';

/** Passed with a passing mark, credit attempted, none earned. */
const withheld = (code: string, over: Partial<CourseAttempt> = {}) =>
  attempt(code, { creditsEarned: 0, grade: 'C', ...over });
/** Passed, a course that carries no credit (advisory). */
const noCredit = (code: string, over: Partial<CourseAttempt> = {}) =>
  attempt(code, { creditsAttempted: 0, creditsEarned: 0, grade: 'P', ...over });
const cte = (code: string, pathway: string, over: Partial<CourseAttempt> = {}) =>
  attempt(code, { cte: true, pathways: [pathway], ...over });

describe('a pass that earned no credit', () => {
  it('tells a withheld credit from a course carrying none, and both from an earned course', () => {
    expect([withheld('A'), noCredit('B'), attempt('C')].map(creditWithheld)).toEqual([
      true,
      false,
      false,
    ]);
    expect([withheld('A'), noCredit('B'), attempt('C')].map(earnedCourse)).toEqual([
      false,
      false,
      true,
    ]);
    expect(creditWithheld(attempt('D', { result: 'fail' }))).toBe(false);
  });

  it('a withheld credit is not counted (no_credit); a course carrying none is', () => {
    const [w, n] = [withheld('BIO'), noCredit('ADV')];
    const { countable, notCounted } = classifyAttempts([w, n]);
    expect(notCounted).toEqual([{ attempt: w, reason: 'no_credit' }]);
    expect(countable.map((c) => [c.attempt.key, c.credits])).toEqual([[n.key, 0]]);
  });

  it('fills no number of courses, whichever way it earned nothing', () => {
    const set = setOf(leaf('two', { codes: ['ART*'] }, { minCourses: 2 }));
    const status = (list: CourseAttempt[]) => checkProgress(set, list).status;
    expect(status([attempt('ART1'), attempt('ART2')])).toBe('met');
    expect(status([attempt('ART1'), withheld('ART2')])).toBe('missing');
    expect(status([attempt('ART1'), noCredit('ART2')])).toBe('missing');
    // Under way or planned, a course carrying no credit will not fill it either.
    expect(status([attempt('ART1'), noCredit('ART2', { result: 'in_progress' })])).toBe('missing');
    expect(status([attempt('ART1'), noCredit('ART2', { result: 'planned' })])).toBe('missing');
    expect(status([attempt('ART1'), attempt('ART2', { result: 'planned' })])).toBe('planned');
  });

  it('fills no credits, and is not shown as counted toward them', () => {
    const set = setOf({
      id: 'electives',
      title: { en: 'Electives' },
      type: 'credits_of',
      credits: 2,
      select: { codes: ['*'] },
      children: [],
    });
    const check = checkProgress(set, [attempt('A1'), withheld('A2'), noCredit('A3')]);
    expect(check.status).toBe('missing');
    expect(check.root.earned).toBe(1);
    expect(check.root.counted.map((c) => c.code)).toEqual(['A1']);
  });

  it('a course set asking for the one course it selects takes a course carrying no credit', () => {
    const set = setOf(leaf('history', { codes: ['WASH'] }));
    expect(checkProgress(set, [noCredit('WASH', { schoolYear: 2022 })]).status).toBe('met');
    expect(checkProgress(set, [withheld('WASH')]).status).toBe('missing');
  });

  it('a withheld credit earned again by a retake counts the retake, and says so', () => {
    const first = withheld('ALG1', { schoolYear: 2025 });
    const again = attempt('ALG1', { schoolYear: 2026 });
    const set = setOf(leaf('algebra', { codes: ['ALG1'] }, { minCredits: 1 }));
    const check = checkProgress(set, [first, again]);
    expect(check.status).toBe('met');
    expect(check.notCounted).toEqual([{ attemptKey: first.key, reason: 'no_credit' }]);
    expect(sentenceText(describeNotCounted(first, 'no_credit', 'en'))).toBe(
      'Course ALG1, 2024–25, was passed but its credit was withheld, so it does not count. Earning the credit back, or taking the course again, can fix that.',
    );
    expect(sentenceText(describeNotCounted(first, 'no_credit', 'es', 'completed'))).toBe(
      'Course ALG1, 2024–25, se aprobó pero no se otorgó el crédito, así que ese intento no cuenta; el curso se volvió a tomar.',
    );
  });

  it('does not count in a years set (UC a-g) either', () => {
    const set = setOf(leaf('arts', { codes: ['ART*'] }, { minCredits: 1 }), { unit: 'years' });
    const s1 = attempt('ART1', { term: 'S1', creditsAttempted: 5 });
    expect(
      checkProgress(set, [s1, attempt('ART1', { term: 'S2', creditsAttempted: 5 })]).status,
    ).toBe('met');
    expect(
      checkProgress(set, [s1, withheld('ART1', { term: 'S2', creditsAttempted: 5 })]).status,
    ).toBe('missing');
  });
});

describe.each([
  { id: 'tx-foundation-endorsement', way: 'endorsement' },
  { id: 'tx-fhsp-endorsement', way: 'endorsement-cte' },
])('the Texas CTE endorsement of $id', ({ id, way }) => {
  const set = shippedRequirementSet(id)!;
  const status = (attempts: CourseAttempt[]) => nodeOf(checkProgress(set, attempts), way).status;
  // Four CTE credits; cluster 11 has two courses only with IT2, the advanced one.
  const others = [
    cte('IT1', '11-01'),
    cte('HS1', '08-01'),
    cte('HS2', '08-02'),
    cte('HS3', '08-03'),
  ];

  it('two courses of one cluster are two courses that earned their credit', () => {
    expect(status([...others, cte('IT2', '11-03', { advanced: true })])).toBe('met');
    expect(status([...others, cte('IT2', '11-03', { advanced: true, creditsEarned: 0 })])).toBe(
      'missing',
    );
    expect(
      status([
        ...others,
        cte('IT2', '11-03', { advanced: true, creditsAttempted: 0, creditsEarned: 0 }),
      ]),
    ).toBe('missing');
  });
});

describe('a counselor substitution', () => {
  it('may still place a course carrying no credit where credit-bearing courses are asked', () => {
    const root: TRequirementNode = leaf('two', { codes: ['ART*'] }, { minCourses: 2 });
    const lab = noCredit('LAB1');
    const check = checkProgress(
      setOf(root),
      [attempt('ART1'), lab],
      [{ kind: 'substitute', nodeId: 'two', attemptKey: lab.key, reason: 'lab counts' }],
    );
    expect(check.status).toBe('met');
  });
});
