/**
 * Finding a course the way students name it: "ap bio", "alg 2", "algebra ii", "chem", "pre calc",
 * "español 2", "apush", "gym", "MTH201". Pure, so the editor and any other picker share it.
 *
 * The rules, in general:
 * - accents and case are ignored, and so is punctuation ("U.S." is "us", "Pre-Calc" "pre calc");
 * - roman and arabic numerals are equal ("II" = "2"), and an ordinal is its number ("10th");
 * - a typed word matches a course word it begins ("chem" → Chemistry, "calc" → Calculus), or a
 *   short word the catalog wrote that begins it ("chemistry" → "Chem I"); a number matches
 *   whole, except the word still being typed ("1" while typing "10");
 * - two typed words may stand for one word of the title ("pre calc" → Precalculus) and two title
 *   words may be typed as one ("precalc" → Pre-Calculus);
 * - the short names of COURSE_ABBREVIATIONS (course-abbreviations.ts) match their long forms
 *   both ways ("pe" → Physical Education, "Advanced Placement" → "AP Biology");
 * - words may come in any order, and every typed word must match something: a title in English
 *   or Spanish, a code (state, SCED or college), the subject, "cte" for a CTE course, "dual
 *   credit" for one a credit agreement covers. Only a joining word ("and", "of", "y", "de") or
 *   a word for a course, its grade or year ("grade", "year", "class", "curso") that matches
 *   nothing is let go;
 * - a whole code, or its beginning, typed with or without spaces ("MTH201", "mth 2") matches.
 *
 * The score orders matches: exact words before beginnings, titles before codes and subjects, a
 * title the words cover more of (Chemistry before AP Chemistry for "chem") and a title that
 * starts with the first typed word first.
 */
import { courseWords, numeralOf, wordsOfCourse, type MatchableCourse } from './course-words.ts';
import type { CourseWords, WordField } from './course-words.ts';

export type { MatchableCourse } from './course-words.ts';

/** How well a course matches what was typed: more is better. */
export interface CourseMatch {
  score: number;
}

/** Joining words, and words that say "a course" or its grade, let go when they match nothing. */
const LET_GO = new Set([
  'grade',
  'grado',
  'year',
  'yr',
  'ano',
  'level',
  'nivel',
  'class',
  'course',
  'curso',
  'clase',
  'and',
  'of',
  'the',
  'for',
  'to',
  'in',
  'y',
  'e',
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'en',
]);

const FIELD_WEIGHT: Record<WordField['kind'], number> = { title: 1, code: 0.8, tag: 0.5 };

interface TypedWord {
  /** The word, and what else it may mean ("ii" is also "2"). */
  forms: string[];
  /** Still being typed (the last word, no space after it): a number may be a beginning. */
  open: boolean;
}

/** What was typed, read once for many courses. */
export interface CourseQuery {
  words: TypedWord[];
  /** The whole text without spaces or punctuation, for codes ("mth201"). */
  compact: string;
}

export function courseQuery(typed: string): CourseQuery {
  const words = courseWords(typed);
  const open = !/\s$/.test(typed);
  return {
    words: words.map((word, i) => {
      const numeral = numeralOf(word);
      return { forms: numeral ? [word, numeral] : [word], open: open && i === words.length - 1 };
    }),
    compact: words.join(''),
  };
}

/** Whether a word is a number (words are all letters or all digits). */
const isNumber = (word: string) => word.charCodeAt(0) <= 57;

/** How well one typed form matches one course word: 0 when it does not. */
function formScore(form: string, word: string, open: boolean, joined = false): number {
  if (form === word) return 3;
  if (isNumber(form) !== isNumber(word)) return 0;
  if (word.startsWith(form) && (!isNumber(form) || open)) return 1.5 + form.length / word.length;
  // A short word of the catalog ("Chem", "Geom") that the typed word (one word) begins with.
  if (!joined && !isNumber(form) && word.length >= 3 && form.startsWith(word)) return 1;
  return 0;
}

/**
 * The best a typed word (given as its forms) scores on a course; the title words it hits go into
 * `hits`, marked "=" when matched whole.
 */
function unitScore(
  forms: string[],
  open: boolean,
  joined: boolean,
  fields: WordField[],
  hits: Set<string>,
) {
  let best = 0;
  for (const field of fields) {
    for (const word of field.words) {
      for (const form of forms) {
        const score = formScore(form, word, open, joined) * FIELD_WEIGHT[field.kind];
        if (score > 0 && field.kind === 'title') hits.add(form === word ? `=${word}` : word);
        if (score > best) best = score;
      }
    }
  }
  return best;
}

