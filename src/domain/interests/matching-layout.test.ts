/**
 * matchPrepared lays occupations out in arrays and keeps only the best `limit` as it goes; this
 * pins it to the plain version it replaced (a map of pathway sums, every Good match sorted),
 * kept here as the reference, on generated occupations and profiles.
 */
import { describe, expect, it } from 'vitest';
import { RIASEC } from '../occupation/riasec.ts';
import {
  FIT_CUTOFFS,
  fitLabel,
  matchDrivers,
  matchPrepared,
  prepareOccupations,
  type GroupFit,
  type MatchResult,
  type MatchableOccupation,
  type Narrowing,
  type PreparedOccupation,
} from './matching.ts';
import type { AreaScores } from './scoring.ts';

const round = (r: number) => Math.round(r * 1000) / 1000;

/** Groups by their mean r; `thousandths` when the sums are of whole thousandths. */
function rank(
  values: Map<string, { sum: number; count: number }>,
  thousandths = false,
): GroupFit[] {
  return [...values]
    .map(([code, { sum, count }]) => {
      const r = (thousandths ? Math.round(sum / count) / 1000 : round(sum / count)) + 0;
      return { code, r, fit: fitLabel(r), count };
    })
    .sort((a, b) => b.r - a.r || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function add(groups: Map<string, { sum: number; count: number }>, key: string, r: number) {
  const group = groups.get(key);
  if (group) {
    group.sum += r;
    group.count += 1;
  } else groups.set(key, { sum: r, count: 1 });
}

function reference(
  scores: AreaScores,
  occupations: readonly PreparedOccupation[],
  narrowing: Narrowing,
  limit: number,
  groups: 'fitting' | 'all',
): MatchResult {
  const x = RIASEC.map((l) => scores[l]);
  const mx = x.reduce((sum, v) => sum + v, 0) / x.length;
  const d = x.map((v) => v - mx);
  const nx = Math.sqrt(d.reduce((sum, v) => sum + v * v, 0));
  if (nx === 0) return { occupations: [], pathways: [], clusters: [] };
  const byPathway = new Map<string, { sum: number; count: number }>();
  const good: { o: PreparedOccupation; r: number }[] = [];
  for (const o of occupations) {
    const zones = narrowing.jobZones;
    if (zones !== undefined && (o.jobZone === null || !zones.includes(o.jobZone))) continue;
    const e = o.dev;
    const exact =
      (d[0]! * e[0]! +
        d[1]! * e[1]! +
        d[2]! * e[2]! +
        d[3]! * e[3]! +
        d[4]! * e[4]! +
        d[5]! * e[5]!) /
      (nx * o.norm);
    const r = round(exact);
    // A pathway's fit is the mean of its occupations' r before rounding.
    for (const p of o.pathways) add(byPathway, p, exact);
    if (r >= FIT_CUTOFFS.good) good.push({ o, r });
  }
  good.sort((a, b) => b.r - a.r || (a.o.code < b.o.code ? -1 : a.o.code > b.o.code ? 1 : 0));
  const pathways = rank(byPathway);
  // A cluster's mean is of its pathways' r in whole thousandths, as shown.
  const byCluster = new Map<string, { sum: number; count: number }>();
  for (const p of pathways)
    add(byCluster, p.code.slice(0, p.code.indexOf('-')), Math.round(p.r * 1000));
  const fitting = (g: GroupFit) => groups === 'all' || g.fit !== 'weak';
  return {
    occupations: good.slice(0, limit).map(({ o, r }) => ({
      code: o.code,
      r,
      fit: fitLabel(r),
      drivers: matchDrivers(x, o.oi),
    })),
    pathways: pathways.filter(fitting),
    clusters: rank(byCluster, true).filter(fitting),
  };
}

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('matchPrepared', () => {
  const rnd = random(42);
  const pick = (n: number) => Math.floor(rnd() * n);
  const pool = Array.from(
    { length: 40 },
    (_, i) => `${String(1 + (i % 16)).padStart(2, '0')}-0${i % 7}`,
  );
  const list: MatchableOccupation[] = Array.from({ length: 700 }, (_, i) => ({
    code: `${10 + pick(80)}-${String(1000 + i).padStart(4, '0')}.00`,
    // Ratings on O*NET's 1–7 scale in steps of 0.33, so ties in r happen.
    riasec: Object.fromEntries(RIASEC.map((l) => [l, 1 + Math.round(rnd() * 18) / 3])),
    jobZone: rnd() < 0.05 ? null : 1 + pick(5),
    pathways: Array.from({ length: 1 + pick(3) }, () => pool[pick(pool.length)]!),
  }));
  const prepared = prepareOccupations(list);
  const profiles: AreaScores[] = Array.from({ length: 150 }, () => {
    const s = RIASEC.map(() => pick(41));
    return { R: s[0]!, I: s[1]!, A: s[2]!, S: s[3]!, E: s[4]!, C: s[5]! };
  });

  it.each([
    ['every Good match', {}, Infinity],
    ['the best 20', {}, 20],
    ['the best 10 (what the API asks for)', {}, 10],
    ['job zone 3, the best 10', { jobZones: [3] }, 10],
    ['the best 200', {}, 200],
    ['job zones 2 and 3', { jobZones: [2, 3] }, 20],
    ['no job zone', { jobZones: [] }, 20],
    ['one', { jobZones: [4] }, 1],
  ] as const)('gives what the plain version gives: %s', (_, narrowing, limit) => {
    for (const scores of profiles)
      expect(matchPrepared(scores, prepared, narrowing, limit)).toEqual(
        reference(scores, prepared, narrowing, limit, 'fitting'),
      );
  });

  // Occupations of a few shapes each, as real ones are: blocks are tight and many are passed over.
  const archetypes = Array.from({ length: 12 }, () => RIASEC.map(() => 1 + rnd() * 6));
  const alike = prepareOccupations(
    Array.from({ length: 600 }, (_, i) => {
      const shape = archetypes[pick(archetypes.length)]!;
      return {
        code: `${10 + pick(80)}-${String(3000 + i).padStart(4, '0')}.00`,
        riasec: Object.fromEntries(
          RIASEC.map((l, k) => [l, Math.round((shape[k]! + rnd() * 0.6) * 3) / 3]),
        ),
        jobZone: rnd() < 0.05 ? null : 1 + pick(5),
        pathways: Array.from({ length: 1 + pick(3) }, () => pool[pick(pool.length)]!),
      };
    }),
  );
  it.each([
    ['the best 10', {}, 10],
    ['the best 1', {}, 1],
    ['every Good match', {}, Infinity],
    ['job zones 1 and 5, the best 10', { jobZones: [1, 5] }, 10],
  ] as const)(
    'gives what the plain version gives on occupations of a few shapes: %s',
    (_, narrowing, limit) => {
      for (const scores of profiles)
        expect(matchPrepared(scores, alike, narrowing, limit)).toEqual(
          reference(scores, alike, narrowing, limit, 'fitting'),
        );
    },
  );

  it('gives every group, weak ones too, when asked for all', () => {
    for (const scores of profiles)
      expect(matchPrepared(scores, prepared, { jobZones: [1, 2, 3] }, 20, 'all')).toEqual(
        reference(scores, prepared, { jobZones: [1, 2, 3] }, 20, 'all'),
      );
  });
});
