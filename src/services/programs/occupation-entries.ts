/**
 * The entry data (job zone, BLS typical education) of the occupations programs name, read before
 * a program transaction starts (on the embedded database nothing may query outside an open
 * transaction from inside it), for tying exit points to occupations at their level.
 */
import type { TProgramBody } from '../../contracts/program.ts';
import { socKey, type OccupationEntryOf } from '../../domain/program/exit-points.ts';
import type { ProgramDeps } from './deps.ts';

export async function occupationEntries(
  deps: Pick<ProgramDeps, 'laborFacts'>,
  programs: readonly Pick<TProgramBody, 'occupations'>[],
): Promise<OccupationEntryOf | undefined> {
  const codes = [...new Set(programs.flatMap((p) => p.occupations.map((o) => socKey(o.soc))))];
  if (!deps.laborFacts || codes.length === 0) return undefined;
  const facts = await deps.laborFacts(codes);
  return (code) => facts.get(code);
}
