import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram, stepOf, unplace } from '../test-factories.ts';
import { earlyPostsecondaryCredit } from './early-postsecondary-credit.ts';

const noAgreements = () => modify(softwareProgram(), (f) => (f.catalog.creditAgreements = []));

describe('pos.early-postsecondary-credit', () => {
  it('passes a high school course with a credit agreement', () => {
    expect(checkRule(earlyPostsecondaryCredit, softwareProgram())).toEqual([]);
  });

  it('reports a program whose high school courses earn no college credit', () => {
    expect(checkRule(earlyPostsecondaryCredit, noAgreements())).toEqual([
      expect.objectContaining({ rule: 'pos.early-postsecondary-credit', path: 'program.steps' }),
    ]);
    // An agreement for a high school course the program does not list does not count.
    const unlisted = modify(softwareProgram(), (f) => {
      unplace(f, 'intro-programming');
      unplace(f, 'ap-csa');
    });
    expect(checkRule(earlyPostsecondaryCredit, unlisted)).toHaveLength(1);
  });

  it('counts a college course taken in high school (dual enrollment)', () => {
    const file = modify(noAgreements(), (f) => {
      unplace(f, 'wr-121');
      stepOf(f, 'grade-12').courses.push('wr-121');
    });
    expect(checkRule(earlyPostsecondaryCredit, file)).toEqual([]);
  });
});
