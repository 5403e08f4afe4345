/** The password rule of the API (at least 10 characters) and a rough strength hint for people. */
export const MIN_PASSWORD_LENGTH = 10;

export type Strength = 'too_short' | 'weak' | 'fair' | 'strong';

/**
 * Length matters most; mixing kinds of characters helps a little. Repeated characters and
 * single repeated words count once. Only a hint: the server checks the length.
 */
export function passwordStrength(password: string): Strength {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  const distinct = new Set(password.toLowerCase()).size;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  const words = password.split(/[\s\-_.]+/).filter((word) => word.length >= 3).length;
  let score = distinct >= 8 ? 1 : 0;
  if (password.length >= 14) score += 1;
  if (password.length >= 20 || words >= 4) score += 1;
  if (kinds >= 3) score += 1;
  if (distinct < 5) score = 0;
  return score >= 3 ? 'strong' : score >= 2 ? 'fair' : 'weak';
}
