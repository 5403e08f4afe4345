/** A program of study is a partnership: its partners include a high school (or district) and a college. */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';

export const partnersSecondaryPostsecondary: Rule = {
  id: 'pos.partners-secondary-postsecondary',
  severity: 'error',
  check(ctx) {
    const roles = new Set(ctx.program.partners.map((p) => p.role));
    const findings: Finding[] = [];
    if (!roles.has('secondary')) {
      findings.push(
        findingOf(
          partnersSecondaryPostsecondary,
          { path: 'program.partners' },
          say(M.noSecondaryPartner, {}),
        ),
      );
    }
    if (!roles.has('postsecondary')) {
      findings.push(
        findingOf(
          partnersSecondaryPostsecondary,
          { path: 'program.partners' },
          say(M.noPostsecondaryPartner, {}),
        ),
      );
    }
    return findings;
  },
};
