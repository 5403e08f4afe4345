/**
 * The course attempts of a transcript import, whatever its format (SIS CSV, Ed-Fi JSON): each row
 * matched to its student and to the district's catalog (an unknown course code is kept and
 * listed), then written in batches inside the caller's transaction. The roster's writes, and
 * what both share, are in record-rows.ts.
 */
import type { AttemptBatch, WriteCounts } from '../../db/attempt-batch.ts';
import { encodeAttempts } from '../../db/attempt-batch.ts';
import { UPSERT_BATCH, type AttemptRow } from '../../db/transcript-repository.ts';
import { chunks } from '../../db/roster-repository.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import { issueText } from '../../importers/issue-text.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import type { RecordRepos } from './deps.ts';
import { catalogResolver } from './catalog-resolver.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';
import { missingStudentIssues } from './missing-students.ts';
import { refuseIssues, type ImportCounts } from './run-import.ts';

import { byPlace, type Progress, type RowSource } from './record-rows.ts';

export interface UnknownCourse {
  code: string;
  title: string;
  rows: number;
}

export interface TranscriptCounts extends ImportCounts {
  unknownCourses: UnknownCourse[];
}

/**
 * Upserts course attempts; every row must name a student of the district (looked up in the same
 * transaction, so students imported just before count). Unknown course codes are kept and listed.
 */
export async function writeTranscripts<R extends TranscriptRow>(
  repos: RecordRepos,
  districtId: string,
  source: RowSource<R>,
  onProgress: Progress,
): Promise<TranscriptCounts> {
  const students = await repos.roster.byLocalIds(districtId, [
    ...new Set(source.rows.map((r) => r.localId)),
  ]);
  refuseIssues(await missingStudentIssues(repos, districtId, source, students));
  const known = await repos.transcripts.catalogCodes(districtId);
  const resolve = catalogResolver(known);
  const unknown = new Map<string, { title: string; rows: number }>();
  // A code the catalog does not know is kept as the file first writes it: "ENG 101", "ENG-101"
  // and "eng101" in one file are one course (course-code-key.ts), stored and listed once.
  const spelling = new Map<string, string>();
  const codes = source.rows.map((row) => {
    const code = resolve(row.courseCode) ?? row.courseCode;
    if (known.has(code)) return code;
    const key = courseCodeKey(code);
    if (!spelling.has(key)) spelling.set(key, code);
    return spelling.get(key)!;
  });
  source.rows.forEach((row, i) => {
    const code = codes[i]!;
    if (known.has(code)) return;
    const entry = unknown.get(code) ?? { title: row.courseTitle, rows: 0 };
    entry.rows += 1;
    unknown.set(code, entry);
  });
  // Two spellings of one code ("2052" and "02052", "ENG 101" and "ENG-101") may now name the
  // same attempt; so may two catalog codes of one key ("CS 312" and "CS312"), which the database
  // stores as one attempt (course_attempt's primary key is on the key, migration 0045).
  const first = new Map<string, number>();
  const repeats: ImportIssue[] = [];
  const renamed = codes.some((code, i) => code !== source.rows[i]!.courseCode);
  const keyOf = new Map([...new Set(codes)].map((code) => [code, courseCodeKey(code)]));
  const shared = new Set(keyOf.values()).size < keyOf.size;
  source.rows.forEach((row, i) => {
    if (!renamed && !shared) return;
    const key = [row.localId, row.schoolId, row.schoolYear, row.term, keyOf.get(codes[i]!)].join(
      '\u0000',
    );
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, i);
      return;
    }
    // Without a renamed code, a repeat of the very same code is left to the upsert (Ed-Fi).
    if (!renamed && codes[at] === codes[i]) return;
    const earlier = source.rows[at]!;
    const place = source.issue(earlier, 'course_code', '');
    repeats.push(
      source.issue(
        row,
        'course_code',
        issueText('repeats_catalog_attempt', {
          place: `${place.file}:${place.line}`,
          code: earlier.courseCode,
          other: row.courseCode,
          catalog: codes[at]!,
        }),
      ),
    );
  });
  refuseIssues(repeats.sort(byPlace));
  const rows: AttemptRow[] = source.rows.map((r, i) => ({
    districtId,
    studentId: students.get(r.localId)!.userId,
    schoolId: r.schoolId,
    schoolYear: r.schoolYear,
    term: r.term,
    courseCode: codes[i]!,
    courseTitle: r.courseTitle,
    // A row without a SCED code takes the catalog course's, so subject-area requirements see it.
    scedCode: r.scedCode ?? known.get(codes[i]!) ?? null,
    creditsAttempted: r.creditsAttempted,
    creditsEarned: r.creditsEarned,
    letterGrade: r.letterGrade,
    result: r.result,
    courseFlags: r.courseFlags ?? null,
  }));
  const total = rows.length;
  const { inserted, updated } = await writeAttempts(
    repos,
    districtId,
    rows,
    source.uniqueAttempts ?? false,
    (done) => onProgress?.(done, total),
  );
  return {
    inserted,
    updated,
    unchanged: total - inserted - updated,
    unknownCourses: [...unknown]
      .map(([code, v]) => ({ code, title: v.title, rows: v.rows }))
      .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code)),
  };
}

