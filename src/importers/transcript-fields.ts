/**
 * The fields of a transcript row as exports write them: school years, credits, SCED codes,
 * PowerSchool's TermID and terms that carry their year.
 */
import { termInSchoolYear, termWithYear } from '../domain/requirements/terms.ts';
import type { TabularFile, TabularRow } from './tabular.ts';
import { issueText } from './issue-text.ts';

/**
 * "2025-2026", "2025-26", "2025–26", "25-26", "2025/26", "2025 to 2026", "SY2025-26", "2026" (the
 * ending year), "20252026" and "2526" (the two years run together, as some state files write them)
 * or "FY26" and "SY26" (a fiscal or school year by its ending year) → 2026; undefined when it is
 * none of these (or the two years do not follow each other). A lone four-digit number is a year
 * from 1970 to 2099; "2425" is not the year 2425 but 2024–25.
 */
export function parseSchoolYear(raw: string): number | undefined {
  const byDate = schoolYearOfDate(raw.trim());
  if (byDate !== undefined) return byDate;
  const prefixed = /^(?:sy|fy)\s*/i.test(raw.trim());
  const text = raw.trim().replace(/^(?:sy|fy)\s*/i, '');
  if (prefixed && /^\d{2}$/.test(text)) return fullYear(Number(text));
  const single = /^(\d{4})$/.exec(text);
  if (single && Number(single[1]) >= 1970 && Number(single[1]) <= 2099) return Number(single[1]);
  const range =
    /^(\d{4}|\d{2})\s*(?:[-–—/_]|to)\s*(\d{2}|\d{4})$/i.exec(text) ??
    /^(\d{4})(\d{4})$/.exec(text) ??
    /^(\d{2})(\d{2})$/.exec(text);
  if (!range) return undefined;
  const start = range[1]!.length === 2 ? fullYear(Number(range[1])) : Number(range[1]);
  const end =
    range[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(range[2]) : Number(range[2]);
  // 1999-00: the century turns.
  const ending = end <= start && range[2]!.length === 2 ? end + 100 : end;
  return ending === start + 1 ? ending : undefined;
}

/**
 * A school year given by a date in it, as NY SIRS writes its School Year Date (the year's last
 * day, 2025-06-30): 2025-06-30 or 6/30/2025 → 2025; a date from July on starts the next school
 * year (2024-08-26 → 2025). Undefined when the text is no such date.
 */
function schoolYearOfDate(text: string): number | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : us
      ? [Number(us[3]), Number(us[1]), Number(us[2])]
      : [0, 0, 0];
  if (year < 1970 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31)
    return undefined;
  return month >= 7 ? year + 1 : year;
}

/** A two-digit year: 70–99 in the 1900s, the rest in the 2000s. */
const fullYear = (twoDigits: number) => (twoDigits >= 70 ? 1900 : 2000) + twoDigits;

/** Credits as SIS write them: "1", "0.5", ".5", "1.00", "0,5" (a decimal comma); else undefined. */
export function parseCredits(raw: string): number | undefined {
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(raw)) return undefined;
  return Number(raw.replace(',', '.'));
}

/**
 * A SCED course code as SIS export it: the five digits ("02052"), the five digits with the
 * level, credit and sequence after them ("02052G1.00", "02052 H 0.5 1 2"), or four digits where
 * a spreadsheet dropped the leading zero ("2052"). The five-digit code; undefined when it is
 * none of these.
 */
export function parseScedCode(raw: string): string | undefined {
  const found = /^(\d{4,5})(?:\s*[-.]?\s*[BGEHCX][\d\s./-]*)?$/i.exec(raw);
  return found ? found[1]!.padStart(5, '0') : undefined;
}

/** Creates the reader of one optional number-of-credits column: undefined when the field is empty. */
export function creditsReader(file: TabularFile) {
  return (row: TabularRow, column: number): number | undefined | null => {
    const raw = file.get(row, column);
    if (raw === '') return undefined;
    const value = parseCredits(raw);
    if (value === undefined || value > 10) {
      file.fail(row, column, issueText('bad_credits'));
      return null;
    }
    return value;
  };
}

/**
 * PowerSchool's TermID: the year id (the school year's first calendar year less 1990) times 100,
 * plus the term's number within the year (00 the full year): 3300 and 3301 are in 2023–24
 * (PowerSchool SIS data dictionary, Terms and StoredGrades). The ending year; undefined else.
 */
export function schoolYearOfTermId(raw: string): number | undefined {
  if (!/^\d{3,4}$/.test(raw)) return undefined;
  const yearId = Math.floor(Number(raw) / 100);
  return yearId >= 5 && yearId <= 80 ? 1990 + yearId + 1 : undefined;
}

/**
 * The row's term, kept under one name (domain/requirements/terms.ts). A term written as the
 * school year itself ("2023-2024") is the whole year; one that carries its year ("Fall 2024",
 * "S1 2024-25") must fall in the row's school year, else the field is refused.
 */
export function readTerm(
  file: TabularFile,
  row: TabularRow,
  column: number,
  schoolYear: number | undefined,
): string | undefined {
  const raw = file.get(row, column);
  if (schoolYear !== undefined && parseSchoolYear(raw) === schoolYear) return 'year';
  const { term, calendarYear, schoolYear: termYear } = termWithYear(raw);
  if (schoolYear === undefined) return term;
  const years = `${schoolYear - 1}-${String(schoolYear).slice(2)}`;
  if (termYear !== undefined && termYear !== schoolYear) {
    const named = `${termYear - 1}-${String(termYear).slice(2)}`;
    file.fail(row, column, issueText('term_other_year', { term: raw, named, years }));
    return undefined;
  }
  if (calendarYear !== undefined && !termInSchoolYear(term, calendarYear, schoolYear)) {
    file.fail(row, column, issueText('term_not_in_year', { term: raw, years }));
    return undefined;
  }
  return term;
}
