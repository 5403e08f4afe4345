/**
 * Scoring the Interest Profiler, exactly as O*NET does: each answer counts (answer − 1), 0 to 4,
 * and an area's raw score is the sum over its items — 0–40 on the 60-item form (10 items per
 * area), 0–20 on the Mini-IP (5 per area).
 *
 * High-point code: the three areas with the highest raw scores, highest first. Tie rule (ours,
 * documented because O*NET publishes none): equal scores keep the RIASEC order R, I, A, S, E, C,
 * so the code is always the same for the same answers. `tied` lists the areas left out of the
 * code that score the same as its last letter, so a page can say the third letter is a toss-up.
 * A flat profile (all six scores equal) has no meaningful code and matches no occupation.
 */
import { invalid } from '../errors.ts';
import { RIASEC, type RiasecLetter } from '../occupation/riasec.ts';
import type { ProfilerItem } from './profiler.ts';

export type AreaScores = Record<RiasecLetter, number>;

export interface InterestProfile {
  scores: AreaScores;
  /** The most each area can score on this form. */
  max: number;
  code: string;
  tied: RiasecLetter[];
  flat: boolean;
}

const known = new WeakMap<readonly ProfilerItem[], Set<string>>();

/** A form's item ids, worked out once per form. */
function knownIds(items: readonly ProfilerItem[]): Set<string> {
  let ids = known.get(items);
  if (!ids) known.set(items, (ids = new Set(items.map((i) => i.id))));
  return ids;
}

/**
 * The first problem with a set of answers, in the form's order: an item left out, an answer that
 * is not a whole number 1–5, or an id the form does not have. Names the item.
 */
export function answerProblem(
  items: readonly ProfilerItem[],
  answers: Readonly<Record<string, unknown>>,
): { itemId: string; message: string } | undefined {
  let own = 0;
  for (const item of items) {
    const value = answers[item.id];
    if (value === undefined || value === null)
      return { itemId: item.id, message: `Item ${item.id} has no answer.` };
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5)
      return {
        itemId: item.id,
        message: `Item ${item.id}: the answer must be a whole number from 1 to 5.`,
      };
    if (Object.hasOwn(answers, item.id)) own++;
  }
  // Every item is answered by a key of its own: another key can only be there if there are more.
  const ids = Object.keys(answers);
  if (ids.length === own) return undefined;
  const known = knownIds(items);
  const stray = ids.find((id) => !known.has(id));
  if (stray !== undefined) return { itemId: stray, message: `This form has no item ${stray}.` };
  return undefined;
}

/** A form's items as area indexes (RIASEC order), worked out once per form. */
const areaIndexes = new WeakMap<readonly ProfilerItem[], Int8Array>();

function areasOf(items: readonly ProfilerItem[]): Int8Array {
  let areas = areaIndexes.get(items);
  if (!areas) {
    areas = Int8Array.from(items, (item) => RIASEC.indexOf(item.area));
    areaIndexes.set(items, areas);
  }
  return areas;
}

/** Whether a plain object's own keys are the only place an item's answer can come from. */
const noInheritedIds = new WeakMap<readonly ProfilerItem[], boolean>();

function idsNotInherited(items: readonly ProfilerItem[]): boolean {
  let none = noInheritedIds.get(items);
  if (none === undefined) {
    none = items.every((item) => !(item.id in Object.prototype));
    noInheritedIds.set(items, none);
  }
  return none;
}

/**
 * Raw area scores; throws an `invalid` error naming the item when an answer is wrong. One pass
 * over the items for answers that are right (nearly all): each a whole number 1–5, and exactly
 * as many keys as items, none of them inherited, so no stray one; anything else is looked at
 * again by answerProblem, which names the first problem.
 */
