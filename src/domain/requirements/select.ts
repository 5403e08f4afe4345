/**
 * Whether a course attempt is one a selector picks. Every condition given must hold; a list
 * matches when any of its entries does. Codes compare without case; `*` matches any run of
 * characters and `?` one character. A code pattern matches the course code or its SCED code.
 */
import type { TCourseSelector } from '../../contracts/requirements.ts';

export interface SelectableCourse {
  code: string;
  scedCode: string | null;
  cte: boolean;
  pathways: readonly string[];
  dualCredit: boolean;
  advanced: boolean;
}

const patterns = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.\-\\^$+()[\]{}|]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${body}$`, 'i');
    patterns.set(pattern, regex);
  }
  return regex;
}

export const codeMatches = (pattern: string, code: string): boolean => compile(pattern).test(code);

const anyCode = (list: readonly string[], course: SelectableCourse): boolean =>
  list.some(
    (p) =>
      codeMatches(p, course.code) || (course.scedCode !== null && codeMatches(p, course.scedCode)),
  );

/** The SCED subject area: the first two digits of the SCED code. */
export const scedSubject = (scedCode: string | null): string | null =>
  scedCode && /^\d{2}/.test(scedCode) ? scedCode.slice(0, 2) : null;

export function selects(selector: TCourseSelector, course: SelectableCourse): boolean {
  if (selector.exclude && anyCode(selector.exclude, course)) return false;
  if (selector.codes && !anyCode(selector.codes, course)) return false;
  if (selector.scedSubjects) {
    const subject = scedSubject(course.scedCode);
    if (subject === null || !selector.scedSubjects.includes(subject)) return false;
  }
  if (selector.cte !== undefined && course.cte !== selector.cte) return false;
  if (selector.pathways && !course.pathways.some((p) => selector.pathways!.includes(p)))
    return false;
  if (selector.clusters && !course.pathways.some((p) => selector.clusters!.includes(p.slice(0, 2))))
    return false;
  if (selector.dualCredit !== undefined && course.dualCredit !== selector.dualCredit) return false;
  if (selector.advanced !== undefined && course.advanced !== selector.advanced) return false;
  return true;
}
