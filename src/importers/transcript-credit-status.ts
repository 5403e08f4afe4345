/**
 * A transcript row's credit status, where the export writes it beside the mark: a passing mark
 * whose credit was withheld (loss of credit for attendance, "LC", "LOC"; no credit, "NC") or a
 * course left ("W"). Such a row is not a pass, whatever its mark or result says: a loss of credit
 * or no credit is a fail, a withdrawal withdrawn. Read from a status column (`Credit Status`,
 * `Credit Flag`, `Credit Code`) naming it, or a yes/no `Loss of Credit` column.
 */
import type { TabularFile, TabularRow } from './tabular.ts';
import type { TranscriptResult } from './transcript-csv.ts';
import { issueText } from './issue-text.ts';

export interface CreditStatusColumns {
  credit_status: number;
  loss_of_credit: number;
}

export function creditStatusColumns(optional: (...names: string[]) => number): CreditStatusColumns {
  return {
    credit_status: optional('credit_status', 'credit_flag', 'credit_code', 'credit_type'),
    loss_of_credit: optional('loss_of_credit', 'lost_credit', 'credit_loss', 'loc_flag'),
  };
}

/** The result a credit status stands for; null: the credit stands as the row gives it. */
const STATUS: Record<string, 'fail' | 'withdrawn' | null> = {
  lc: 'fail',
  loc: 'fail',
  lossofcredit: 'fail',
  creditlost: 'fail',
  lostcredit: 'fail',
  creditloss: 'fail',
  creditdenied: 'fail',
  denied: 'fail',
  nc: 'fail',
  nocredit: 'fail',
  // No credit for attendance, as some districts code it.
  nca: 'fail',
  w: 'withdrawn',
  wd: 'withdrawn',
  withdrawn: 'withdrawn',
  withdrew: 'withdrawn',
  dropped: 'withdrawn',
  '': null,
  cr: null,
  credit: null,
  earned: null,
  awarded: null,
  ok: null,
  regular: null,
};

const YES = new Set(['1', 'y', 'yes', 'true', 't', 'x']);
const NO = new Set(['0', 'n', 'no', 'false', 'f', '']);

/**
 * What the row's credit status makes of it: 'fail' (credit lost or not given), 'withdrawn', or
 * null (no status, or one that lets the credit stand); undefined when a field is refused (the
 * problem names it).
 */
export function readCreditStatus(
  file: TabularFile,
  row: TabularRow,
  c: CreditStatusColumns,
): 'fail' | 'withdrawn' | null | undefined {
  const before = file.issues.length;
  const key = file
    .get(row, c.credit_status)
    .toLowerCase()
    .replace(/[\s_/.-]+/g, '');
  const status = Object.hasOwn(STATUS, key) ? STATUS[key] : undefined;
  if (status === undefined) file.fail(row, c.credit_status, issueText('bad_credit_status'));
  const lost = file.get(row, c.loss_of_credit).toLowerCase();
  if (!YES.has(lost) && !NO.has(lost)) file.fail(row, c.loss_of_credit, issueText('yes_no'));
  if (file.issues.length > before) return undefined;
  return YES.has(lost) ? 'fail' : (status ?? null);
}

/** The result of a row once its credit status is read: a pass (or one not told) becomes it. */
export function withCreditStatus(
  result: TranscriptResult | undefined,
  status: 'fail' | 'withdrawn' | null,
): TranscriptResult | undefined {
  if (status === null) return result;
  return result === undefined || result === 'pass' ? status : result;
}
