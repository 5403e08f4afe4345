/** The n-of node and a `cte: false` course-set selector, each on its own. */
import { describe, expect, it } from 'vitest';
import type { TRequirementNode } from '../../contracts/requirements.ts';
import { checkProgress } from './evaluate.ts';
import { attempt, leaf, setOf } from './test-factories.ts';

const twoOfThree: TRequirementNode = {
  id: 'root',
  title: { en: 'Two of three' },
  type: 'n_of',
  n: 2,
  children: [
    leaf('art', { codes: ['ART*'] }),
    leaf('music', { codes: ['MUS*'] }),
    leaf('drama', { codes: ['DRA*'] }),
  ],
};

describe('an n-of node', () => {
  it('is met when n of its children are met, whichever ones', () => {
    const check = checkProgress(setOf(twoOfThree), [attempt('ART1'), attempt('DRA1')]);
    expect(check.status).toBe('met');
    expect(check.root.required.n).toBe(2);
    const byId = new Map(check.root.children.map((c) => [c.id, c.status]));
    expect(byId).toEqual(
      new Map([
        ['art', 'met'],
        ['music', 'missing'],
        ['drama', 'met'],
      ]),
    );
  });

  it('is missing with fewer than n met, even when one child is met', () => {
    expect(checkProgress(setOf(twoOfThree), [attempt('MUS1')]).status).toBe('missing');
    expect(checkProgress(setOf(twoOfThree), []).status).toBe('missing');
  });

  it('takes the status of its n-th best child', () => {
    const met = attempt('ART1');
    const going = attempt('MUS1', { result: 'in_progress' });
    const planned = attempt('DRA1', { result: 'planned' });
    expect(checkProgress(setOf(twoOfThree), [met, going]).status).toBe('in_progress');
    expect(checkProgress(setOf(twoOfThree), [met, planned]).status).toBe('planned');
    expect(checkProgress(setOf(twoOfThree), [met, going, planned]).status).toBe('in_progress');
    const all = checkProgress(setOf({ ...twoOfThree, n: 3 }), [met, going, planned]);
    expect(all.status).toBe('planned');
  });

  it('does not count a course toward two of its children', () => {
    const set = setOf({
      ...twoOfThree,
      children: [
        leaf('a', { codes: ['X*'] }),
        leaf('b', { codes: ['X*'] }),
        leaf('c', { codes: ['Z*'] }),
      ],
    });
    expect(checkProgress(set, [attempt('X1')]).status).toBe('missing');
    expect(checkProgress(set, [attempt('X1'), attempt('X2')]).status).toBe('met');
  });
});

describe('a course set with cte: false', () => {
  const academic = setOf(leaf('academic', { scedSubjects: ['10'], cte: false }));

  it('counts a course that is not CTE', () => {
    expect(checkProgress(academic, [attempt('10001', { cte: false })]).status).toBe('met');
  });

  it('does not count a CTE course of the same subject', () => {
    const check = checkProgress(academic, [attempt('10001', { cte: true })]);
    expect(check.status).toBe('missing');
    expect(check.root.counted).toEqual([]);
  });

  it('differs from a selector that leaves the flag out', () => {
    const any = setOf(leaf('any', { scedSubjects: ['10'] }));
    expect(checkProgress(any, [attempt('10001', { cte: true })]).status).toBe('met');
  });
});
