/**
 * A list of prepared occupations laid out for matching (matchPrepared in matching.ts): deviations
 * and norms in flat arrays, each occupation's place in code order (so that ties in fit
 * are settled by comparing two integers), and each occupation's pathways as indexes into one
 * table, with each pathway's cluster as an index too, so that a match sums pathway and cluster
 * fits in arrays rather than in maps keyed by code. Built once per list (the profiler keeps its
 * list for a data generation) and kept beside it.
 *
 * A pathway's fit is the mean of its occupations' r, and r is linear in each occupation's unit
 * deviation vector (dev / norm): r_i = (d · u_i) / |d| for the student's deviations d. So the
 * sum of a pathway's r is d · (Σ u_i) / |d|, and each pathway keeps Σ u_i and its count per job
 * zone (the narrowing keeps or drops whole zones): a match adds up a few vectors per pathway
 * instead of adding every occupation's r to each of its pathways.
 */
import { makeBlocks, type Blocks } from './match-blocks.ts';
import type { PreparedOccupation } from './matching.ts';

export interface Layout {
  dev: Float64Array;
  norm: Float64Array;
  /**
   * The occupations in blocks of like shape (match-blocks.ts), with each one's unit vector
   * (dev / norm) in single precision, in block order: a quarter of the memory of dev and norm
   * together, which matters when every match reads it between requests that push it out of the
   * processor's caches. The quick test of an occupation against the fit it must reach
   * (matchPrepared) reads these, with a margin far wider than their rounding; the fit itself is
   * worked out from dev and norm.
   */
  blocks: Blocks;
  /** Each occupation's place when the list is sorted by code (equal codes in list order). */
  codeRank: Int32Array;
  /** Where each occupation's pathway indexes start in `pathwayIndexes` (n + 1 entries). */
  pathwayStart: Int32Array;
  pathwayIndexes: Int32Array;
  pathwayCodes: string[];
  /** Each pathway's cluster (the part of its code before the dash), as an index into clusterCodes. */
  pathwayCluster: Int32Array;
  clusterCodes: string[];
  /** Pathways and clusters in code order, for ranking them (groupOrder). */
  pathwayOrder: GroupOrder;
  clusterOrder: GroupOrder;
  /** Each occupation's job zone as an index into zoneKeys. */
  zoneOf: Int32Array;
  /** The job zones the occupations have (null for none), each a bucket below. */
  zoneKeys: (number | null)[];
  /** Per pathway × zone bucket: the sum of the occupations' unit vectors (6 each), and their count. */
  zoneSums: Float64Array;
  zoneCounts: Int32Array;
  /** Per pathway, over every zone: the same, for a match that does not narrow. */
  allSums: Float64Array;
  allCounts: Int32Array;
  /** Scratch: which zone buckets the current match keeps. */
  zoneKept: Uint8Array;
  /** Scratch for one match at a time (matching is synchronous), cleared by each. */
  sums: Float64Array;
  counts: Int32Array;
  clusterSums: Float64Array;
  clusterCounts: Int32Array;
}

/** A table of group codes with each one's place in code order, and the other way round. */
export interface GroupOrder {
  codes: string[];
  rank: Int32Array;
  byRank: Int32Array;
  /** Scratch: each group's r in whole thousandths, and the sort keys. */
  thousandths: Int32Array;
  keys: Float64Array;
}

export function groupOrder(codes: string[]): GroupOrder {
  const n = codes.length;
  const rank = new Int32Array(n);
  const byRank = Int32Array.from(codes.keys()).sort((a, b) =>
    codes[a]! < codes[b]! ? -1 : codes[a]! > codes[b]! ? 1 : a - b,
  );
  byRank.forEach((g, at) => (rank[g] = at));
  return { codes, rank, byRank, thousandths: new Int32Array(n), keys: new Float64Array(n) };
}

const layouts = new WeakMap<readonly PreparedOccupation[], Layout>();

export function layoutOf(occupations: readonly PreparedOccupation[]): Layout {
  const known = layouts.get(occupations);
  if (known) return known;
  const n = occupations.length;
  const dev = new Float64Array(n * 6);
  const norm = new Float64Array(n);
  const pathwayStart = new Int32Array(n + 1);
  const indexes: number[] = [];
  const pathwayCodes: string[] = [];
  const indexOf = new Map<string, number>();
  occupations.forEach((o, i) => {
    for (let k = 0; k < 6; k++) dev[i * 6 + k] = o.dev[k]!;
    norm[i] = o.norm;
    pathwayStart[i] = indexes.length;
    for (const code of new Set(o.pathways)) {
      let index = indexOf.get(code);
      if (index === undefined) {
        index = pathwayCodes.push(code) - 1;
        indexOf.set(code, index);
      }
      indexes.push(index);
    }
  });
  pathwayStart[n] = indexes.length;
  const codeRank = new Int32Array(n);
  occupations
    .map((o, i) => ({ code: o.code, i }))
    // A stable sort: equal codes keep their order in the list.
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .forEach(({ i }, rank) => (codeRank[i] = rank));
  const clusterCodes: string[] = [];
  const clusterOf = new Map<string, number>();
  const pathwayCluster = Int32Array.from(pathwayCodes, (code) => {
    const cluster = code.slice(0, code.indexOf('-'));
    let index = clusterOf.get(cluster);
    if (index === undefined) {
      index = clusterCodes.push(cluster) - 1;
      clusterOf.set(cluster, index);
    }
    return index;
  });
  const zoneKeys: (number | null)[] = [];
  const zoneOf = Int32Array.from(occupations, (o) => {
    const at = zoneKeys.indexOf(o.jobZone);
    return at >= 0 ? at : zoneKeys.push(o.jobZone) - 1;
  });
  const zones = zoneKeys.length;
  const zoneSums = new Float64Array(pathwayCodes.length * zones * 6);
  const zoneCounts = new Int32Array(pathwayCodes.length * zones);
  const allSums = new Float64Array(pathwayCodes.length * 6);
  const allCounts = new Int32Array(pathwayCodes.length);
  // In list order, so that every sum is added up in the same order each time.
  for (let i = 0; i < n; i++) {
    for (let j = pathwayStart[i]!; j < pathwayStart[i + 1]!; j++) {
      const p = indexes[j]!;
      const cell = p * zones + zoneOf[i]!;
      zoneCounts[cell]! += 1;
      allCounts[p]! += 1;
      for (let k = 0; k < 6; k++) {
        const u = dev[i * 6 + k]! / norm[i]!;
        zoneSums[cell * 6 + k]! += u;
        allSums[p * 6 + k]! += u;
      }
    }
  }
  const unit = new Float64Array(n * 6);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < 6; k++) unit[i * 6 + k] = dev[i * 6 + k]! / norm[i]!;
  const layout: Layout = {
    dev,
    norm,
    blocks: makeBlocks(unit, zoneOf, zones),
    codeRank,
    pathwayStart,
    pathwayIndexes: Int32Array.from(indexes),
    pathwayCodes,
    pathwayCluster,
    clusterCodes,
    pathwayOrder: groupOrder(pathwayCodes),
    clusterOrder: groupOrder(clusterCodes),
    zoneOf,
    zoneKeys,
    zoneSums,
    zoneCounts,
    allSums,
    allCounts,
    zoneKept: new Uint8Array(zones),
    sums: new Float64Array(pathwayCodes.length),
    counts: new Int32Array(pathwayCodes.length),
    clusterSums: new Float64Array(clusterCodes.length),
    clusterCounts: new Int32Array(clusterCodes.length),
  };
  layouts.set(occupations, layout);
  return layout;
}
