/**
 * The pathways the shipped occupation data links each occupation to, in the embedded framework
 * (nccf-16): O*NET's Career Clusters crosswalk, then Wayfinder's curated links (./index.ts and
 * ./pathway-links.ts), as the seed loads them into the database. `wayfinder validate` checks
 * occupation fit with these, so a file gets the same findings there as when it is saved.
 */
import { curatedPathwayLinks } from './index.ts';
import { publicOccupationData } from './public-data.ts';

let links: Map<string, string[]> | undefined;

function build(): Map<string, string[]> {
  const byCode = new Map<string, Map<string, boolean>>();
  const add = (code: string, pathway: string, primary: boolean) => {
    const pathways = byCode.get(code) ?? byCode.set(code, new Map()).get(code)!;
    pathways.set(pathway, (pathways.get(pathway) ?? false) || primary);
  };
  const crosswalked = new Set<string>();
  for (const part of publicOccupationData().parts) {
    for (const l of part.data.pathwayLinks ?? []) {
      add(l.occupationCode, l.pathwayCode, l.isPrimary);
      crosswalked.add(l.occupationCode);
    }
  }
  // As the seed does: a curated link is primary only for an occupation O*NET does not link.
  for (const l of curatedPathwayLinks)
    add(l.occupationCode, l.pathwayCode, l.isPrimary && !crosswalked.has(l.occupationCode));
  // Primary first, then by code: the order the database gives them in.
  return new Map(
    [...byCode].map(([code, pathways]) => [
      code,
      [...pathways]
        .sort(([a, pa], [b, pb]) => Number(pb) - Number(pa) || a.localeCompare(b))
        .map(([pathway]) => pathway),
    ]),
  );
}

/** The pathway codes of an O*NET-SOC code (15-1252.00), or undefined when the data links it to none. */
export function shippedPathwayCodes(code: string): readonly string[] | undefined {
  links ??= build();
  return links.get(code);
}
