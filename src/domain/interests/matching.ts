/**
 * Matching a profile to occupations by the shape of interests, the way O*NET's Interest Profiler
 * is described: an occupation's fit is the Pearson correlation r between the student's six raw
 * scores and the occupation's six O*NET Occupational Interest (OI) ratings (1–7). Correlation
 * ignores level and scale, so a 0–20 Mini-IP profile and a 0–40 Short Form profile of the same
 * shape match alike.
 *
 * Fit labels (our cut-offs; O*NET does not publish its own):
 *   Best  r ≥ 0.75   the two profiles rise and fall together almost everywhere
 *   Great r ≥ 0.50
 *   Good  r ≥ 0.25
 * Below 0.25 an occupation is not offered as a match. An occupation without all six OI ratings,
 * or whose ratings are all equal, cannot be matched; nor can a flat student profile.
 *
 * Narrowing: by job zone (1–5) and/or entry level (semi = zones 1–2, mid = 3, high = 4–5); an
 * occupation without a job zone is kept only when nothing narrows; an empty list keeps none.
 *
 * Clusters and pathways: a pathway's r is the MEAN r of all its matchable occupations (after
 * narrowing; each occupation's r as computed, the mean rounded to three decimals), and a
 * cluster's r is the mean of its pathways' r as shown (whole thousandths, the mean rounded half
 * up to a thousandth). A mean does not grow with the
 * number of occupations (a best-of or a sum would), and averaging pathways first keeps a cluster
 * with one very large pathway from being decided by that pathway alone.
 */
import { RIASEC, type RiasecLetter } from '../occupation/riasec.ts';
import { FIT_CUTOFFS, fitLabel, type FitLabel, type GroupFit } from './fit.ts';
import { keptZones, rankGroups, sumPathways } from './group-fits.ts';
import { blockOf, blocksInOrder, boundOf } from './match-blocks.ts';
import { layoutOf } from './match-layout.ts';
import type { AreaScores } from './scoring.ts';

export { FIT_CUTOFFS, fitLabel, type FitLabel, type GroupFit } from './fit.ts';

export interface MatchableOccupation {
  code: string;
  /** OI ratings by area; all six are needed. */
  riasec: Partial<Record<RiasecLetter, number>> | null;
  jobZone: number | null;
  /** Pathway codes ("08-05"), cluster = the part before the dash. */
  pathways: readonly string[];
}

export interface Narrowing {
  jobZones?: readonly number[] | undefined;
}

export interface OccupationMatch {
  code: string;
  r: number;
  fit: FitLabel;
  /** The areas that drove the match: high for the student and for the occupation. */
  drivers: RiasecLetter[];
}

export interface MatchResult {
  occupations: OccupationMatch[];
  pathways: GroupFit[];
  clusters: GroupFit[];
}

const vectorOf = (scores: Partial<Record<RiasecLetter, number>>): number[] | null => {
  const v = RIASEC.map((l) => scores[l]);
  return v.every((x): x is number => typeof x === 'number' && Number.isFinite(x)) ? v : null;
};

