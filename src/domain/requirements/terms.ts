/**
 * Terms of a school year as student information systems write them ("S1", "Semester 1",
 * "1st Semester", "FY", "Full Year", "Y1", "Q3", "Tri 2", "Fall", "Summer School") brought to one
 * name each (s1, year, q3, t2, fall, summer), so one attempt exported twice under two spellings
 * is the same attempt, and attempts sort in the order of the year. A term no rule knows is kept
 * as written, in lower case.
 */

/** The names terms are kept under, in the order they fall in a school year. */
export const TERM_ORDER = [
  'fall',
  's1',
  'q1',
  't1',
  'q2',
  'winter',
  't2',
  'year',
  'spring',
  's2',
  'q3',
  't3',
  'q4',
  'summer',
] as const;

const NAMED: Record<string, string> = {
  y: 'year',
  yr: 'year',
  fy: 'year',
  y1: 'year',
  year: 'year',
  fullyear: 'year',
  fullyr: 'year',
  yrlong: 'year',
  yearlong: 'year',
  yearround: 'year',
  schoolyear: 'year',
  annual: 'year',
  fall: 'fall',
  autumn: 'fall',
  fallsemester: 'fall',
  fallterm: 'fall',
  winter: 'winter',
  winterterm: 'winter',
  spring: 'spring',
  springsemester: 'spring',
  springterm: 'spring',
  summer: 'summer',
  summerschool: 'summer',
  summersession: 'summer',
  summersemester: 'summer',
  summerterm: 'summer',
};

const KIND: Record<string, { prefix: string; parts: number }> = {
  s: { prefix: 's', parts: 2 },
  sem: { prefix: 's', parts: 2 },
  semester: { prefix: 's', parts: 2 },
  q: { prefix: 'q', parts: 4 },
  qtr: { prefix: 'q', parts: 4 },
  quarter: { prefix: 'q', parts: 4 },
  t: { prefix: 't', parts: 3 },
  tri: { prefix: 't', parts: 3 },
  trimester: { prefix: 't', parts: 3 },
  // Halves of the year, as some schedules name semesters (H1, H2).
  h: { prefix: 's', parts: 2 },
};

const ORDINAL: Record<string, number> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
};

/** The kept name of a term: "Semester 2" → "s2", "Full Year" → "year", "J-Term" → "j-term". */
export function canonicalTerm(raw: string): string {
  const words = raw
    .trim()
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((w) => w !== '');
  const named = NAMED[words.join('')];
  if (named) return named;
  if (words.length === 2) {
    const [a, b] = words as [string, string];
    const numbered = KIND[a] && ORDINAL[b] !== undefined ? { kind: KIND[a], n: ORDINAL[b] } : null;
    const ordinal = KIND[b] && ORDINAL[a] !== undefined ? { kind: KIND[b], n: ORDINAL[a] } : null;
    const found = numbered ?? ordinal;
    if (found && found.n <= found.kind.parts) return `${found.kind.prefix}${found.n}`;
  }
  return raw.trim().toLowerCase();
}

/** A term's place in the school year; terms no rule knows come after the known ones. */
export function termRank(term: string): number {
  const index = (TERM_ORDER as readonly string[]).indexOf(term.toLowerCase());
  return index < 0 ? 99 : index;
}
