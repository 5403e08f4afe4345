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
 * narrowing), and a cluster's r is the mean of its pathways' r. A mean does not grow with the
 * number of occupations (a best-of or a sum would), and averaging pathways first keeps a cluster
 * with one very large pathway from being decided by that pathway alone.
 */
import { RIASEC, type RiasecLetter } from '../occupation/riasec.ts';
import type { AreaScores } from './scoring.ts';

export const FIT_CUTOFFS = { best: 0.75, great: 0.5, good: 0.25 } as const;
export type FitLabel = 'best' | 'great' | 'good' | 'weak';

export function fitLabel(r: number): FitLabel {
  if (r >= FIT_CUTOFFS.best) return 'best';
  if (r >= FIT_CUTOFFS.great) return 'great';
  if (r >= FIT_CUTOFFS.good) return 'good';
  return 'weak';
}

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

export interface GroupFit {
  code: string;
  r: number;
  fit: FitLabel;
  /** Matchable occupations the mean was taken over (pathways: occupations; clusters: pathways). */
  count: number;
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

const zoneAllowed = (jobZone: number | null, narrowing: Narrowing) =>
  narrowing.jobZones === undefined || (jobZone !== null && narrowing.jobZones.includes(jobZone));

const round = (r: number) => Math.round(r * 1000) / 1000;

export function matchProfile(
  scores: AreaScores,
  occupations: readonly MatchableOccupation[],
  narrowing: Narrowing = {},
): MatchResult {
  const student = RIASEC.map((l) => scores[l]);
  const all: (OccupationMatch & { pathways: readonly string[] })[] = [];
  for (const occupation of occupations) {
    if (!occupation.riasec || !zoneAllowed(occupation.jobZone, narrowing)) continue;
    const oi = vectorOf(occupation.riasec);
    const r = oi && correlation(student, oi);
    if (r === null || r === undefined) continue;
    all.push({
      code: occupation.code,
      r: round(r),
      fit: fitLabel(r),
      drivers: matchDrivers(student, oi!),
      pathways: occupation.pathways,
    });
  }
  all.sort((a, b) => b.r - a.r || a.code.localeCompare(b.code));
  const byPathway = new Map<string, number[]>();
  for (const m of all) for (const p of new Set(m.pathways)) push(byPathway, p, m.r);
  const pathways = rankGroups(byPathway);
  const byCluster = new Map<string, number[]>();
  for (const p of pathways) {
    push(byCluster, p.code.split('-')[0]!, p.r);
  }
  return {
    occupations: all.filter((m) => m.fit !== 'weak').map(({ pathways: _p, ...m }) => m),
    pathways,
    clusters: rankGroups(byCluster),
  };
}

function push(groups: Map<string, number[]>, key: string, r: number) {
  const list = groups.get(key);
  if (list) list.push(r);
  else groups.set(key, [r]);
}

function rankGroups(values: Map<string, number[]>): GroupFit[] {
  return [...values]
    .map(([code, rs]) => {
      const r = round(rs.reduce((s, x) => s + x, 0) / rs.length);
      return { code, r, fit: fitLabel(r), count: rs.length };
    })
    .sort((a, b) => b.r - a.r || a.code.localeCompare(b.code));
}
