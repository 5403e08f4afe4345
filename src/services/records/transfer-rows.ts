/**
 * Transcript rows earned outside the district (an "earned at" column naming a place that is
 * none of the district's schools) become transfer credit (domain/requirements/transfer.ts), in
 * the import's transaction. How each counts here: the course the export says it counts as (a
 * catalog code, or "elective"); else its course code when our catalog has it (PowerSchool's
 * historical grades write the local course "most similar to the credit earned" with the title
 * from the original transcript); else its SCED code; else, a course given by title alone (a paper
 * transcript's transfer line), the one catalog course of that title (course-titles.ts); else
 * elective credit only. A course by title alone that no catalog course, or more than one, has is
 * an elective the summary lists with its line: never a guess between two.
 */
import type { TransferCredit, CountsAs } from '../../domain/requirements/transfer.ts';
import { institutionKey, transferCreditKey } from '../../domain/requirements/transfer.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import { issueText } from '../../importers/issue-text.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import type { RecordRepos } from './deps.ts';
import { byPlace, type RowSource } from './record-rows.ts';
import { catalogResolver } from './catalog-resolver.ts';
import { refuseIssues } from './run-import.ts';
import { coursesTitled } from './course-titles.ts';

export interface TransferSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Each place credit came from, with its rows: so a reader sees what was taken as transfer. */
  places: Array<{ name: string; rows: number }>;
  /** Courses by title alone kept as electives: no catalog course has the title, or `matches` do. */
  electivesByTitle?: Array<{ line: number; title: string; matches: number }>;
}

/** A school's name folded, with "High School" and "HS" (and the like) as one. */
const schoolKey = (name: string) =>
  institutionKey(name)
    .replace(/\bhigh school\b/g, 'hs')
    .replace(/\bmiddle school\b/g, 'ms')
    .replace(/\bsenior high\b/g, 'hs')
    .replace(/^the /, '');

/**
 * Splits rows into those taken here (no place named, or the place is one of the district's
 * schools: a row whose school id is empty takes that school's) and those earned elsewhere. A
 * plain "School Name" column (filled on every row by exports such as PowerSchool's) names a
 * place elsewhere only on a row whose school id is none of the district's, or that carries the
 * other school's id (PowerSchool's ALTSCHOOLID): a school the SIS names differently than
 * Wayfinder does must not turn the district's own courses into transfer credit.
 */
export function splitEarnedElsewhere<R extends TranscriptRow>(
  rows: readonly R[],
  schoolNames: ReadonlyMap<string, string>,
): { here: R[]; elsewhere: R[] } {
  const byName = new Map<string, string>();
  for (const [id, name] of schoolNames) byName.set(schoolKey(name), id);
  const here: R[] = [];
  const elsewhere: R[] = [];
  for (const row of rows) {
    if (!row.earnedAt) {
      here.push(row);
      continue;
    }
    const at = row.earnedAt;
    const plainHere =
      at.plainSchoolName &&
      !at.flagged &&
      at.institutionId === null &&
      schoolNames.has(row.schoolId);
    if (plainHere) {
      here.push(row);
      continue;
    }
    const ours = at.flagged ? undefined : byName.get(schoolKey(at.name));
    if (ours === undefined) elsewhere.push(row);
    else here.push(row.schoolId === '' ? { ...row, schoolId: ours } : row);
  }
  return { here, elsewhere };
}

