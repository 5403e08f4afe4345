/**
 * The Business and Industry endorsement as 19 TAC §74.13 sets it, in both shipped Texas sets (the
 * demo's Texas-style set and the Foundation High School Program): a coherent sequence of four or
 * more credits in CTE, at least two of its courses in the same career cluster, one of them
 * advanced. Each case below was decided from the rule, not read off the code.
 */
import { describe, expect, it } from 'vitest';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { CourseAttempt } from './attempts.ts';
import { checkProgress } from './evaluate.ts';
import { attempt, nodeOf, subject } from './test-factories.ts';

/** A CTE course of a pathway (its cluster is the code's first two digits). */
const cte = (code: string, pathway: string, over: Partial<CourseAttempt> = {}) =>
  attempt(code, { cte: true, pathways: [pathway], ...over });
const advanced = { advanced: true };

const SETS = [
  { id: 'tx-foundation-endorsement', way: 'endorsement' },
  { id: 'tx-fhsp-endorsement', way: 'endorsement-cte' },
] as const;

describe.each(SETS)('the CTE endorsement of $id', ({ id, way }) => {
  const set = shippedRequirementSet(id)!;
  const status = (attempts: CourseAttempt[]) => nodeOf(checkProgress(set, attempts), way).status;

  it('is met by four CTE credits with two courses of one cluster, one advanced', () => {
    expect(
      status([
        cte('IT1', '11-01'),
        cte('IT2', '11-03', advanced),
        cte('HS1', '08-01'),
        cte('HS2', '08-02'),
      ]),
    ).toBe('met');
    // Two courses of two credits each are four credits too.
    expect(
      status([
        cte('IT1', '11-01', { creditsAttempted: 2 }),
        cte('IT2', '11-03', { creditsAttempted: 2, ...advanced }),
      ]),
    ).toBe('met');
  });

  it('is not met by two CTE courses alone (two credits), however advanced', () => {
    expect(status([cte('IT1', '11-01'), cte('IT2', '11-03', advanced)])).toBe('missing');
    expect(status([cte('IT1', '11-01'), cte('IT2', '11-03', advanced), cte('IT3', '11-02')])).toBe(
      'missing',
    );
  });

  it('is not met without two courses of one cluster, or without an advanced one among them', () => {
    const spread = [
      cte('IT1', '11-01', advanced),
      cte('HS1', '08-01'),
      cte('MF1', '13-01'),
      cte('AG1', '01-01'),
    ];
    expect(status(spread)).toBe('missing');
    const advancedElsewhere = [
      cte('IT1', '11-01'),
      cte('IT2', '11-03'),
      cte('IT3', '11-02'),
      cte('HS1', '08-01', advanced),
    ];
    expect(status(advancedElsewhere)).toBe('missing');
    expect(status([cte('IT1', '11-01', { creditsAttempted: 4, ...advanced })])).toBe('missing');
  });

  it('counts a course under way as in progress, and a failed one not at all', () => {
    const base = [cte('IT1', '11-01'), cte('IT2', '11-03', advanced), cte('HS1', '08-01')];
    expect(status([...base, cte('HS2', '08-02', { result: 'in_progress' })])).toBe('in_progress');
    expect(status([...base, cte('HS2', '08-02', { result: 'fail' })])).toBe('missing');
  });
});

describe('the Texas-style set of the demo', () => {
  const texas = shippedRequirementSet('tx-foundation-endorsement')!;
  const foundation = () => [
    ...subject('01', 4),
    attempt('02052'),
    attempt('02072'),
    ...subject('02', 2),
    attempt('03051'),
    ...subject('03', 3),
    ...subject('04', 3),
    ...subject('06', 2),
    attempt('08001'),
    attempt('05001'),
  ];

  it('is met with the Foundation courses, the endorsement and 26 credits', () => {
    const attempts = [
      ...foundation(),
      cte('IT1', '11-01'),
      cte('IT2', '11-03', advanced),
      cte('IT3', '11-02'),
      cte('HS1', '08-01'),
      ...subject('22', 3),
    ];
    const check = checkProgress(texas, attempts);
    expect(nodeOf(check, 'endorsement-11').status).toBe('met');
    expect(nodeOf(check, 'endorsement').status).toBe('met');
    expect(check.root.earned).toBe(26);
    expect(check.status).toBe('met');
  });

  it('is missing with 26 credits but only two CTE courses', () => {
    const attempts = [
      ...foundation(),
      cte('IT1', '11-01'),
      cte('IT2', '11-03', advanced),
      ...subject('22', 5),
    ];
    const check = checkProgress(texas, attempts);
    expect(check.root.earned).toBe(26);
    expect(nodeOf(check, 'endorsement').status).toBe('missing');
    expect(check.status).toBe('missing');
  });
});
