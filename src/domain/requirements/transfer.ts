/**
 * Credit earned outside the district, kept the way a registrar keeps it: where it was earned (a
 * school, college or exam board, with its state and NCES or CEEB id when known), the course as
 * written there, credits, grade or pass, when, and how it counts here — as a course of our
 * catalog it stands for, as a SCED course code, or only as elective credit.
 *
 * The progress check sees it as one more course attempt (`transferAttempt`): standing for a
 * local course it shares that course's code, so it and a sitting of the course here are one
 * course (a retake counts once); by SCED code or as an elective it is a course of its own, the
 * same course only as another attempt of the same code (or title) at the same place. The page
 * shows the code as written there (`transfer.code`), never the internal one.
 */
import type { CourseAttempt } from './attempts.ts';
import { courseCodeKey } from './course-code-key.ts';
import { flagFacts } from './course-flags.ts';

export const TRANSFER_KINDS = ['transfer', 'exam', 'summer', 'dual_credit', 'online'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export const TRANSFER_RESULTS = ['pass', 'fail', 'incomplete', 'withdrawn', 'in_progress'] as const;
export type TransferResult = (typeof TRANSFER_RESULTS)[number];

export type CountsAs =
  { kind: 'course'; code: string } | { kind: 'sced'; scedCode: string } | { kind: 'elective' };

export interface EarnedAt {
  name: string;
  /** Two-letter US state or territory code, when known. */
  state: string | null;
  /** The NCES school id (12 digits) or college unit id, or the CEEB (ACT/College Board) code. */
  institutionId: string | null;
}

export interface TransferCredit {
  id: string;
  districtId: string;
  studentId: string;
  kind: TransferKind;
  earnedAt: EarnedAt;
  /** The course as the other school wrote it. */
  course: { title: string; code: string | null; scedCode: string | null };
  /**
   * How the course was flagged there (AP, IB, H, DE; `AP,H` as course-flags.ts keeps them), null
   * for none: an AP course taken elsewhere is advanced here whatever it counts as.
   */
  flags: string | null;
  schoolYear: number;
  term: string;
  creditsAttempted: number;
  creditsEarned: number;
  grade: string | null;
  result: TransferResult;
  countsAs: CountsAs;
  createdBy: string | null;
  createdAt: Date;
}

/**
 * What the district catalog says of a local course, as the progress check needs it (in maps keyed
 * by the course-code key, courseCodeKey).
 */
export interface LocalCourseFacts {
  titleEs: string | null;
  scedCode?: string | null;
  cte: boolean;
  pathways: string[];
  dualCredit: boolean;
  advanced: boolean;
}

/** The prefix of every transfer attempt's key, so a key names its kind. */
export const TRANSFER_KEY_PREFIX = 'transfer:';

/** Whether an attempt key is a transfer credit's. */
export const isTransferKey = (key: string) => key.startsWith(TRANSFER_KEY_PREFIX);

/** Lower case, one space, no accents: two spellings of one school compare equal. */
export function institutionKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The course as written there, for telling two records of one course apart: its code (else its
 * title) by the course-code key every importer matches codes by, so "C S 312" there is "CS 312"
 * and "Algebra I" is "Algebra 1" (course-code-key.ts).
 */
export const courseKeyThere = (course: TransferCredit['course']) =>
  courseCodeKey(course.code ?? course.title);

/**
 * What names one stored credit (the unique index `transfer_credit_course`, migration 0046): its
 * student, the place by institutionKey, school year, term and the course there by courseKeyThere.
 */
export const transferCreditKey = (
  c: Pick<TransferCredit, 'studentId' | 'earnedAt' | 'schoolYear' | 'term' | 'course'>,
) =>
  [
    c.studentId,
    institutionKey(c.earnedAt.name),
    c.schoolYear,
    c.term,
    courseKeyThere(c.course),
  ].join('\u0000');

/**
 * The attempt the progress check counts. A SCED code's subject area 10–21 makes it CTE (as for a
 * course our catalog does not know); a local course brings the catalog's facts. The flags it was
 * given there add to them: AP, IB or honors there make it advanced, DE (or a college course)
 * dual credit, even when it stands for a local course that is neither (the student took the
 * harder course).
 */
export function transferAttempt(
  credit: TransferCredit,
  facts: ReadonlyMap<string, LocalCourseFacts>,
): CourseAttempt {
  const base = {
    key: `${TRANSFER_KEY_PREFIX}${credit.id}`,
    title: credit.course.title,
    schoolYear: credit.schoolYear,
    term: credit.term,
    creditsAttempted: credit.creditsAttempted,
    creditsEarned: credit.creditsEarned,
    grade: credit.grade,
    result: credit.result,
    transfer: { earnedAt: credit.earnedAt.name, kind: credit.kind, code: credit.course.code },
  };
  const flagged = flagFacts(credit.flags);
  const counts = credit.countsAs;
  if (counts.kind === 'course') {
    const code = counts.code.toUpperCase();
    const known = facts.get(courseCodeKey(code));
    return {
      ...base,
      code,
      titleEs: known?.titleEs ?? undefined,
      scedCode: known?.scedCode ?? credit.course.scedCode,
      cte: known?.cte ?? false,
      pathways: known?.pathways ?? [],
      dualCredit: (known?.dualCredit ?? false) || flagged.dualCredit,
      advanced: (known?.advanced ?? false) || flagged.advanced,
    };
  }
  const sced = counts.kind === 'sced' ? counts.scedCode : null;
  const subject = sced === null ? NaN : Number(sced.slice(0, 2));
  return {
    ...base,
    // No code of our catalog, so no selector listing local codes picks it by chance; equal
    // for two attempts of one course at one place, so a retake there counts once.
    code: `${TRANSFER_KEY_PREFIX}${institutionKey(credit.earnedAt.name)}:${courseKeyThere(credit.course)}`,
    scedCode: sced,
    cte: subject >= 10 && subject <= 21,
    pathways: [],
    dualCredit: credit.kind === 'dual_credit' || flagged.dualCredit,
    advanced: flagged.advanced,
  };
}
