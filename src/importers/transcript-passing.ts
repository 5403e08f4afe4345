/**
 * The district's lowest passing mark, as the import is told it: a percent (60, 65, 70, or 69.5
 * where the district passes what rounds to 70) and a letter (D-, D or C). Districts differ, so
 * without it a D or a 60–69 % with no credit earned cannot be told passed or failed
 * (transcript-marks.ts); with it, a mark at or above passes and one below fails.
 */
import { invalid } from '../domain/errors.ts';

export interface LowestPass {
  /** The lowest passing percent, 1–100 (decimals allowed: 59.5). */
  percent?: number;
  /** The lowest passing letter, A+ to D- (upper case). */
  letter?: string;
}

/** The option names, as the command line and the API spell them. */
export const LOWEST_PASS_OPTIONS = {
  percent: { cli: '--lowest-pass-percent', api: 'lowestPassPercent' },
  letter: { cli: '--lowest-pass-letter', api: 'lowestPassLetter' },
} as const;

/** A mark's number when it is one ("87", "92.5"); undefined for letters. */
export const markNumber = (mark: string): number | undefined =>
  /^\d{1,3}(\.\d+)?$/.test(mark) ? Number(mark) : undefined;

/** Passing letters from the highest down; F and E (and anything below D-) never pass. */
const LETTERS = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-'];
/** A letter mark of the A–F scale, with its plus or minus. */
const LETTER_MARK = /^[A-DF][+-]?$/;

const named = (kind: keyof typeof LOWEST_PASS_OPTIONS) =>
  `${LOWEST_PASS_OPTIONS[kind].cli} (${LOWEST_PASS_OPTIONS[kind].api})`;

/**
 * The lowest passing mark from the option values as given (text from the command line or the
 * query string, or a number); an empty or absent value is no option. A bad value is an error
 * naming the option.
 */
export function readLowestPass(raw: {
  percent?: string | number | undefined;
  letter?: string | undefined;
}): LowestPass {
  const lowest: LowestPass = {};
  const percentText = raw.percent === undefined ? '' : String(raw.percent).trim();
  if (percentText !== '') {
    const value = /^\d{1,3}(?:\.\d{1,2})?%?$/.test(percentText)
      ? Number(percentText.replace('%', ''))
      : NaN;
    if (!(value >= 1 && value <= 100))
      throw invalid(
        `${named('percent')}: "${percentText}" is not a lowest passing percent: write a number from 1 to 100 such as 60, 65, 70 or 69.5`,
        LOWEST_PASS_OPTIONS.percent.api,
      );
    lowest.percent = value;
  }
  const letterText = (raw.letter ?? '').trim().toUpperCase().replace(/\s+/g, '');
  if (letterText !== '') {
    if (!LETTERS.includes(letterText))
      throw invalid(
        `${named('letter')}: "${raw.letter!.trim()}" is not a lowest passing letter: write one of ${LETTERS.join(', ')} (an F never passes)`,
        LOWEST_PASS_OPTIONS.letter.api,
      );
    lowest.letter = letterText;
  }
  return lowest;
}

/**
 * Whether a mark passes at the district's lowest pass: a letter of the A–F scale against the
 * lowest letter (D- is under D, F under all), a percent (on a percent scale) against the lowest
 * percent, as written (59.5 is under 60). Undefined when the mark is neither, or the option for
 * its kind was not given.
 */
export function passesAt(
  grade: string,
  lowest: LowestPass,
  percentScale: boolean,
): boolean | undefined {
  if (LETTER_MARK.test(grade)) {
    if (lowest.letter === undefined) return undefined;
    const rank = LETTERS.indexOf(grade);
    return rank >= 0 && rank <= LETTERS.indexOf(lowest.letter);
  }
  const number = markNumber(grade);
  if (number === undefined || !percentScale || lowest.percent === undefined) return undefined;
  return number >= lowest.percent;
}

/**
 * The option that would tell a mark passed or failed, when it is not given: `letter` for a
 * letter of the A–F scale, `percent` for a percent; undefined for other marks.
 */
export function missingLowestPass(
  grade: string,
  lowest: LowestPass,
  percentScale: boolean,
): keyof typeof LOWEST_PASS_OPTIONS | undefined {
  if (LETTER_MARK.test(grade)) return lowest.letter === undefined ? 'letter' : undefined;
  if (markNumber(grade) === undefined || !percentScale || lowest.percent !== undefined)
    return undefined;
  return 'percent';
}
