/** Course titles compared as content: case, accents, punctuation and "intro" wording set aside. */

/** Words that mark a first or introductory course rather than its content. */
const INTRO_WORDS = new Set([
  'introduction',
  'intro',
  'introductory',
  'to',
  'principles',
  'of',
  'fundamentals',
  'foundations',
  'basic',
  'basics',
  'honors',
  'ap',
  'dual',
  'credit',
  'i',
  '1',
]);

/** Titles that lower-casing alone normalizes: words of letters and digits, single spaces. */
const SIMPLE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Lower case, no accents, words separated by single spaces. */
export function normalizeTitle(title: string): string {
  const lower = title.toLowerCase();
  return SIMPLE.test(lower) ? lower : normalizeSlow(title);
}

function normalizeSlow(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The normalized title without introductory wording: "Introduction to Programming" → "programming". */
export function coreTitle(normalized: string): string {
  const words = normalized.split(' ');
  let out = '';
  for (const word of words) {
    if (INTRO_WORDS.has(word)) continue;
    out = out === '' ? word : `${out} ${word}`;
  }
  return out;
}
