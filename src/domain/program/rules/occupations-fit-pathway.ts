/**
 * The program's occupations belong to its pathway, according to the occupation → pathway data the
 * caller passes (options.pathwayCodesOf, e.g. O*NET's Career Clusters list). Occupations missing
 * from that data, and every occupation when no data is given, are not checked.
 */
import { finding, type Finding, type Rule } from '../finding.ts';
import { listLabel } from '../labels.ts';

export const occupationsFitPathway: Rule = {
  id: 'pos.occupations-fit-pathway',
  severity: 'warning',
  check(ctx) {
    const pathwayCodesOf = ctx.options.pathwayCodesOf;
    if (!pathwayCodesOf) return [];
    const findings: Finding[] = [];
    const code = ctx.program.pathwayCode;
    ctx.program.occupations.forEach((occupation, i) => {
      // O*NET-SOC codes (15-1252.00) fall back to their SOC code (15-1252) and back.
      const soc = occupation.soc;
      const codes =
        pathwayCodesOf(soc) ?? pathwayCodesOf(soc.length > 7 ? soc.slice(0, 7) : `${soc}.00`);
      if (!codes || codes.length === 0 || codes.includes(code)) return;
      findings.push(
        finding(
          occupationsFitPathway,
          { path: `program.occupations[${i}]` },
          `The occupation “${occupation.title}” (${soc}) belongs to the pathway${codes.length > 1 ? 's' : ''} ${listLabel(codes, 'en')}, not to this program's pathway ${code}; check that the program leads to it.`,
          `La ocupación «${occupation.title}» (${soc}) pertenece a ${codes.length > 1 ? 'las trayectorias' : 'la trayectoria'} ${listLabel(codes, 'es')}, no a la trayectoria ${code} de este programa; compruebe que el programa conduce a ella.`,
        ),
      );
    });
    return findings;
  },
};
