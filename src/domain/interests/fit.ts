/**
 * Fit labels for a correlation r (our cut-offs; O*NET does not publish its own; matching.ts has
 * the reasons), and a pathway's or cluster's fit.
 */

export const FIT_CUTOFFS = { best: 0.75, great: 0.5, good: 0.25 } as const;
export type FitLabel = 'best' | 'great' | 'good' | 'weak';

export function fitLabel(r: number): FitLabel {
  if (r >= FIT_CUTOFFS.best) return 'best';
  if (r >= FIT_CUTOFFS.great) return 'great';
  if (r >= FIT_CUTOFFS.good) return 'good';
  return 'weak';
}

export interface GroupFit {
  code: string;
  r: number;
  fit: FitLabel;
  /** Matchable occupations the mean was taken over (pathways: occupations; clusters: pathways). */
  count: number;
}
