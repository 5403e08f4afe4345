/**
 * A transcript row's result and credits, read together: the result as written, else told from the
 * mark and credits (transcript-marks.ts; the district's lowest pass, when the import is given it,
 * tells a D or a 65 that earned nothing); an empty credits field filled from the result; and the
 * checks that hold them together (no credit earned on a fail, no more earned than attempted, no
 * pass with a failing mark). A credit status beside the mark (transcript-credit-status.ts: loss of
 * credit, no credit, withdrawn) makes a row that would pass a fail or withdrawn.
 */
import type { TabularFile, TabularRow } from './tabular.ts';
import type { TranscriptColumns } from './transcript-columns.ts';
import { TRANSCRIPT_RESULTS, type TranscriptResult } from './transcript-csv.ts';
import { FAILING, parseResult, resultOf } from './transcript-marks.ts';
import { missingLowestPass, type LowestPass } from './transcript-passing.ts';
import { issueText } from './issue-text.ts';
import { readCreditStatus, withCreditStatus } from './transcript-credit-status.ts';

export interface ResultInput {
  grade: string;
  /** The column the mark was read from (letter or percent). */
  markColumn: number;
  /** undefined: left empty; null: refused already. */
  attempted: number | undefined | null;
  earned: number | undefined | null;
  /** The file's marks are percents. */
  percentScale: boolean;
  lowest: LowestPass;
  /** No problem on the row so far: only then is the result told from the mark. */
  clean: boolean;
}

/** The row's result and credits; undefined where a problem was recorded on the file. */
export function readResult(
  file: TabularFile,
  row: TabularRow,
  c: TranscriptColumns,
  input: ResultInput,
): { result: TranscriptResult; attempted: number; earned: number } | undefined {
  const { grade, markColumn, percentScale, lowest } = input;
  let { attempted, earned } = input;
  const before = file.issues.length;
  const status = readCreditStatus(file, row, c);
  const resultText = file.get(row, c.result);
  let result: TranscriptResult | undefined;
  if (resultText !== '') {
    result = parseResult(resultText);
    if (result === undefined)
      file.fail(row, c.result, issueText('bad_result', { results: TRANSCRIPT_RESULTS.join(', ') }));
    else if (status) result = withCreditStatus(result, status);
  } else if (input.clean && status !== undefined && attempted !== null && earned !== null) {
    const noEarnedColumn = c.credits_earned < 0;
    result = withCreditStatus(
      resultOf(grade, attempted, earned, percentScale, noEarnedColumn, lowest),
      status,
    );
    if (result === undefined) {
      // The lowest pass tells a mark that earned nothing, not a course whose credits are unknown.
      const option =
        earned === 0 || noEarnedColumn ? missingLowestPass(grade, lowest, percentScale) : undefined;
      const text = issueText('result_unknown', {
        where: c.result >= 0 ? 'result' : 'mark',
        grade,
        credit: earned !== undefined ? 'earned_zero' : noEarnedColumn ? 'no_column' : 'left_empty',
        option: option ?? 'none',
      });
      file.fail(row, c.result >= 0 ? c.result : markColumn, text);
    }
  }
  if (result === undefined || status === undefined || attempted === null || earned === null)
    return undefined;
  // An empty credits field: a passed course earned what it attempted (and attempted what it
  // earned); any other earned none, and a failed or withdrawn one is taken to have attempted none.
  if (result === 'pass') {
    if (earned === undefined && attempted === undefined) {
      if (c.credits_earned >= 0) file.fail(row, c.credits_earned, issueText('credits_both_empty'));
      else file.fail(row, c.credits_attempted, issueText('empty'));
    }
    earned ??= attempted;
    attempted ??= earned;
  } else {
    if (attempted === undefined && result === 'in_progress')
      file.fail(row, c.credits_attempted, issueText('attempted_under_way'));
    earned ??= 0;
    attempted ??= 0;
  }
  if (result !== 'pass' && earned! > 0)
    file.fail(
      row,
      c.credits_earned,
      !status
        ? issueText('earned_not_zero', { result })
        : file.get(row, c.credit_status) === ''
          ? issueText('earned_not_zero_lost')
          : issueText('earned_not_zero_status', { status: file.get(row, c.credit_status) }),
    );
  else if (earned! > attempted!)
    file.fail(row, c.credits_earned, issueText('earned_over_attempted'));
  if (result === 'pass' && FAILING.has(grade))
    file.fail(row, markColumn, issueText('failing_pass', { grade }));
  return file.issues.length > before
    ? undefined
    : { result, attempted: attempted!, earned: earned! };
}
