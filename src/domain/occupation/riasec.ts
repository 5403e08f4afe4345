/** Holland (RIASEC) interest profiles: six scores from 1 to 7 and a short interest code. */

export const RIASEC = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC)[number];
export type RiasecScores = Partial<Record<RiasecLetter, number>>;

const BY_NAME: Record<string, RiasecLetter> = {
  realistic: 'R',
  investigative: 'I',
  artistic: 'A',
  social: 'S',
  enterprising: 'E',
  conventional: 'C',
};

export function riasecLetterOf(elementName: string): RiasecLetter | undefined {
  return BY_NAME[elementName.trim().toLowerCase()];
}

/**
 * The interest code: letters of the highest scores, highest first, up to three, keeping only
 * letters scored at least `min` (O*NET calls these high points). Ties keep RIASEC order.
 */
export function interestCode(scores: RiasecScores, min = 3.5): string {
  return RIASEC.filter((letter) => (scores[letter] ?? 0) >= min)
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))
    .slice(0, 3)
    .join('');
}
