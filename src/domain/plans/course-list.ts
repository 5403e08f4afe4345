/**
 * A course list read once for every key press of a filter (course-match.ts): each course's words
 * (course-words.ts), and every distinct word of the whole list once, numbered. A key press then
 * scores what was typed against each word of the list once, and a course only looks up its
 * words' numbers, instead of comparing every typed word with every word of every course. Pure.
 */
import {
  wordsOfCourse,
  type CourseWords,
  type MatchableCourse,
  type WordField,
} from './course-words.ts';

/** How much a match counts by where the word comes from. */
export const FIELD_WEIGHT: Record<WordField['kind'], number> = { title: 1, code: 0.8, tag: 0.5 };

/** One course of a list, its words as numbers of the list's words. */
export interface ListedCourse {
  codes: string[];
  /** Its distinct words; for each, the most a match on it counts, and whether a title has it. */
  ids: Int32Array;
  weights: Float64Array;
  inTitle: Uint8Array;
  /** Each title's readings (course-words.ts titleReadings) as word numbers; the first is its own. */
  titles: Int32Array[][];
}

export interface CourseList<T> {
  items: readonly T[];
  /** Each item's course, undefined for an item with none. */
  courses: (ListedCourse | undefined)[];
  /** Every distinct word of the list's courses, by number. */
  words: string[];
}

/** A course's words, read once per course object (a list built again reuses them). */
const read = new WeakMap<MatchableCourse, CourseWords>();
function wordsOf(course: MatchableCourse): CourseWords {
  let words = read.get(course);
  if (!words) read.set(course, (words = wordsOfCourse(course)));
  return words;
}

export function courseList<T>(
  items: readonly T[],
  courseOf: (item: T) => MatchableCourse | undefined,
): CourseList<T> {
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const number = (word: string) => {
    let id = numbers.get(word);
    if (id === undefined) {
      numbers.set(word, (id = words.length));
      words.push(word);
    }
    return id;
  };
  const courses = items.map((item): ListedCourse | undefined => {
    const course = courseOf(item);
    if (!course) return undefined;
    const { fields, codes } = wordsOf(course);
    const best = new Map<number, { weight: number; title: boolean }>();
    for (const field of fields)
      for (const word of field.words) {
        const id = number(word);
        const now = best.get(id);
        const weight = Math.max(now?.weight ?? 0, FIELD_WEIGHT[field.kind]);
        best.set(id, { weight, title: (now?.title ?? false) || field.kind === 'title' });
      }
    const ids = [...best.keys()];
    return {
      codes,
      ids: Int32Array.from(ids),
      weights: Float64Array.from(ids, (id) => best.get(id)!.weight),
      inTitle: Uint8Array.from(ids, (id) => (best.get(id)!.title ? 1 : 0)),
      titles: fields
        .filter((f) => f.kind === 'title')
        .map((f) => f.readings.map((r) => Int32Array.from(r, number))),
    };
  });
  return { items, courses, words };
}
