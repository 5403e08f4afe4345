/**
 * Pathway and cluster fits for one match (matchPrepared in matching.ts), from the sums
 * match-layout.ts lays out once: which job zones a narrowing keeps, each pathway's sum of r, and
 * the groups ranked.
 */
import { FIT_CUTOFFS, fitLabel, type GroupFit } from './fit.ts';
import type { GroupOrder, Layout } from './match-layout.ts';

/** Which zone buckets a narrowing keeps (1 or 0 each), or undefined when it keeps them all. */
export function keptZones(
  layout: Layout,
  zones: readonly number[] | undefined,
): Uint8Array | undefined {
  if (zones === undefined) return undefined;
  const { zoneKeys, zoneKept } = layout;
  for (let b = 0; b < zoneKeys.length; b++) {
    const zone = zoneKeys[b]!;
    zoneKept[b] = zone !== null && zones.includes(zone) ? 1 : 0;
  }
  return zoneKept;
}

/**
 * Each pathway's sum of r over its occupations in the kept zones, and their count, into the
 * layout's scratch: d · (Σ u) / |d| from the sums laid out once (match-layout.ts).
 */
export function sumPathways(layout: Layout, ds: readonly number[], nx: number, kept?: Uint8Array) {
  const { sums, counts, zoneKeys } = layout;
  const [d0, d1, d2, d3, d4, d5] = ds as [number, number, number, number, number, number];
  const pathways = sums.length;
  const zones = zoneKeys.length;
  for (let p = 0; p < pathways; p++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let count = 0;
    if (kept === undefined) {
      const v = layout.allSums;
      const k = p * 6;
      s0 = v[k]!;
      s1 = v[k + 1]!;
      s2 = v[k + 2]!;
      s3 = v[k + 3]!;
      s4 = v[k + 4]!;
      s5 = v[k + 5]!;
      count = layout.allCounts[p]!;
    } else {
      const v = layout.zoneSums;
      for (let b = 0; b < zones; b++) {
        const cell = p * zones + b;
        if (kept[b] === 0 || layout.zoneCounts[cell] === 0) continue;
        const k = cell * 6;
        s0 += v[k]!;
        s1 += v[k + 1]!;
        s2 += v[k + 2]!;
        s3 += v[k + 3]!;
        s4 += v[k + 4]!;
        s5 += v[k + 5]!;
        count += layout.zoneCounts[cell]!;
      }
    }
    counts[p] = count;
    sums[p] = (d0 * s0 + d1 * s1 + d2 * s2 + d3 * s3 + d4 * s4 + d5 * s5) / nx;
  }
}

/**
 * Pathways by the mean r of their occupations, best first (then by code), and clusters by the
 * mean of their pathways' r. A cluster's mean is taken over whole thousandths (each pathway's r
 * rounded, as shown), so it is exact whatever order the pathways are added in. Only the groups
 * that fit (Good or better) unless `all`: what results show, and all that need objects made.
 */
export function rankGroups(
  layout: Layout,
  all: boolean,
): { pathways: GroupFit[]; clusters: GroupFit[] } {
  const { pathwayOrder, clusterOrder, pathwayCluster, sums, counts } = layout;
  const { clusterSums, clusterCounts } = layout;
  clusterSums.fill(0);
  clusterCounts.fill(0);
  const thousandths = pathwayOrder.thousandths;
  for (let g = 0; g < thousandths.length; g++) {
    if (counts[g]! === 0) continue;
    const k = Math.round((sums[g]! / counts[g]!) * 1000);
    thousandths[g] = k;
    const c = pathwayCluster[g]!;
    clusterSums[c]! += k;
    clusterCounts[c]! += 1;
  }
  for (let c = 0; c < clusterSums.length; c++)
    if (clusterCounts[c]! > 0)
      clusterOrder.thousandths[c] = Math.round(clusterSums[c]! / clusterCounts[c]!);
  return {
    pathways: ranked(pathwayOrder, counts, all),
    clusters: ranked(clusterOrder, clusterCounts, all),
  };
}

/** Good-or-better fits, in thousandths. */
const GOOD = Math.round(FIT_CUTOFFS.good * 1000);

/**
 * The groups with a count (those that fit, unless `all`), by r in thousandths, best first, then
 * by code: (1000 − thousandths) × groups + place in code order is a whole number that sorts them
 * in that order, and they are put in order as they are found (a few dozen: insertion costs less
 * than a sort call).
 */
function ranked(order: GroupOrder, counts: Int32Array, all: boolean): GroupFit[] {
  const { codes, rank, byRank, thousandths, keys } = order;
  const n = codes.length;
  let m = 0;
  for (let g = 0; g < n; g++) {
    if (counts[g]! === 0 || (!all && thousandths[g]! < GOOD)) continue;
    const key = (1000 - thousandths[g]!) * n + rank[g]!;
    let at = m++;
    while (at > 0 && keys[at - 1]! > key) {
      keys[at] = keys[at - 1]!;
      at--;
    }
    keys[at] = key;
  }
  const groups: GroupFit[] = [];
  for (let at = 0; at < m; at++) {
    const g = byRank[keys[at]! % n]!;
    // + 0: a fit that rounds to zero from below is 0, not −0.
    const r = thousandths[g]! / 1000 + 0;
    groups.push({ code: codes[g]!, r, fit: fitLabel(r), count: counts[g]! });
  }
  return groups;
}
