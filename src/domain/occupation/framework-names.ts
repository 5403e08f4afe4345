/**
 * Matching cluster and pathway names written by other publishers to the framework's own.
 * O*NET writes "and" where the framework writes "&", adds serial commas, spells A/V out as
 * "Audio/Video", and puts two clusters in one field joined by "; ".
 */
import type { FrameworkData } from '../framework.ts';

/** Lower case, "&" ≡ "and", "A/V" ≡ "Audio/Video", accents and punctuation dropped, spaces collapsed. */
export function normalizeFrameworkName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\ba\s*\/\s*v\b/g, 'audio video')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Splits a field that may hold several values joined by "; " (O*NET's occupations in two
 * clusters). Empty parts are dropped.
 */
export function splitMultiValue(field: string): string[] {
  return field
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export interface NamedPathway {
  code: string;
  clusterCode: string;
  title: string;
  clusterTitle: string;
}

/** Finds pathways by normalised (cluster, pathway) name. */
export class PathwayNameIndex {
  readonly #byName = new Map<string, NamedPathway>();

  constructor(pathways: readonly NamedPathway[]) {
    for (const pathway of pathways) {
      this.#byName.set(key(pathway.clusterTitle, pathway.title), pathway);
    }
  }

  find(clusterTitle: string, pathwayTitle: string): NamedPathway | undefined {
    return this.#byName.get(key(clusterTitle, pathwayTitle));
  }
}

const key = (cluster: string, pathway: string) =>
  `${normalizeFrameworkName(cluster)}|${normalizeFrameworkName(pathway)}`;

/** A framework's pathways with their English titles, as the name index wants them. */
export function namedPathways(framework: FrameworkData): NamedPathway[] {
  return framework.clusters.flatMap((cluster) =>
    cluster.pathways.map((pathway) => ({
      code: pathway.code,
      clusterCode: cluster.code,
      title: pathway.title.en,
      clusterTitle: cluster.title.en,
    })),
  );
}
