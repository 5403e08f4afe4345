/**
 * Results and marks as transcripts write them: a result in words ("Passed", "In Progress", "W"),
 * and the result a mark stands for when the result is left out.
 */
import type { TranscriptResult } from './transcript-csv.ts';

const RESULT_WORDS: Record<string, TranscriptResult> = {
  pass: 'pass',
  passed: 'pass',
  p: 'pass',
  complete: 'pass',
  completed: 'pass',
  earned: 'pass',
  fail: 'fail',
  failed: 'fail',
  f: 'fail',
  notpassed: 'fail',
  nocredit: 'fail',
  incomplete: 'incomplete',
  inc: 'incomplete',
  i: 'incomplete',
  withdrawn: 'withdrawn',
  withdraw: 'withdrawn',
  withdrew: 'withdrawn',
  withdrawal: 'withdrawn',
  w: 'withdrawn',
  wd: 'withdrawn',
  dropped: 'withdrawn',
  inprogress: 'in_progress',
  ip: 'in_progress',
  enrolled: 'in_progress',
  current: 'in_progress',
  ongoing: 'in_progress',
};

/** A result as written ("pass", "Passed", "In Progress", "in-progress", "W") → its name. */
export const parseResult = (raw: string): TranscriptResult | undefined =>
  RESULT_WORDS[raw.toLowerCase().replace(/[\s_-]+/g, '')];

/** Marks that say the result by themselves; any other mark (a letter, a number, P) passes with credit. */
const MARK_RESULTS: Record<string, TranscriptResult> = {
  IP: 'in_progress',
  W: 'withdrawn',
  WP: 'withdrawn',
  WD: 'withdrawn',
  WX: 'withdrawn',
  WF: 'fail',
  I: 'incomplete',
  INC: 'incomplete',
  F: 'fail',
  // E is the failing mark where a school grades A–E instead of A–F.
  E: 'fail',
  NP: 'fail',
  NC: 'fail',
  NCR: 'fail',
  U: 'fail',
};
/** Marks no passed attempt can have. */
export const FAILING = new Set(['F', 'E', 'NP', 'NC', 'NCR', 'U', 'WF']);

/**
 * The result an empty result field stands for, from the mark and credits: IP or no mark and no
 * credit earned is in progress; W, WP withdrawn; I, INC incomplete; F, NP, NC, U, WF failed; any
 * other mark passed when it earned credit (or the course carries none). Undefined when it cannot
 * be told: a D with credit attempted and none earned (passed, or failed where a D fails?), a B
 * with the credits earned left empty (passed, or a current grade of a course under way?).
 */
export function resultOf(
  grade: string,
  attempted: number | undefined,
  earned: number | undefined,
): TranscriptResult | undefined {
  const mark = MARK_RESULTS[grade];
  if (mark) return mark;
  if (grade === '') return earned !== undefined && earned > 0 ? 'pass' : 'in_progress';
  if (earned === undefined) return undefined;
  if (earned > 0 || (attempted ?? 0) === 0) return 'pass';
  return undefined;
}
