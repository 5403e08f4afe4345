/** Transcript course codes resolved to the catalog's spelling of them. */
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';

/**
 * The catalog code a transcript's course code stands for when the catalog does not know it as
 * written: an all-digit code a spreadsheet stripped of its leading zeros ("2052" for "02052"), or
 * a code written with another separator between its prefix and number ("ENG-9", "ENG9" for
 * "ENG 9": domain/requirements/course-code-key.ts), when exactly one catalog code is so.
 * Undefined when it is known or has no match.
 */
export function catalogResolver(known: ReadonlyMap<string, unknown>) {
  const byDigits = new Map<string, string | null>();
  const byKey = new Map<string, string | null>();
  for (const code of known.keys()) {
    const key = courseCodeKey(code);
    byKey.set(key, byKey.has(key) ? null : code);
    if (!/^\d+$/.test(code)) continue;
    const digits = code.replace(/^0+/, '');
    byDigits.set(digits, byDigits.has(digits) ? null : code);
  }
  return (code: string): string | undefined => {
    if (known.has(code)) return undefined;
    // "ENG-9" or "ENG9" for the catalog's "ENG 9", when one catalog code is written so.
    if (!/^\d+$/.test(code)) return byKey.get(courseCodeKey(code)) ?? undefined;
    return byDigits.get(code.replace(/^0+/, '')) ?? undefined;
  };
}
