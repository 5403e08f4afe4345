/**
 * Ellucian Banner academic history (the college side of dual credit: SHRTCKN/SHRTCKG, as a
 * college reports its dual-credit students' courses): a six-digit term code (202410), the
 * subject and course number (ENGL 1301), title, final grade, credit hours and quality points.
 *
 * A Banner term code is YYYYTT, and what it means is the institution's own: one college's 202410
 * is Fall 2023 (its academic year named by the year it ends), another's Spring 2024, a third's
 * Fall 2024. So a term code is read only with the caller's mapping of TT to a term, with the
 * school year it falls in relative to YYYY: `10=fall,20=spring,30=summer` (the school year is the
 * one ending YYYY) or `10=spring,20=summer+1,30=fall+1` (a term written +1 is in the school year
 * ending YYYY+1, -1 in the one ending YYYY-1). Without the mapping the file is refused, naming
 * the column. Every row is a college course, flagged dual enrollment (DE).
 */
import { invalid } from '../domain/errors.ts';
import { termRank, canonicalTerm } from '../domain/requirements/terms.ts';
import type { TabularFile, TabularRow } from './tabular.ts';
import { issueText } from './issue-text.ts';

/** The mapping of a term code's last two digits: the term, and its school year from YYYY. */
export type BannerTerms = ReadonlyMap<string, { term: string; shift: number }>;

export const BANNER_TERMS_OPTION = { cli: '--banner-terms', api: 'bannerTerms' } as const;
const OPTION = `${BANNER_TERMS_OPTION.cli} (${BANNER_TERMS_OPTION.api})`;
const EXAMPLE = '10=fall,20=spring,30=summer';

/** A Banner term code: a year from 1970 to 2099 and two more digits. */
const TERM_CODE = /^((?:19[7-9]|20\d)\d)(\d{2})$/;

/**
 * The mapping as given ("10=fall,20=spring+1,30=summer"; semicolons too); empty or absent is
 * none. A bad entry is an error naming the option.
 */
export function readBannerTerms(raw: string | undefined): BannerTerms | undefined {
  const text = (raw ?? '').trim();
  if (text === '') return undefined;
  const terms = new Map<string, { term: string; shift: number }>();
  for (const entry of text.split(/[,;]/).map((e) => e.trim())) {
    const found = /^(\d{2})\s*[=:]\s*([a-z][a-z0-9 -]*?)\s*([+-]1)?$/i.exec(entry);
    const term = found ? canonicalTerm(found[2]!) : '';
    const bad = (why: string) =>
      invalid(
        `${OPTION}: "${entry}" ${why}: write each term code ending as TT=term, the term one of fall, winter, spring, summer, s1, s2, t1–t3, q1–q4 or year, with +1 when it falls in the school year ending the year after the code's (such as ${EXAMPLE}, or 10=spring,20=summer+1,30=fall+1)`,
        BANNER_TERMS_OPTION.api,
      );
    if (!found) throw bad('is not a term code ending and its term');
    if (termRank(term) === 99) throw bad(`names no term this import knows (${found[2]})`);
    if (terms.has(found[1]!)) throw bad(`maps ${found[1]} a second time`);
    terms.set(found[1]!, { term, shift: Number(found[3] ?? 0) });
  }
  return terms;
}

/**
 * Whether a term column holds Banner term codes: half its fields or more are YYYYTT codes (so a
 * Banner file with a bad code is still read as one, and the bad field named).
 */
export function holdsBannerTerms(file: TabularFile, column: number): boolean {
  if (column < 0) return false;
  let codes = 0;
  let others = 0;
  for (const row of file.rows) {
    const value = file.get(row, column);
    if (TERM_CODE.test(value)) codes += 1;
    else if (value !== '') others += 1;
  }
  return codes > 0 && codes >= others;
}

/** The header problem of a file of Banner term codes read without a mapping. */
export function missingBannerTerms(file: TabularFile, column: number): void {
  file.issues.push({
    file: file.name,
    line: 1,
    column: column + 1,
    columnName: file.header[column],
    ...issueText('banner_terms_missing', {
      sample: file.rows.map((r) => file.get(r, column)).find((v) => v !== '') ?? '',
      option: OPTION,
      example: EXAMPLE,
    }),
  });
}

/** A row's school year and term from its term code; undefined with a problem on the field. */
export function readBannerTerm(
  file: TabularFile,
  row: TabularRow,
  column: number,
  terms: BannerTerms,
): { schoolYear: number; term: string } | undefined {
  const code = file.get(row, column);
  if (code === '') return undefined; // refused as an empty required field
  const found = TERM_CODE.exec(code);
  const mapped = found ? terms.get(found[2]!) : undefined;
  if (!found) file.fail(row, column, issueText('bad_banner_code'));
  else if (!mapped)
    file.fail(
      row,
      column,
      issueText('banner_unmapped', {
        code,
        ending: found[2]!,
        option: OPTION,
        mapped: [...terms.keys()].join(', '),
      }),
    );
  return found && mapped
    ? { schoolYear: Number(found[1]) + mapped.shift, term: mapped.term }
    : undefined;
}

/**
 * A Banner row's term: the mapping's, which must fall in the row's school year when the file
 * gives one beside the code. Undefined with a problem on the field.
 */
export function bannerTermOf(
  file: TabularFile,
  row: TabularRow,
  column: number,
  fromCode: { schoolYear: number; term: string } | undefined,
  schoolYear: number | undefined,
): string | undefined {
  if (fromCode === undefined || schoolYear === undefined) return undefined;
  if (fromCode.schoolYear === schoolYear) return fromCode.term;
  const years = (y: number) => `${y - 1}-${String(y).slice(2)}`;
  file.fail(
    row,
    column,
    issueText('banner_other_year', {
      code: file.get(row, column),
      named: years(fromCode.schoolYear),
      option: OPTION,
      years: years(schoolYear),
    }),
  );
  return undefined;
}

/** The course code of a Banner row: subject and course number ("ENGL" + "1301" → "ENGL 1301"). */
export const bannerCourseCode = (subject: string, number: string): string =>
  subject === '' ? number : `${subject} ${number}`;
