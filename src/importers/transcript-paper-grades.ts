/**
 * The grade level a paper transcript's section heading gives, with or without its school year:
 * "Grade 10", "Gr. 10", "10th Grade", "Tenth Grade", "Sophomore Year", "Year: 9th Grade",
 * "9th Grade (Year 1)", and in Spanish "Grado 10", "10.º grado", "Décimo grado", "Grado décimo".
 * The heading must be the grade and nothing else (its school year set aside), so a course title
 * such as "English 10" or "Grade 10 English" is never taken for one. Grades 6 to 12, as the roster
 * reads them (high-school courses taken in middle school included).
 */
import { GRADE_WORDS } from './grade-words.ts';

const WORDS: Record<string, number> = {
  ...GRADE_WORDS,
  sexto: 6,
  septimo: 7,
  octavo: 8,
  noveno: 9,
  decimo: 10,
  undecimo: 11,
  onceavo: 11,
  duodecimo: 12,
  doceavo: 12,
};
const NUMBER = String.raw`0?(\d{1,2})`;
const ORDINAL = String.raw`(?:st|nd|rd|th|o|vo|mo|no)?`;
const WORD = `(${Object.keys(WORDS).join('|')})`;
const GRADE = String.raw`(?:grade|gr|grd|grado)`;
const SHAPES = [
  new RegExp(`^${GRADE} ${NUMBER}$`),
  new RegExp(`^${NUMBER} ?${ORDINAL} ${GRADE}$`),
  new RegExp(`^${WORD}(?: ${GRADE})?$`),
  new RegExp(`^${GRADE} ${WORD}$`),
];

/** The grade a heading names once `yearText` (its school year, if any) is set aside. */
export function headingGrade(text: string, yearText = ''): number | undefined {
  const words = text
    .replace(yearText, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(\s*(?:year|ano)\s*\d\s*\)/g, ' ') // "(Year 1)": the year of high school
    .replace(/^\s*(?:year|ano|grade level|nivel)\s*:/, ' ') // "Year: 9th Grade"
    .replace(/[º°ª]/g, 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(?:school )?year\b|\bano(?: escolar)?\b|\bsy\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\d) o\b/, '$1o'); // "10.º" read as "10 o"
  for (const shape of SHAPES) {
    const found = shape.exec(words);
    if (!found) continue;
    const grade = /^\d/.test(found[1]!) ? Number(found[1]) : WORDS[found[1]!];
    return grade !== undefined && grade >= 6 && grade <= 12 ? grade : undefined;
  }
  return undefined;
}
