/** Employers are recommended partners: they advise on the program and host work-based learning. */
import { findingOf, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';

export const partnersEmployer: Rule = {
  id: 'pos.partners-employer',
  severity: 'warning',
  check(ctx) {
    if (ctx.program.partners.some((p) => p.role === 'employer')) return [];
    return [findingOf(partnersEmployer, { path: 'program.partners' }, say(M.noEmployer, {}))];
  },
};