/** What names one stored attempt: the primary key of course_attempt (migration 0045). */
const attemptKey = (r: AttemptRow) =>
  `${r.studentId}\u0000${r.schoolId}\u0000${r.schoolYear}\u0000${r.term}\u0000${courseCodeKey(r.courseCode)}`;

/**
 * Writes the attempts in batches. Attempts of students with nothing stored yet are inserted
 * without the conflict check, when no key repeats among them (the transcript CSV refuses
 * repeats; for other formats the keys are checked here); the rest are upserted. Each batch is encoded while the database writes the
 * one before (on PostgreSQL the server is another process, so the two overlap), one statement
 * in flight at a time.
 */
async function writeAttempts(
  repos: RecordRepos,
  districtId: string,
  rows: readonly AttemptRow[],
  unique: boolean,
  onDone: (done: number) => void,
): Promise<WriteCounts> {
  const stored = await repos.transcripts.studentsWithAttempts(districtId, [
    ...new Set(rows.map((r) => r.studentId)),
  ]);
  const fresh = rows.filter((r) => !stored.has(r.studentId));
  const insertable = unique || new Set(fresh.map(attemptKey)).size === fresh.length;
  const jobs: Array<{ rows: AttemptRow[]; insert: boolean }> = [
    ...chunks(insertable ? fresh : rows, UPSERT_BATCH).map((part) => ({
      rows: part,
      insert: insertable,
    })),
    ...(insertable
      ? chunks(
          rows.filter((r) => stored.has(r.studentId)),
          UPSERT_BATCH,
        ).map((part) => ({ rows: part, insert: false }))
      : []),
  ];
  const counts: WriteCounts = { inserted: 0, updated: 0 };
  let done = 0;
  let pending: { size: number; result: Promise<WriteCounts> } | undefined;
  const settle = async () => {
    if (!pending) return;
    const { inserted, updated } = await pending.result;
    counts.inserted += inserted;
    counts.updated += updated;
    done += pending.size;
    pending = undefined;
    onDone(done);
  };
  for (const job of jobs) {
    const batch: AttemptBatch = encodeAttempts(job.rows);
    await settle();
    const result = job.insert
      ? repos.transcripts.insertBatch(batch)
      : repos.transcripts.upsertBatch(batch);
    // Awaited in settle(); marked handled now so a failure while the next batch is encoded is
    // not reported as unhandled.
    result.catch(() => undefined);
    pending = { size: batch.size, result };
    // Lets the statement go out before the next batch is encoded.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await settle();
  return counts;
}