export function scoreAnswers(
  items: readonly ProfilerItem[],
  answers: Readonly<Record<string, unknown>>,
): AreaScores {
  const areas = areasOf(items);
  const ordered = inFormOrder(items, areas, answers);
  if (ordered) return ordered;
  const sums = [0, 0, 0, 0, 0, 0];
  let right = true;
  for (let k = 0; k < items.length; k++) {
    const value = answers[items[k]!.id];
    if (
      typeof value !== 'number' ||
      !(value === 1 || value === 2 || value === 3 || value === 4 || value === 5)
    ) {
      right = false;
      break;
    }
    sums[areas[k]!]! += value - 1;
  }
  const proto: unknown = Object.getPrototypeOf(answers);
  if (
    !right ||
    !(proto === Object.prototype || proto === null) ||
    !idsNotInherited(items) ||
    Object.keys(answers).length !== items.length
  ) {
    const problem = answerProblem(items, answers);
    if (problem) throw invalid(problem.message, `answers.${problem.itemId}`);
    // Right after all (say an object of another prototype): summed the plain way.
    return plainScores(items, answers);
  }
  const [R, I, A, S, E, C] = sums as [number, number, number, number, number, number];
  return { R, I, A, S, E, C };
}

/**
 * The scores when the answers are a plain object whose own keys are exactly the items' ids in
 * the form's order (as a survey taken from start to end sends them), each answer right: one pass
 * over its keys and values side by side, where looking each item up costs more. Undefined
 * otherwise, for scoreAnswers' general pass.
 */
function inFormOrder(
  items: readonly ProfilerItem[],
  areas: Int8Array,
  answers: Readonly<Record<string, unknown>>,
): AreaScores | undefined {
  const proto: unknown = Object.getPrototypeOf(answers);
  if (!(proto === Object.prototype || proto === null)) return undefined;
  const keys = Object.keys(answers);
  if (keys.length !== items.length) return undefined;
  // Own enumerable values, in the keys' order: each is answers[keys[k]].
  const values = Object.values(answers);
  const sums = [0, 0, 0, 0, 0, 0];
  for (let k = 0; k < keys.length; k++) {
    const value = values[k];
    if (
      keys[k] !== items[k]!.id ||
      !(value === 1 || value === 2 || value === 3 || value === 4 || value === 5)
    )
      return undefined;
    sums[areas[k]!]! += value - 1;
  }
  const [R, I, A, S, E, C] = sums as [number, number, number, number, number, number];
  return { R, I, A, S, E, C };
}

function plainScores(
  items: readonly ProfilerItem[],
  answers: Readonly<Record<string, unknown>>,
): AreaScores {
  const scores: AreaScores = { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 };
  for (const item of items) scores[item.area] += (answers[item.id] as number) - 1;
  return scores;
}

/** The three highest areas, ties in RIASEC order, and the areas tied with the third. */
export function highPointCode(scores: AreaScores): { code: string; tied: RiasecLetter[] } {
  // Insertion by score, highest first: an area goes past only lower ones, so ties keep RIASEC order.
  const ranked: RiasecLetter[] = [];
  for (const letter of RIASEC) {
    let at = ranked.length;
    while (at > 0 && scores[ranked[at - 1]!] < scores[letter]) at--;
    ranked.splice(at, 0, letter);
  }
  const last = scores[ranked[2]!];
  return {
    code: ranked[0]! + ranked[1]! + ranked[2]!,
    tied: ranked.slice(3).filter((l) => scores[l] === last),
  };
}

export const isFlat = (scores: AreaScores): boolean =>
  RIASEC.every((letter) => scores[letter] === scores.R);

export function profileOf(
  items: readonly ProfilerItem[],
  answers: Readonly<Record<string, unknown>>,
): InterestProfile {
  return profileOfScores(scoreAnswers(items, answers), maxPerArea(items));
}

/** The profile six raw scores make, each out of `max`. */
export function profileOfScores(scores: AreaScores, max: number): InterestProfile {
  const { code, tied } = highPointCode(scores);
  return { scores, max, code, tied, flat: isFlat(scores) };
}

/** 4 points per item of the area: every form has the same number of items in each area. */
export const maxPerArea = (items: readonly ProfilerItem[]): number => formMax(items.length);

/** The most an area can score on a form of this many items: 40 for 60 items, 20 for 30. */
export const formMax = (itemCount: number): number => (4 * itemCount) / RIASEC.length;

/** How each area moved between two profiles, in percentage points of the area's maximum. */
export function profileChange(
  before: { scores: AreaScores; max: number },
  after: { scores: AreaScores; max: number },
): AreaScores {
  const pct = (p: { scores: AreaScores; max: number }, l: RiasecLetter) =>
    (100 * p.scores[l]) / p.max;
  const change = {} as AreaScores;
  for (const l of RIASEC) change[l] = Math.round(pct(after, l) - pct(before, l));
  return change;
}
