/**
 * What a transcript file is read into, whatever its shape (SIS export, college transcript, paper):
 * one row per course attempt (transcript-csv.ts reads them).
 */
import type { TransferKind } from '../domain/requirements/transfer.ts';
import type { ParsedCsv } from './roster-csv.ts';
import type { LowestPass } from './transcript-passing.ts';
import type { BannerTerms } from './transcript-banner.ts';

export const TRANSCRIPT_RESULTS = [
  'pass',
  'fail',
  'incomplete',
  'withdrawn',
  'in_progress',
] as const;
export type TranscriptResult = (typeof TRANSCRIPT_RESULTS)[number];

/**
 * A row's credit earned outside the district, when the file names where (an "earned at" column):
 * the place, its state and id, what kind of credit, and the local course or "elective" the
 * export says it counts as (empty: decided by the import from the course code and SCED code).
 */
export interface EarnedElsewhere {
  name: string;
  state: string | null;
  institutionId: string | null;
  kind: TransferKind;
  countsAs: string | null;
  /** The export marks the row as taken at another school (an "external course" column). */
  flagged?: boolean;
  /**
   * Read from a plain "School Name" column, which exports fill on every row, the district's own
   * too: it tells a place elsewhere only when the row's school id is not one of the district's.
   */
  plainSchoolName?: boolean;
}

export interface TranscriptRow {
  line: number;
  localId: string;
  /** Empty only on a row earned elsewhere whose export leaves the school id out. */
  schoolId: string;
  /** Set when the row names where it was earned; the import decides whether that is elsewhere. */
  earnedAt?: EarnedElsewhere | null;
  schoolYear: number;
  term: string;
  courseCode: string;
  courseTitle: string;
  scedCode: string | null;
  creditsAttempted: number;
  creditsEarned: number;
  letterGrade: string | null;
  result: TranscriptResult;
  /** AP, IB, H, DE as the export flags the course (`AP,H`); null or absent for none. */
  courseFlags?: string | null;
  /**
   * A course given by its title alone (a transcript typed from paper): the import finds its
   * code in the district catalog (services/records/course-titles.ts); courseCode is empty.
   */
  byTitle?: boolean;
  /** The grade level a transcript typed from paper gives in the heading above the row. */
  gradeLevel?: number;
  /**
   * The heading gave the grade and no school year: the import finds the year from the student's
   * graduation year or current grade (services/records/grade-years.ts); schoolYear is 0 until then.
   */
  byGrade?: boolean;
}

/** A parsed transcript file, with the lines of marks that are not final (transcript-final-marks.ts). */
export type ParsedTranscript = ParsedCsv<TranscriptRow> & { progressMarks: number[] };

/** What the caller of an import tells the reader beyond the file. */
export interface TranscriptOptions {
  /** The district's lowest passing mark (transcript-passing.ts). */
  lowest?: LowestPass;
  /** What a Banner term code's last two digits mean at the college (transcript-banner.ts). */
  bannerTerms?: BannerTerms | undefined;
}
