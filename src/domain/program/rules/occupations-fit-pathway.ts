/**
 * The program's occupations belong to its pathway, according to the occupation → pathway data the
 * caller passes (options.pathwayCodesOf, e.g. O*NET's Career Clusters list). Occupations missing
 * from that data, and every occupation when no data is given, are not checked.
 */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { pathwaysLabel } from '../labels.ts';

export const occupationsFitPathway: Rule = {
  id: 'pos.occupations-fit-pathway',
  severity: 'warning',
  check(ctx) {
    const pathwayCodesOf = ctx.options.pathwayCodesOf;
    if (!pathwayCodesOf) return [];
    const findings: Finding[] = [];
    const code = ctx.program.pathwayCode;
    const titleOf = ctx.options.pathwayTitleOf;
    ctx.program.occupations.forEach((occupation, i) => {
      // O*NET-SOC codes (15-1252.00) fall back to their SOC code (15-1252) and back.
      const soc = occupation.soc;
      const codes =
        pathwayCodesOf(soc) ?? pathwayCodesOf(soc.length > 7 ? soc.slice(0, 7) : `${soc}.00`);
      if (!codes || codes.length === 0 || codes.includes(code)) return;
      findings.push(
        findingOf(
          occupationsFitPathway,
          { path: `program.occupations[${i}]` },
          say(M.occupationOutsidePathway, {
            title: occupation.title,
            soc,
            codes: pathwaysLabel(codes, titleOf),
            count: codes.length,
            code: pathwaysLabel([code], titleOf),
          }),
        ),
      );
    });
    return findings;
  },
};
