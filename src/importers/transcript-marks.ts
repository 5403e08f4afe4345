/**
 * Results and marks as transcripts write them: a result in words ("Passed", "In Progress", "W",
 * "Audit", "No Grade"), a mark as written (letters with + or -, P/F, CR/NC, I, IP, W, WP, WF,
 * AU, NG, or a percent such as 87 or 92.5), and the result a mark stands for when the result is
 * left out.
 */
import type { TranscriptResult } from './transcript-csv.ts';
import { markNumber, passesAt, type LowestPass } from './transcript-passing.ts';

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
  credit: 'pass',
  cr: 'pass',
  nc: 'fail',
  // Loss of credit (for attendance): the mark may pass, the credit is not given.
  lc: 'fail',
  loc: 'fail',
  lossofcredit: 'fail',
  creditdenied: 'fail',
  np: 'fail',
  notpass: 'fail',
  wf: 'fail',
  withdrawnfailing: 'fail',
  wp: 'withdrawn',
  withdrawnpassing: 'withdrawn',
  // An audited course is attended for no credit: it counts nowhere, and is no fail.
  audit: 'withdrawn',
  audited: 'withdrawn',
  au: 'withdrawn',
  // No grade given (yet): the course is not finished.
  nograde: 'incomplete',
  ng: 'incomplete',
  nomark: 'incomplete',
  nm: 'incomplete',
  notcomplete: 'incomplete',
  notcompleted: 'incomplete',
  // NY SIRS course outcomes: P pass, F fail, N not complete (for any reason).
  n: 'incomplete',
};

/** A result as written ("pass", "Passed", "In Progress", "in-progress", "W") → its name. */
export function parseResult(raw: string): TranscriptResult | undefined {
  const key = raw.toLowerCase().replace(/[\s_/-]+/g, '');
  return Object.hasOwn(RESULT_WORDS, key) ? RESULT_WORDS[key] : undefined;
}

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
  LC: 'fail',
  LOC: 'fail',
  U: 'fail',
  FAIL: 'fail',
  AU: 'withdrawn',
  AUD: 'withdrawn',
};
/** Marks that say the course was passed. */
const PASS_MARKS = new Set(['P', 'CR', 'PASS', 'S']);
/** No grade, no mark: with credit earned (a course graded without marks) passed, else incomplete. */
const NO_MARK = new Set(['NG', 'NM', 'N/G', 'NOGRADE', 'NOMARK']);

/**
 * A mark as kept: upper case without spaces ("a -" → "A-"); a percent written "92.50", "87%" or
 * "87,5" as the number it is ("92.5", "87", "87.5"); a placeholder ("-", "--", "N/A") as no mark.
 */
export function normalizeMark(raw: string): string {
  const mark = raw.toUpperCase().replace(/\s+/g, '');
  // A placeholder for no mark yet ("-", "--", "N/A", "*") is no mark.
  if (/^(?:-+|\*+|N\/A|—|–)$/.test(mark)) return '';
  // A minus as typeset ("A−", "B–", from a PDF or a word processor) is the hyphen's minus.
  if (/^[A-F][−–‐‑]$/.test(mark)) return `${mark[0]}-`;
  const percent = /^(\d{1,3}(?:[.,]\d+)?)%?$/.exec(mark);
  if (!percent) return mark;
  const value = Number(percent[1]!.replace(',', '.'));
  return value <= 200 ? String(Math.round(value * 100) / 100) : mark;
}

export { markNumber } from './transcript-passing.ts';

/**
 * Below 60 fails on every US percent scale (schools set the lowest pass at 60, 65 or 70), so a
 * percent mark under 60 that earned no credit is a fail.
 */
export const PERCENT_FAIL_BELOW = 60;
/** Marks no passed attempt can have. */
export const FAILING = new Set(['F', 'E', 'NP', 'NC', 'NCR', 'LC', 'LOC', 'U', 'WF']);

/**
 * The result an empty result field stands for, from the mark and credits: IP or no mark and no
 * credit earned is in progress; W, WP, AU (audit) withdrawn; I, INC incomplete; F, NP, NC, U, WF
 * and LC, LOC (loss of credit) failed; NG or NM (no grade) passed with credit earned and
 * incomplete without; a percent under 60 with no credit earned (when `percentScale`: the file's
 * marks are percents) failed; P, CR, S or PASS with the credits earned left empty passed (earning
 * what was attempted); any other mark passed when it earned credit (or the course carries none:
 * a 0-credit advisory passes, earning 0). Undefined when it cannot be told: a D with credit
 * attempted and none earned (passed, or failed where a D fails?), a B with the credits earned
 * left empty (passed, or a current grade of a course under way?). Given the district's lowest
 * passing mark (`lowest`, transcript-passing.ts), a letter or percent that earned no credit
 * passes at or above it, earning 0 (its credit withheld: it adds none to any requirement), and
 * fails below it.
 */
export function resultOf(
  grade: string,
  attempted: number | undefined,
  earned: number | undefined,
  percentScale = false,
  noEarnedColumn = false,
  lowest: LowestPass = {},
): TranscriptResult | undefined {
  const mark = Object.hasOwn(MARK_RESULTS, grade) ? MARK_RESULTS[grade] : undefined;
  if (mark) return mark;
  if (NO_MARK.has(grade)) return earned !== undefined && earned > 0 ? 'pass' : 'incomplete';
  if (grade === '') return earned !== undefined && earned > 0 ? 'pass' : 'in_progress';
  // A pass mark says the result itself; the credits earned are then what was attempted.
  if (earned === undefined && PASS_MARKS.has(grade)) return 'pass';
  if (earned === undefined)
    return noEarnedColumn ? finalMarkResult(grade, percentScale, lowest) : undefined;
  if (earned > 0) return 'pass';
  const passes = passesAt(grade, lowest, percentScale);
  if (passes !== undefined) return passes ? 'pass' : 'fail';
  const number = markNumber(grade);
  if (percentScale && number !== undefined && number < PERCENT_FAIL_BELOW) return 'fail';
  if ((attempted ?? 0) === 0) return 'pass';
  return undefined;
}

/**
 * The result of a final mark in a file that lists no credits earned (a plain transcript): at or
 * above the district's lowest pass when given, passed, and below it failed; else a letter A to D
 * passes (F and the others are told above), a percent of 70 or more passes and one under 60
 * fails (on every US scale); anything else cannot be told.
 */
function finalMarkResult(
  grade: string,
  percentScale: boolean,
  lowest: LowestPass,
): TranscriptResult | undefined {
  const passes = passesAt(grade, lowest, percentScale);
  if (passes !== undefined) return passes ? 'pass' : 'fail';
  if (/^[A-D][+-]?$/.test(grade)) return 'pass';
  const number = markNumber(grade);
  if (number === undefined || !percentScale) return undefined;
  if (number >= 70) return 'pass';
  return number < PERCENT_FAIL_BELOW ? 'fail' : undefined;
}

/**
 * Whether a file's numeric marks are percents: one of them is above 5 (a 4- or 5-point scale, as
 * standards-based report cards and GPA columns write, never is).
 */
export const isPercentScale = (marks: Iterable<string>): boolean => {
  for (const mark of marks) {
    const number = markNumber(normalizeMark(mark));
    if (number !== undefined && number > 5) return true;
  }
  return false;
};