/**
 * The best total for the typed words from `at` on, each matched alone or joined with the next
 * one; -Infinity when some word matches nothing.
 */
function wordsScore(
  query: CourseQuery,
  fields: WordField[],
  hits: Set<string>,
  at = 0,
  memo = new Map<number, number>(),
): number {
  if (at >= query.words.length) return 0;
  const known = memo.get(at);
  if (known !== undefined) return known;
  const word = query.words[at]!;
  let best = -Infinity;
  const alone = unitScore(word.forms, word.open, false, fields, hits);
  if (alone > 0) best = alone + wordsScore(query, fields, hits, at + 1, memo);
  const next = query.words[at + 1];
  if (next && !isNumber(word.forms[0]!) && !isNumber(next.forms[0]!)) {
    const joined = unitScore([word.forms[0]! + next.forms[0]!], next.open, true, fields, hits);
    if (joined > 0) best = Math.max(best, joined + wordsScore(query, fields, hits, at + 2, memo));
  }
  if (best === -Infinity && LET_GO.has(word.forms[0]!))
    best = wordsScore(query, fields, hits, at + 1, memo);
  memo.set(at, best);
  return best;
}

/**
 * A code typed whole (first of all) or begun (at least 3 characters, one a digit, still being
 * typed): how much it counts. A begun code counts little: "eng 10" is English 10 before the
 * course coded ENG101.
 */
function codeScore(query: CourseQuery, codes: string[]): number {
  const typed = query.compact;
  if (typed.length === 0) return 0;
  if (codes.includes(typed)) return 20;
  const open = query.words.at(-1)?.open ?? false;
  if (open && typed.length >= 3 && /\d/.test(typed) && codes.some((c) => c.startsWith(typed)))
    return 1;
  return 0;
}

/** A course's words, read once per course object: a filter runs on each key press. */
const prepared = new WeakMap<MatchableCourse, CourseWords>();
function preparedWords(course: MatchableCourse): CourseWords {
  let words = prepared.get(course);
  if (!words) prepared.set(course, (words = wordsOfCourse(course)));
  return words;
}

/** Whether a course matches what was typed, and how well; undefined when it does not. */
export function matchCourse(
  typed: string | CourseQuery,
  course: MatchableCourse,
): CourseMatch | undefined {
  const query = typeof typed === 'string' ? courseQuery(typed) : typed;
  if (query.words.length === 0) return undefined;
  const { fields, codes } = preparedWords(course);
  const byCode = codeScore(query, codes);
  const hits = new Set<string>();
  const byWords = wordsScore(query, fields, hits);
  if (byCode === 0 && byWords === -Infinity) return undefined;
  const titles = fields.filter((f) => f.kind === 'title');
  // How much of a title (in some reading) the typed words cover, and whether it starts with the
  // first one.
  // A short name read into a title counts as covered when typed whole: "ap" covers "AP
  // Biology", not the whole of "AP Environmental Science" read as "apes".
  const covered = (word: string, own: boolean) => hits.has(`=${word}`) || (own && hits.has(word));
  const cover = Math.max(
    0,
    ...titles.flatMap((t) =>
      t.readings.map((r, i) => r.filter((w) => covered(w, i === 0)).length / Math.max(1, r.length)),
    ),
  );
  const readings = titles.flatMap((t) => t.readings);
  const first = query.words[0]!.forms;
  const starts = readings.some((r) =>
    first.some((form) => r[0] !== undefined && formScore(form, r[0], true) > 0),
  );
  return {
    score: byCode + Math.max(0, byWords) + 2 * cover + (starts ? 1 : 0),
  };
}

/**
 * The items whose course matches what was typed, best first (items of equal score keep their
 * order); all of them, in their order, when nothing is typed.
 */
export function filterCourses<T>(
  typed: string,
  items: readonly T[],
  courseOf: (item: T) => MatchableCourse | undefined,
): T[] {
  const query = courseQuery(typed);
  if (query.words.length === 0) return [...items];
  return items
    .map((item, index) => {
      const course = courseOf(item);
      return { item, index, match: course ? matchCourse(query, course) : undefined };
    })
    .filter((m) => m.match !== undefined)
    .sort((a, b) => b.match!.score - a.match!.score || a.index - b.index)
    .map((m) => m.item);
}
