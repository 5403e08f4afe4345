/**
 * What the occupation data says about the occupations programs name, read before a program
 * transaction starts (on the embedded database nothing may query outside an open transaction from
 * inside it): their entry (job zone, BLS typical education), for tying exit points to occupations
 * at their level, and the pathways they are linked to, for the occupation-fit rule.
 */
import type { TProgramBody } from '../../contracts/program.ts';
import type { ValidateProgramOptions } from '../../domain/program/context.ts';
import { socKey, type OccupationEntryOf } from '../../domain/program/exit-points.ts';
import type { ProgramDeps } from './deps.ts';

/** The occupation-fit lookup of one program's framework (see ValidateProgramOptions). */
export type PathwayCodesOf = NonNullable<ValidateProgramOptions['pathwayCodesOf']>;

export interface OccupationLookups {
  occupationEntryOf?: OccupationEntryOf;
  /** The occupation → pathway lookup for programs on this framework. */
  pathwayCodesFor?: (frameworkId: string) => PathwayCodesOf;
}

/** The codes to look an occupation up by: its O*NET-SOC code and its SOC code's `.00` (the rule's fallback). */
function lookupCodes(soc: string): string[] {
  return [socKey(soc), socKey(soc.slice(0, 7))];
}

export async function occupationLookups(
  deps: Pick<ProgramDeps, 'laborFacts' | 'occupationPathways'>,
  programs: readonly Pick<TProgramBody, 'occupations' | 'frameworkId'>[],
): Promise<OccupationLookups> {
  const lookups: OccupationLookups = {};
  const codes = [...new Set(programs.flatMap((p) => p.occupations.map((o) => socKey(o.soc))))];
  if (deps.laborFacts && codes.length > 0) {
    const facts = await deps.laborFacts(codes);
    lookups.occupationEntryOf = (code) => facts.get(code);
  }
  const pathwayCodesFor = await occupationPathwayLookup(deps, programs);
  if (pathwayCodesFor) lookups.pathwayCodesFor = pathwayCodesFor;
  return lookups;
}

/** The occupation → pathway lookup of the occupations these programs name, by framework. */
export async function occupationPathwayLookup(
  deps: Pick<ProgramDeps, 'occupationPathways'>,
  programs: readonly Pick<TProgramBody, 'occupations' | 'frameworkId'>[],
): Promise<OccupationLookups['pathwayCodesFor']> {
  const occupationPathways = deps.occupationPathways;
  if (!occupationPathways) return undefined;
  const byFramework = new Map<string, Map<string, string[]>>();
  for (const frameworkId of new Set(programs.map((p) => p.frameworkId))) {
    const named = programs
      .filter((p) => p.frameworkId === frameworkId)
      .flatMap((p) => p.occupations.flatMap((o) => lookupCodes(o.soc)));
    const unique = [...new Set(named)];
    if (unique.length > 0)
      byFramework.set(frameworkId, await occupationPathways(unique, frameworkId));
  }
  return (frameworkId) => {
    const links = byFramework.get(frameworkId);
    return (soc) => links?.get(socKey(soc));
  };
}