export async function writeTransferRows<R extends TranscriptRow>(
  repos: RecordRepos,
  districtId: string,
  source: RowSource<R>,
  ids: { newId: () => string; now: Date },
): Promise<TransferSummary> {
  const { rows } = source;
  const empty = { inserted: 0, updated: 0, unchanged: 0, places: [] };
  if (rows.length === 0) return empty;
  const students = await repos.roster.byLocalIds(districtId, [
    ...new Set(rows.map((r) => r.localId)),
  ]);
  const known = await repos.transcripts.catalogCodes(districtId);
  const resolve = catalogResolver(known);
  const inCatalog = (code: string) => (known.has(code) ? code : resolve(code));
  const byTitleAlone = (row: R) =>
    row.earnedAt!.countsAs === null && row.courseCode === '' && row.scedCode === null;
  const titled = rows.some(byTitleAlone)
    ? coursesTitled(await repos.transcripts.catalogTitles(districtId))
    : () => [];
  const electivesByTitle: NonNullable<TransferSummary['electivesByTitle']> = [];
  const issues: ImportIssue[] = [];
  const credits: TransferCredit[] = [];
  /** The row each credit comes from. */
  const from: R[] = [];
  const places = new Map<string, { name: string; rows: number }>();
  for (const row of rows) {
    const student = students.get(row.localId);
    if (!student) {
      issues.push(
        source.issue(
          row,
          'student_id',
          issueText('no_student', { student: row.localId, district: districtId, roster: 'none' }),
        ),
      );
      continue;
    }
    const at = row.earnedAt!;
    let countsAs: CountsAs;
    if (at.countsAs === 'elective') countsAs = { kind: 'elective' };
    else if (at.countsAs !== null) {
      const code = inCatalog(at.countsAs);
      if (code === undefined) {
        issues.push(
          source.issue(row, 'counts_as', issueText('no_catalog_course', { code: at.countsAs })),
        );
        continue;
      }
      countsAs = { kind: 'course', code };
    } else if (byTitleAlone(row)) {
      const codes = titled(row.courseTitle);
      if (codes.length === 1) countsAs = { kind: 'course', code: codes[0]! };
      else {
        countsAs = { kind: 'elective' };
        electivesByTitle.push({ line: row.line, title: row.courseTitle, matches: codes.length });
      }
    } else {
      const code = row.courseCode === '' ? undefined : inCatalog(row.courseCode);
      countsAs =
        code !== undefined
          ? { kind: 'course', code }
          : row.scedCode !== null
            ? { kind: 'sced', scedCode: row.scedCode }
            : { kind: 'elective' };
    }
    const key = institutionKey(at.name);
    const place = places.get(key) ?? { name: at.name, rows: 0 };
    place.rows += 1;
    places.set(key, place);
    from.push(row);
    credits.push({
      id: ids.newId(),
      districtId,
      studentId: student.userId,
      kind: at.kind,
      earnedAt: { name: at.name, state: at.state, institutionId: at.institutionId },
      course: { title: row.courseTitle, code: row.courseCode || null, scedCode: row.scedCode },
      // AP, IB, HON, DE columns (or a course level) of the row, as our own attempts keep them.
      flags: row.courseFlags ?? null,
      schoolYear: row.schoolYear,
      term: row.term,
      creditsAttempted: row.creditsAttempted,
      creditsEarned: row.creditsEarned,
      grade: row.letterGrade,
      result: row.result,
      countsAs,
      createdBy: null,
      createdAt: ids.now,
    });
  }
  refuseIssues(issues);
  const { kept, repeats } = oncePerKey(source, credits, from);
  const counts = await repos.transfers.upsertMany(districtId, kept);
  return {
    ...counts,
    // The very same credit given again is the one just written, unchanged by it.
    unchanged: counts.unchanged + repeats,
    places: [...places.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)),
    ...(electivesByTitle.length > 0 ? { electivesByTitle } : {}),
  };
}

/** A credit's stored fields, its id and time of writing left out. */
const written = (c: TransferCredit) => JSON.stringify({ ...c, id: '', createdAt: null });

/**
 * One credit per stored key (transferCreditKey: student, place, school year, term and course
 * there, as the unique index `transfer_credit_course` holds them). Two rows of one key that differ
 * in anything, the course's or the place's spelling ("AG 110" and "a g 110") as well as the grade,
 * refuse the file, naming both (a write would break the index: a 500). The very same credit
 * repeated, every field equal (an Ed-Fi export may list one transfer course under two schools'
 * academic records), is written once, as writeTranscripts (transcript-rows.ts) refuses two codes
 * of one attempt's key and leaves the very same code repeated to the write.
 */
function oncePerKey<R extends TranscriptRow>(
  source: RowSource<R>,
  credits: readonly TransferCredit[],
  from: readonly R[],
): { kept: TransferCredit[]; repeats: number } {
  const first = new Map<string, number>();
  const kept: TransferCredit[] = [];
  const issues: ImportIssue[] = [];
  credits.forEach((credit, i) => {
    const key = transferCreditKey(credit);
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, i);
      kept.push(credit);
      return;
    }
    const earlier = credits[at]!;
    if (written(earlier) === written(credit)) return;
    const row = from[i]!;
    const field = row.courseCode === '' ? 'course_title' : 'course_code';
    const place = source.issue(from[at]!, field, '');
    const named = (c: TransferCredit) => c.course.code ?? c.course.title;
    issues.push(
      source.issue(
        row,
        field,
        issueText('repeats_transfer_credit', {
          place: `${place.file}:${place.line}`,
          same:
            named(earlier) === named(credit) && earlier.earnedAt.name === credit.earnedAt.name
              ? 'yes'
              : 'no',
          code: named(earlier),
          school: earlier.earnedAt.name,
          other: named(credit),
          otherSchool: credit.earnedAt.name,
        }),
      ),
    );
  });
  refuseIssues(issues.sort(byPlace));
  return { kept, repeats: credits.length - kept.length };
}
