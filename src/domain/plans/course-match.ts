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
import { courseList, type CourseList, type ListedCourse } from './course-list.ts';
import { courseWords, numeralOf, type MatchableCourse } from './course-words.ts';

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
 * What one typed word (given as its forms) scores on each word of a list, read once per key
 * press: the best score, and whether a form is the word itself (`whole`) or matches it otherwise
 * (`part`), as a title word hit counts for how much of the title is covered.
 */
interface Unit {
  score: Float64Array;
  whole: Uint8Array;
  part: Uint8Array;
}

function unit(words: readonly string[], forms: string[], open: boolean, joined: boolean): Unit {
  const score = new Float64Array(words.length);
  const whole = new Uint8Array(words.length);
  const part = new Uint8Array(words.length);
  words.forEach((word, id) => {
    for (const form of forms) {
      const s = formScore(form, word, open, joined);
      if (s <= 0) continue;
      if (form === word) whole[id] = 1;
      else part[id] = 1;
      if (s > score[id]!) score[id] = s;
    }
  });
  return { score, whole, part };
}

/** The title words a course's typed words hit (by number), whole or otherwise. */
interface Hits {
  whole: Set<number>;
  part: Set<number>;
}

/** The best a typed word (its unit) scores on a course; the title words it hits go into `hits`. */
function unitScore(u: Unit, course: ListedCourse, hits: Hits): number {
  let best = 0;
  const { ids, weights, inTitle } = course;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const s = u.score[id]!;
    if (s === 0) continue;
    if (inTitle[i]) {
      if (u.whole[id]) hits.whole.add(id);
      if (u.part[id]) hits.part.add(id);
    }
    if (s * weights[i]! > best) best = s * weights[i]!;
  }
  return best;
}

/** What was typed, read against a list's words: each word alone, and each joined with the next. */
interface QueryUnits {
  alone: Unit[];
  joined: (Unit | undefined)[];
}

function queryUnits(query: CourseQuery, words: readonly string[]): QueryUnits {
  return {
    alone: query.words.map((w) => unit(words, w.forms, w.open, false)),
    joined: query.words.map((w, at) => {
      const next = query.words[at + 1];
      if (!next || isNumber(w.forms[0]!) || isNumber(next.forms[0]!)) return undefined;
      return unit(words, [w.forms[0]! + next.forms[0]!], next.open, true);
    }),
  };
}

/**
 * The best total for the typed words from `at` on, each matched alone or joined with the next
 * one; -Infinity when some word matches nothing.
 */
function wordsScore(
  query: CourseQuery,
  units: QueryUnits,
  course: ListedCourse,
  hits: Hits,
  at = 0,
  memo = new Map<number, number>(),
): number {
  if (at >= query.words.length) return 0;
  const known = memo.get(at);
  if (known !== undefined) return known;
  const word = query.words[at]!;
  let best = -Infinity;
  const alone = unitScore(units.alone[at]!, course, hits);
  if (alone > 0) best = alone + wordsScore(query, units, course, hits, at + 1, memo);
  const pair = units.joined[at];
  if (pair) {
    const joined = unitScore(pair, course, hits);
    if (joined > 0)
      best = Math.max(best, joined + wordsScore(query, units, course, hits, at + 2, memo));
  }
  if (best === -Infinity && LET_GO.has(word.forms[0]!))
    best = wordsScore(query, units, course, hits, at + 1, memo);
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

/** How a course of a list matches what was typed; undefined when it does not. */
function matchListed(
  query: CourseQuery,
  units: QueryUnits,
  words: readonly string[],
  course: ListedCourse,
): CourseMatch | undefined {
  const byCode = codeScore(query, course.codes);
  const hits: Hits = { whole: new Set(), part: new Set() };
  const byWords = wordsScore(query, units, course, hits);
  if (byCode === 0 && byWords === -Infinity) return undefined;
  // How much of a title (in some reading) the typed words cover, and whether it starts with the
  // first one.
  // A short name read into a title counts as covered when typed whole: "ap" covers "AP
  // Biology", not the whole of "AP Environmental Science" read as "apes".
  const covered = (id: number, own: boolean) => hits.whole.has(id) || (own && hits.part.has(id));
  const cover = Math.max(
    0,
    ...course.titles.flatMap((readings) =>
      readings.map((r, i) => {
        let n = 0;
        for (const id of r) if (covered(id, i === 0)) n++;
        return n / Math.max(1, r.length);
      }),
    ),
  );
  const first = query.words[0]!.forms;
  const starts = course.titles.some((readings) =>
    readings.some((r) =>
      first.some((form) => r[0] !== undefined && formScore(form, words[r[0]]!, true) > 0),
    ),
  );
  return {
    score: byCode + Math.max(0, byWords) + 2 * cover + (starts ? 1 : 0),
  };
}

/** Whether a course matches what was typed, and how well; undefined when it does not. */
export function matchCourse(
  typed: string | CourseQuery,
  course: MatchableCourse,
): CourseMatch | undefined {
  const query = typeof typed === 'string' ? courseQuery(typed) : typed;
  if (query.words.length === 0) return undefined;
  const list = courseList([course], (c) => c);
  return matchListed(query, queryUnits(query, list.words), list.words, list.courses[0]!);
}

/**
 * The items of a list read once (course-list.ts) whose course matches what was typed, best
 * first (items of equal score keep their order); all of them, in their order, when nothing is
 * typed. The per key press work: each typed word against each distinct word of the list once,
 * then per course a look-up of its words.
 */
export function filterCourseList<T>(typed: string, list: CourseList<T>): T[] {
  const query = courseQuery(typed);
  if (query.words.length === 0) return [...list.items];
  const units = queryUnits(query, list.words);
  const matches: { item: T; index: number; score: number }[] = [];
  list.courses.forEach((course, index) => {
    const match = course && matchListed(query, units, list.words, course);
    if (match) matches.push({ item: list.items[index]!, index, score: match.score });
  });
  return matches.sort((a, b) => b.score - a.score || a.index - b.index).map((m) => m.item);
}

/** filterCourseList over a list read for this one call. */
export const filterCourses = <T>(
  typed: string,
  items: readonly T[],
  courseOf: (item: T) => MatchableCourse | undefined,
): T[] =>
  courseQuery(typed).words.length === 0
    ? [...items]
    : filterCourseList(typed, courseList(items, courseOf));
