import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram, stepOf, unplace } from '../test-factories.ts';
import { builtInProfile } from '../profiles/index.ts';
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

  it('counts only agreements in force when the profile says so, naming the others', () => {
    const expired = modify(softwareProgram(), (f) => {
      for (const a of f.catalog.creditAgreements) a.effectiveTo = '2026-06-30';
    });
    const today = '2026-11-01';
    // Classic counts every agreement, as before profiles.
    expect(checkRule(earlyPostsecondaryCredit, expired, { today })).toEqual([]);
    const profile = builtInProfile('federal')!;
    const found = checkRule(earlyPostsecondaryCredit, expired, { today, profile });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'catalog.creditAgreements' });
    expect(found[0]!.message.en).toContain(
      'through an agreement in force: intro-programming-cis-115 and ap-csa-cis-135 ended',
    );
    expect(checkRule(earlyPostsecondaryCredit, softwareProgram(), { today, profile })).toEqual([]);
  });
});