/** Pearson r of two six-number profiles; null when either is flat. */
export function correlation(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Why a match: the areas where both the student and the occupation are above their own means,
 * ordered by how much each adds to r (the product of the two deviations), at most three.
 */
export function matchDrivers(student: readonly number[], occupation: readonly number[]) {
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ms = mean(student);
  const mo = mean(occupation);
  return RIASEC.map((letter, i) => ({
    letter,
    ds: student[i]! - ms,
    d: (student[i]! - ms) * (occupation[i]! - mo),
    up: student[i]! > ms && occupation[i]! > mo,
  }))
    .filter((a) => a.up)
    .sort((a, b) => b.d - a.d || b.ds - a.ds)
    .slice(0, 3)
    .map((a) => a.letter);
}

/**
 * matchDrivers from deviations already worked out: the student's scores less their mean, and the
 * occupation's ratings less theirs (PreparedOccupation.dev). The same areas in the same order:
 * by product, then by the student's deviation, then in RIASEC order (as a stable sort leaves them).
 */
function driversOf(ds: readonly number[], dev: readonly number[]): RiasecLetter[] {
  const picked: number[] = [];
  for (let i = 0; i < 6; i++) {
    if (!(ds[i]! > 0 && dev[i]! > 0)) continue;
    const d = ds[i]! * dev[i]!;
    let at = picked.length;
    while (at > 0) {
      const j = picked[at - 1]!;
      const dj = ds[j]! * dev[j]!;
      if (d > dj || (d === dj && ds[i]! > ds[j]!)) at--;
      else break;
    }
    picked.splice(at, 0, i);
  }
  return picked.slice(0, 3).map((i) => RIASEC[i]!);
}

const round = (r: number) => Math.round(r * 1000) / 1000;

/** An occupation ready to match: its OI ratings, their deviations from their mean, and norm. */
export interface PreparedOccupation {
  code: string;
  jobZone: number | null;
  pathways: readonly string[];
  oi: readonly number[];
  dev: readonly number[];
  norm: number;
}

/**
 * Works out once what every match needs from an occupation, so matching one profile against
 * all of them is six multiplications each. Occupations without six ratings, or with all six
 * equal, are left out (they cannot be correlated).
 */
export function prepareOccupations(
  occupations: readonly MatchableOccupation[],
): PreparedOccupation[] {
  const prepared: PreparedOccupation[] = [];
  for (const o of occupations) {
    const oi = o.riasec && vectorOf(o.riasec);
    if (!oi) continue;
    const mean = oi.reduce((sum, v) => sum + v, 0) / oi.length;
    const dev = oi.map((v) => v - mean);
    const norm = Math.sqrt(dev.reduce((sum, d) => sum + d * d, 0));
    if (norm === 0) continue;
    prepared.push({
      code: o.code,
      jobZone: o.jobZone,
      pathways: [...new Set(o.pathways)],
      oi,
      dev,
      norm,
    });
  }
  return prepared;
}

export function matchProfile(
  scores: AreaScores,
  occupations: readonly MatchableOccupation[],
  narrowing: Narrowing = {},
): MatchResult {
  return matchPrepared(scores, prepareOccupations(occupations), narrowing, Infinity, 'all');
}

const EMPTY: MatchResult = { occupations: [], pathways: [], clusters: [] };

/** Up to this many matches asked for, the best are kept in order as they are found. */
const PARTIAL_LIMIT = 200;
/** Scratch for the best so far, for one match at a time (matching is synchronous). */
const TOP_INDEX = new Int32Array(PARTIAL_LIMIT);
const TOP_R = new Float64Array(PARTIAL_LIMIT);

/**
 * How far below a cut-off an occupation's unrounded r may be and still round up to it: more than
 * the half-thousandth rounding can add, so that the quick test below never drops an occupation
 * the exact one would keep (floating point is far finer than the rest).
 */
const SLACK = 0.001;

/**
 * Matches a profile against prepared occupations. Every occupation counts towards its pathways'
 * fit (added up per zone once, match-layout.ts); the Good-or-better ones are returned best first
 * (ties by code), the first `limit` of them with the areas that drove the match (kept in order as
 * they are found, so the rest are never sorted, and an occupation that cannot reach the last one
 * kept is passed over on its unrounded r, a block of like ones on the bound of theirs, blocks
 * visited best bound first: match-blocks.ts). Pathways and clusters: the ones that fit, or every
 * one with `groups` 'all' (matchProfile). The list is laid out in arrays once (match-layout.ts);
 * matching-layout.test.ts pins this to the plain version.
 */
export function matchPrepared(
  scores: AreaScores,
  occupations: readonly PreparedOccupation[],
  narrowing: Narrowing = {},
  limit = Infinity,
  groups: 'fitting' | 'all' = 'fitting',
): MatchResult {
  const x = RIASEC.map((l) => scores[l]);
  const mx = x.reduce((sum, v) => sum + v, 0) / x.length;
  const ds = x.map((v) => v - mx);
  const [d0, d1, d2, d3, d4, d5] = ds as [number, number, number, number, number, number];
  const nx = Math.sqrt(d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5);
  if (nx === 0) return EMPTY;
  const layout = layoutOf(occupations);
  const { dev, norm, codeRank, blocks } = layout;
  const { start, member, unit32 } = blocks;
  const kept = keptZones(layout, narrowing.jobZones);
  sumPathways(layout, ds, nx, kept);
  // With a small limit (the API asks for 10 by default), the best so far, best first, as indexes and fits:
  // inserting is cheap and the rest are never sorted. Without one, every Good match, sorted at
  // the end.
  const partial = limit <= PARTIAL_LIMIT;
  const keep = partial ? Math.max(0, Math.ceil(limit)) : 0;
  const topIndex = TOP_INDEX;
  const topR = TOP_R;
  let size = 0;
  const good: { i: number; r: number }[] = [];
  // An occupation whose d · unit is below floor has an r that rounds below what it needs.
  let floor = partial && keep === 0 ? Infinity : (FIT_CUTOFFS.good - SLACK) * nx;
  // The kept blocks, best bound first; none after one that cannot reach the floor (match-blocks.ts).
  const order = blocksInOrder(blocks, kept, ds, nx);
  for (let v = 0; v < order.length; v++) {
    const key = order[v]!;
    if (boundOf(key) * nx < floor) break;
    const b = blockOf(key);
    for (let j = start[b]!; j < start[b + 1]!; j++) {
      const k = j * 6;
      const quick =
        d0 * unit32[k]! +
        d1 * unit32[k + 1]! +
        d2 * unit32[k + 2]! +
        d3 * unit32[k + 3]! +
        d4 * unit32[k + 4]! +
        d5 * unit32[k + 5]!;
      if (quick < floor) continue;
      const i = member[j]!;
      const m = i * 6;
      const q =
        d0 * dev[m]! +
        d1 * dev[m + 1]! +
        d2 * dev[m + 2]! +
        d3 * dev[m + 3]! +
        d4 * dev[m + 4]! +
        d5 * dev[m + 5]!;
      const r = round(q / (nx * norm[i]!));
      if (r < FIT_CUTOFFS.good) continue;
      if (!partial) {
        good.push({ i, r });
        continue;
      }
      // Ahead of another: a higher r, or the same r and a code earlier in order.
      const rank = codeRank[i]!;
      if (size === keep) {
        const last = topR[size - 1]!;
        if (r < last || (r === last && rank > codeRank[topIndex[size - 1]!]!)) continue;
      }
      let at = size < keep ? size++ : keep - 1;
      while (at > 0) {
        const j = topIndex[at - 1]!;
        const rj = topR[at - 1]!;
        if (r < rj || (r === rj && rank > codeRank[j]!)) break;
        topIndex[at] = j;
        topR[at] = rj;
        at--;
      }
      topIndex[at] = i;
      topR[at] = r;
      if (size === keep) floor = Math.max(FIT_CUTOFFS.good, topR[keep - 1]!) * nx - SLACK * nx;
    }
  }
  if (!partial) good.sort((a, b) => b.r - a.r || codeRank[a.i]! - codeRank[b.i]!);
  const matches: OccupationMatch[] = [];
  const found = partial ? size : good.length;
  for (let at = 0; at < found; at++) {
    const i = partial ? topIndex[at]! : good[at]!.i;
    const r = partial ? topR[at]! : good[at]!.r;
    const o = occupations[i]!;
    matches.push({ code: o.code, r, fit: fitLabel(r), drivers: driversOf(ds, o.dev) });
  }
  const { pathways, clusters } = rankGroups(layout, groups === 'all');
  return { occupations: matches, pathways, clusters };
}
