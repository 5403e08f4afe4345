/**
 * Whether a course attempt is one a selector picks. Every condition given must hold; a list
 * matches when any of its entries does. Codes compare by their key (course-code-key.ts), so a
 * pattern written "ENGL 1*" picks "ENGL101", "engl-110" and "ENGL 101" alike; `*` matches any run
 * of characters and `?` one character. A separator the pattern writes between letters and a
 * wildcard ("ENGL *", "MATH-???") says the letters end there: "ENGL *" picks "ENGL 101", not
 * "ENGLISH 9". A code pattern matches the course code or its SCED code.
 */
import type { TCourseSelector } from '../../contracts/requirements.ts';
import { courseCodeKey, spacedCodeKey } from './course-code-key.ts';

export interface SelectableCourse {
  code: string;
  scedCode: string | null;
  cte: boolean;
  pathways: readonly string[];
  dualCredit: boolean;
  advanced: boolean;
}

const patterns = new Map<string, RegExp>();
/** Pieces of a keyed pattern: wildcards, separator runs, and the characters between. */
const PIECE = /[*?]|[\s._-]+|[^*?\s._-]+/g;
const literal = (text: string) => text.replace(/[.\-\\^$+()[\]{}|]/g, '\\$&');

/** What a separator the pattern writes stands for in the code's key, by its neighbours. */
function separator(piece: string, before: string, after: string): string {
  const wildBefore = before === '*' || before === '?';
  const wildAfter = after === '*' || after === '?';
  const digitish = (c: string) => /[\d*?]/.test(c);
  // Between digits the key keeps it; beside a wildcard, kept where the code has digits on both
  // sides and dropped elsewhere, as the key does.
  if (/\d/.test(before) && /\d/.test(after)) return literal(piece);
  if ((wildBefore || wildAfter) && digitish(before) && digitish(after))
    return `(?:(?<=\\d)${literal(piece)}(?=\\d)|(?<!\\d)|(?!\\d))`;
  // Letters, then a wildcard: the letters end here.
  if (wildAfter && /[A-Z&]/.test(before)) return '(?![A-Z&])';
  return '';
}

function compile(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    const pieces = spacedCodeKey(pattern).match(PIECE) ?? [];
    const body = pieces
      .map((piece, i) => {
        if (piece === '*') return '.*';
        if (piece === '?') return '.';
        if (!/^[\s._-]+$/.test(piece)) return literal(piece);
        return separator(piece, pieces[i - 1]?.slice(-1) ?? '', pieces[i + 1]?.[0] ?? '');
      })
      .join('');
    regex = new RegExp(`^${body}$`);
    patterns.set(pattern, regex);
  }
  return regex;
}

/** Whether a code pattern (or a plain code) matches a course code, both read as their keys. */
export const codeMatches = (pattern: string, code: string): boolean =>
  compile(pattern).test(courseCodeKey(code));

const anyCode = (list: readonly string[], course: SelectableCourse): boolean => {
  const code = courseCodeKey(course.code);
  const sced = course.scedCode === null ? null : courseCodeKey(course.scedCode);
  return list.some((p) => compile(p).test(code) || (sced !== null && compile(p).test(sced)));
};

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
