import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_REQUIREMENT_SETS } from '../../data/requirements/index.ts';
import type { CourseAttempt } from './attempts.ts';
import { checkProgress } from './evaluate.ts';
import type { RequirementException } from './exceptions.ts';
import { nodeIds } from './leaves.ts';

/** Course codes that selectors tell apart by code, SCED subject, CTE flag and pathway. */
const CODES = ['01001', '02052', '02072', '02056', '03051', '04001', '05001', '08001', '10001'];
const arbAttempt = fc.record({
  code: fc.constantFrom(...CODES, 'CTE-IT-100', 'X-1', 'x-1'),
  sced: fc.constantFrom(null, '01001', '02052', '10011', '13001', '21001'),
  schoolYear: fc.integer({ min: 2023, max: 2027 }),
  term: fc.constantFrom('year', 'fall', 'spring', 'S1', 'other'),
  credits: fc.constantFrom(0.5, 1, 1, 2),
  grade: fc.constantFrom('A', 'B', 'C-', 'D', 'F', 'P', null),
  result: fc.constantFrom('pass', 'pass', 'fail', 'withdrawn', 'in_progress', 'planned' as const),
  cte: fc.boolean(),
  pathways: fc.constantFrom([], ['08-05'], ['11-02'], ['08-05', '11-02']),
  dualCredit: fc.boolean(),
  advanced: fc.boolean(),
});
type Drawn = typeof arbAttempt extends fc.Arbitrary<infer T> ? T : never;

const toAttempts = (drawn: Drawn[]): CourseAttempt[] =>
  drawn.map((d, i) => ({
    key: `k${i}`,
    code: d.code,
    title: d.code,
    scedCode: d.sced,
    schoolYear: d.schoolYear,
    term: d.term,
    creditsAttempted: d.credits,
    creditsEarned: d.result === 'pass' ? d.credits : 0,
    grade: d.grade,
    result: d.result,
    cte: d.cte,
    pathways: d.pathways,
    dualCredit: d.dualCredit,
    advanced: d.advanced,
  }));

const arbStudent = fc.record({
  set: fc.nat({ max: SHIPPED_REQUIREMENT_SETS.length - 1 }),
  attempts: fc.array(arbAttempt, { maxLength: 24 }),
  exceptions: fc.array(
    fc.record({
      kind: fc.constantFrom('substitute', 'waive', 'force_complete' as const),
      node: fc.nat(),
      attempt: fc.nat(),
    }),
    { maxLength: 3 },
  ),
});

describe('the compiled requirement set', () => {
  it('checks a student as a set never checked before would: what it remembers of other students changes nothing', () => {
    fc.assert(
      fc.property(fc.array(arbStudent, { minLength: 2, maxLength: 12 }), (students) => {
        for (const s of students) {
          const set = SHIPPED_REQUIREMENT_SETS[s.set]!;
          const ids = nodeIds(set).ids;
          const attempts = toAttempts(s.attempts);
          const exceptions: RequirementException[] = s.exceptions.map((e) => ({
            kind: e.kind,
            nodeId: ids[e.node % ids.length]!,
            attemptKey:
              e.kind === 'substitute' && attempts.length > 0
                ? attempts[e.attempt % attempts.length]!.key
                : null,
            reason: 'r',
          }));
          // The shipped set has been compiled by the students before; the clone is new.
          const warm = checkProgress(set, attempts, exceptions);
          const cold = checkProgress(structuredClone(set), attempts, exceptions);
          expect(warm).toEqual(cold);
        }
      }),
      { numRuns: 150 },
    );
  });
});
