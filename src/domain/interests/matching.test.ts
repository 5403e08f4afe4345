import { describe, expect, it } from 'vitest';
import {
  correlation,
  fitLabel,
  matchDrivers,
  matchProfile,
  type MatchableOccupation,
} from './matching.ts';
import type { AreaScores } from './scoring.ts';

// A hand-worked student: R 10, I 8, A 6, S 4, E 2, C 0 (mean 5, Σ(x − x̄)² = 70).
const STUDENT: AreaScores = { R: 10, I: 8, A: 6, S: 4, E: 2, C: 0 };
const oi = ([R, I, A, S, E, C]: number[]) => ({ R, I, A, S, E, C }) as Record<string, number>;
const occ = (
  code: string,
  scores: number[],
  pathways: string[],
  jobZone: number | null = 3,
): MatchableOccupation => ({ code, riasec: oi(scores), jobZone, pathways });

describe('matching a profile to occupations', () => {
  it('computes r by hand-worked examples and labels Best / Great / Good at 0.75 / 0.50 / 0.25', () => {
    const x = [10, 8, 6, 4, 2, 0];
    expect(correlation(x, [7, 6, 5, 4, 3, 2])).toBeCloseTo(1, 10);
    expect(correlation(x, [2, 3, 4, 5, 6, 7])).toBeCloseTo(-1, 10);
    // Σ(x−x̄)(y−ȳ) = 16, Σ(y−ȳ)² = 16/3 → r = 16 / √(70 · 16/3) = 0.828
    expect(correlation(x, [5, 5, 3, 3, 3, 3])).toBeCloseTo(0.8281, 4);
    // 12 / √(70 · 16/3) = 0.621
    expect(correlation(x, [5, 3, 5, 3, 3, 3])).toBeCloseTo(0.6211, 4);
    // 7 / √(70 · 3.5) = 0.447
    expect(correlation(x, [4, 3, 5, 3, 3, 3])).toBeCloseTo(0.4472, 4);
    // 2 / √(70 · 10/3) = 0.131
    expect(correlation(x, [3, 3, 5, 3, 3, 3])).toBeCloseTo(0.1309, 4);
    expect(correlation(x, [4, 4, 4, 4, 4, 4])).toBeNull();
    expect(correlation([1, 1, 1, 1, 1, 1], [1, 2, 3, 4, 5, 6])).toBeNull();
    expect([0.75, 0.7499, 0.5, 0.4999, 0.25, 0.2499, -1].map(fitLabel)).toEqual([
      'best',
      'great',
      'great',
      'good',
      'good',
      'weak',
      'weak',
    ]);
  });

  it('ranks occupations by r, offers only Good or better, and says which areas drove each', () => {
    const result = matchProfile(STUDENT, [
      occ('good', [4, 3, 5, 3, 3, 3], ['01-01']),
      occ('best', [5, 5, 3, 3, 3, 3], ['01-01']),
      occ('weak', [3, 3, 5, 3, 3, 3], ['01-01']),
      occ('great', [5, 3, 5, 3, 3, 3], ['01-01']),
      occ('opposite', [2, 3, 4, 5, 6, 7], ['01-01']),
      { code: 'no-oi', riasec: null, jobZone: 3, pathways: ['01-01'] },
      { code: 'part-oi', riasec: { R: 5 }, jobZone: 3, pathways: ['01-01'] },
    ]);
    expect(result.occupations.map((m) => [m.code, m.fit, m.r])).toEqual([
      ['best', 'best', 0.828],
      ['great', 'great', 0.621],
      ['good', 'good', 0.447],
    ]);
    // Student above mean on R, I, A; occupation "great" above its mean on R and A.
    expect(result.occupations[1]!.drivers).toEqual(['R', 'A']);
    expect(matchDrivers([10, 8, 6, 4, 2, 0], [5, 5, 3, 3, 3, 3])).toEqual(['R', 'I']);
  });

  it('narrows by job zone, dropping occupations without one', () => {
    const list = [
      occ('z1', [7, 6, 5, 4, 3, 2], ['01-01'], 1),
      occ('z4', [7, 6, 5, 4, 3, 2], ['01-01'], 4),
      occ('none', [7, 6, 5, 4, 3, 2], ['01-01'], null),
    ];
    expect(matchProfile(STUDENT, list).occupations.map((m) => m.code)).toEqual([
      'none',
      'z1',
      'z4',
    ]);
    const narrowed = matchProfile(STUDENT, list, { jobZones: [4, 5] });
    expect(narrowed.occupations.map((m) => m.code)).toEqual(['z4']);
    expect(narrowed.pathways).toEqual([{ code: '01-01', r: 1, fit: 'best', count: 1 }]);
  });

  it('ranks pathways and clusters by mean fit, so size alone does not win', () => {
    // Cluster 01: one pathway of ten Good occupations. Cluster 02: one Best occupation.
    const many = Array.from({ length: 10 }, (_, i) =>
      occ(`many-${i}`, [4, 3, 5, 3, 3, 3], ['01-01']),
    );
    const result = matchProfile(STUDENT, [...many, occ('one', [5, 5, 3, 3, 3, 3], ['02-03'])]);
    expect(result.pathways.map((p) => [p.code, p.r, p.count])).toEqual([
      ['02-03', 0.828, 1],
      ['01-01', 0.447, 10],
    ]);
    expect(result.clusters.map((c) => [c.code, c.fit])).toEqual([
      ['02', 'best'],
      ['01', 'good'],
    ]);
    // Doubling every occupation of a pathway leaves its fit as it was.
    const doubled = matchProfile(STUDENT, [
      ...many,
      ...many.map((o) => ({ ...o, code: `${o.code}b` })),
    ]);
    expect(doubled.pathways[0]!.r).toBe(0.447);
  });

  it("averages a cluster's pathways, not its occupations", () => {
    const result = matchProfile(STUDENT, [
      ...Array.from({ length: 9 }, (_, i) => occ(`big-${i}`, [7, 6, 5, 4, 3, 2], ['05-01'])),
      occ('small', [2, 3, 4, 5, 6, 7], ['05-02']),
    ]);
    // Pathway 05-01 r = 1, pathway 05-02 r = −1: the cluster's mean is 0, not 0.8.
    expect(result.clusters).toEqual([{ code: '05', r: 0, fit: 'weak', count: 2 }]);
  });

  it('matches nothing for a flat profile', () => {
    const flat = { R: 20, I: 20, A: 20, S: 20, E: 20, C: 20 };
    expect(matchProfile(flat, [occ('a', [7, 6, 5, 4, 3, 2], ['01-01'])])).toEqual({
      occupations: [],
      pathways: [],
      clusters: [],
    });
  });
});
