/**
 * The English words for grades 6 to 12 that school exports write instead of a number: the
 * ordinals, and the class names of the four high school years. Read by the roster import's grade
 * column and by the grade headings of paper transcripts.
 */
export const GRADE_WORDS: Readonly<Record<string, number>> = {
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  freshman: 9,
  sophomore: 10,
  junior: 11,
  senior: 12,
};
