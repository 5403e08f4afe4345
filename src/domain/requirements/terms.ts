/**
 * Terms of a school year as student information systems write them ("S1", "Semester 1",
 * "1st Semester", "Semester One", "Trimester II", "FY", "Full Year", "Y1", "Q3", "Tri 2", "Fall",
 * "Summer School", "SUM") brought to one name each (s1, year, q3, t2, fall, summer), so one
 * attempt exported twice under two spellings is the same attempt, and attempts sort in the order
 * of the year. A term may carry its year, as college-style and report exports write it ("Fall
 * 2024", "FA24", "Spring Semester 2025", "S1 2024-25"): `termWithYear` gives the term and that
 * year, for the caller to hold against the row's school year. A term no rule knows is kept as
 * written, in lower case.
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
  // Summer as schedules abbreviate it (SUM, SU, SMR, SS: summer session).
  sum: 'summer',
  su: 'summer',
  smr: 'summer',
  summ: 'summer',
  ss: 'summer',
  // Seasons as college-style term codes abbreviate them (FA24, SP25, WI25).
  fa: 'fall',
  sp: 'spring',
  wi: 'winter',
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
  // Spanish, as schools print them ("Semestre 2", "Trimestre 3", "Segundo trimestre").
  semestre: { prefix: 's', parts: 2 },
  trimestre: { prefix: 't', parts: 3 },
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
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  primer: 1,
  primero: 1,
  segundo: 2,
  tercer: 3,
  tercero: 3,
  cuarto: 4,
};

const own = <T>(table: Record<string, T>, key: string | undefined): T | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/** The kept name of a term: "Semester 2" → "s2", "Full Year" → "year", "J-Term" → "j-term". */
export function canonicalTerm(raw: string): string {
  return termWithYear(raw).term;
}

/** The kept name of a term written without a year; undefined when no rule knows it. */
function knownTerm(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((w) => w !== '');
  const named = own(NAMED, words.join(''));
  if (named) return named;
  if (words.length === 2) {
    const [a, b] = words as [string, string];
    const [kindA, kindB, nA, nB] = [own(KIND, a), own(KIND, b), own(ORDINAL, a), own(ORDINAL, b)];
    const found =
      kindA && nB !== undefined
        ? { kind: kindA, n: nB }
        : kindB && nA !== undefined
          ? { kind: kindB, n: nA }
          : null;
    if (found && found.n <= found.kind.parts) return `${found.kind.prefix}${found.n}`;
  }
  return undefined;
}

/** Words that name a term without saying its length ("Term 2", "T2", "Trm 2", "1st Term"). */
const BARE_TERM = new Set(['term', 't', 'trm', 'tm']);

/**
 * The number of a term written without its kind: "2", "02", "Term 2", "Term2", "T2", "1st Term",
 * "Term Two" → 1 to 4; undefined for anything else ("S2", "Q3", "Tri 2", "5"). "T2" is read as a
 * trimester by `canonicalTerm` when nothing else tells (as it always was), and as a term number by
 * a reader that can count the terms of the year (importers/transcript-term-numbers.ts).
 */
export function bareTermNumber(raw: string): number | undefined {
  const words = raw
    .trim()
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((w) => w !== '');
  const number = (word: string | undefined) => {
    const n = /^0?\d$/.test(word ?? '') ? Number(word) : own(ORDINAL, word);
    return n !== undefined && n >= 1 && n <= 4 ? n : undefined;
  };
  if (words.length === 1) return /^0?\d$/.test(words[0]!) ? number(words[0]) : undefined;
  if (words.length !== 2) return undefined;
  const [a, b] = words as [string, string];
  if (BARE_TERM.has(a)) return number(b);
  if (BARE_TERM.has(b) && b !== 't') return number(a);
  return undefined;
}

/** Terms of a year of `count` parts, by number: 2 semesters, 3 trimesters, 4 quarters. */
export function numberedTerm(n: number, count: 2 | 3 | 4): string {
  return `${{ 2: 's', 3: 't', 4: 'q' }[count]}${n}`;
}

/** A term and the year it names, if it names one. */
export interface TermAndYear {
  /** The kept name (`canonicalTerm`). */
  term: string;
  /** A calendar year written with the term ("Fall 2024", "FA24" → 2024). */
  calendarYear?: number;
  /** A school year written with the term, as its ending year ("S1 2024-25" → 2025). */
  schoolYear?: number;
}

const RANGE = /(?:19|20)?(\d{2})\s*[-–/]\s*(?:19|20)?(\d{2})/;
const YEAR_TOKEN = new RegExp(`^(?:${RANGE.source}|((?:19|20)\\d{2})|'?(\\d{2}))$`);

/**
 * A term with the year it names split off: "Fall 2024" → fall in 2024, "FA24" → fall in 2024,
 * "2024 Fall" → fall in 2024, "S1 2024-25" → s1 of the school year ending 2025. A two-digit year
 * is read only beside a term it makes sense with ("FA24", "Spring '25"), never alone. A term no
 * rule knows is kept whole, as written in lower case ("J-Term", "2023-2024").
 */
export function termWithYear(raw: string): TermAndYear {
  const text = raw.trim();
  const whole = knownTerm(text);
  if (whole) return { term: whole };
  const after = /^(.*?[a-z].*?)[\s_.-]*('?\d{2}(?:\d{2})?(?:\s*[-–/]\s*\d{2}(?:\d{2})?)?)$/i.exec(
    text,
  );
  const before = after
    ? null
    : /^(\d{4}(?:\s*[-–/]\s*\d{2}(?:\d{2})?)?)[\s_.-]*(.*?[a-z].*)$/i.exec(text);
  // The year after the term ("1st Semester 2024-25", whose term begins with a digit) or before it.
  const parts = after ? [after[1]!, after[2]!] : before ? [before[2]!, before[1]!] : undefined;
  if (parts) {
    const [termText, yearText] = parts as [string, string];
    const term = knownTerm(termText);
    const year = term ? YEAR_TOKEN.exec(yearText.trim()) : null;
    if (term && year) {
      if (year[1] !== undefined) {
        const start = Number(year[1]);
        if ((Number(year[2]) - start + 100) % 100 === 1)
          return { term, schoolYear: (start >= 70 ? 1900 : 2000) + start + 1 };
      } else {
        const calendarYear = year[3] !== undefined ? Number(year[3]) : 2000 + Number(year[4]);
        return { term, calendarYear };
      }
    }
  }
  return { term: text.toLowerCase() };
}

/**
 * Whether a term written with a calendar year falls in the school year ending `schoolYear`: fall
 * in the year it starts, spring in the year it ends; summer, winter and the numbered terms in
 * either (a summer session is kept with the school year before it or the one after it, as
 * schools choose).
 */
export function termInSchoolYear(term: string, calendarYear: number, schoolYear: number): boolean {
  if (term === 'fall') return calendarYear === schoolYear - 1;
  if (term === 'spring') return calendarYear === schoolYear;
  return calendarYear === schoolYear - 1 || calendarYear === schoolYear;
}

/** A term's place in the school year; terms no rule knows come after the known ones. */
export function termRank(term: string): number {
  const index = (TERM_ORDER as readonly string[]).indexOf(term.toLowerCase());
  return index < 0 ? 99 : index;
}
