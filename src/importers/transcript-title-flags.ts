/**
 * The course level a printed transcript writes into the course title, as registrars print it:
 * "AP Biology", "IB Math HL", "English 10 Honors", "Chemistry (H)", "US History (DE)", "DE:
 * College Algebra", "Dual Enrollment ENGL 1301", "Advanced Placement Calculus". Short markers
 * count in capitals only, as a word (AP, IB) or set apart (DE and DC at the start or in
 * brackets, H in brackets), so "Map Skills" or an all-capitals Spanish "HISTORIA DE MÉXICO" flags
 * nothing.
 */
import type { CourseFlag } from '../domain/requirements/course-flags.ts';

/** Each flag: a marker in capitals as written, and words in any case. */
const MARKERS: ReadonlyArray<readonly [CourseFlag, RegExp, RegExp]> = [
  ['AP', /(?<![\p{L}\p{N}])AP(?![\p{L}\p{N}])/u, /\badvanced\s+placement\b/i],
  ['IB', /(?<![\p{L}\p{N}])IB(?![\p{L}\p{N}])/u, /\binternational\s+baccalaureate\b/i],
  ['H', /[([]\s*H\s*[)\]]/, /\b(?:honou?rs|hon\.?)(?![\p{L}])/iu],
  [
    'DE',
    /^\s*(?:DE|DC)\s*[:\-–]|[([]\s*(?:DE|DC|D\/E)\s*[)\]]/,
    /\bdual[\s-]+(?:enrollment|enrolment|credit)\b|\bconcurrent\s+enrollment\b/i,
  ],
];

/** The flags a title's markers name. */
export const titleFlags = (title: string): CourseFlag[] =>
  MARKERS.filter(([, marker, words]) => marker.test(title) || words.test(title)).map(
    ([flag]) => flag,
  );
