/**
 * Turns a student's stored attempts into the evaluator's course attempts (with what the district
 * catalog says of each course), and an evaluated check into the API's flat, worded shape.
 */
import type { TProgressCheck } from '../../contracts/progress.ts';
import type { CatalogFacts, AttemptRow } from '../../db/transcript-repository.ts';
import type { Lang } from '../../domain/framework.ts';
import {
  chronological,
  stateOf,
  stateOrder,
  type AttemptState,
  type CourseAttempt,
} from '../../domain/requirements/attempts.ts';
import {
  describeCounted,
  describeNode,
  describeNotCounted,
  schoolYearLabel,
  sentenceText,
  titleIn,
  type SentencePart,
  type Titles,
} from '../../domain/requirements/describe.ts';
import type { NodeProgress, ProgressCheck } from '../../domain/requirements/evaluate.ts';
import {
  isTransferKey,
  transferAttempt,
  type TransferCredit,
} from '../../domain/requirements/transfer.ts';
import { flagFacts } from '../../domain/requirements/course-flags.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';

/** The id of an attempt in a student's record: year, term, course and school. */
export const attemptKey = (
  r: Pick<AttemptRow, 'schoolYear' | 'term' | 'courseCode' | 'schoolId'>,
) => `${r.schoolYear}:${r.term}:${r.courseCode}@${r.schoolId}`;

/** A CTE course by the catalog, else by its SCED subject area (10–21 are career areas). */
export function toCourseAttempts(
  rows: readonly AttemptRow[],
  facts: ReadonlyMap<string, CatalogFacts>,
): CourseAttempt[] {
  return rows.map((r) => {
    const known = facts.get(courseCodeKey(r.courseCode));
    const subject = known ? NaN : scedSubjectNumber(r.scedCode);
    return {
      key: attemptKey(r),
      code: r.courseCode,
      title: r.courseTitle,
      titleEs: known?.titleEs ?? undefined,
      scedCode: r.scedCode,
      schoolYear: r.schoolYear,
      term: r.term,
      creditsAttempted: r.creditsAttempted,
      creditsEarned: r.creditsEarned,
      grade: r.letterGrade,
      result: r.result as CourseAttempt['result'],
      cte: known?.cte ?? (subject >= 10 && subject <= 21),
      pathways: known?.pathways ?? [],
      // The catalog's word, else what the export flags (AP, IB, honors; dual enrollment).
      dualCredit: known?.dualCredit ?? flagFacts(r.courseFlags).dualCredit,
      advanced: known?.advanced ?? flagFacts(r.courseFlags).advanced,
    };
  });
}

/** The attempts taken here and the credit earned elsewhere, as the progress check counts them. */
export function recordAttempts(
  rows: readonly AttemptRow[],
  transfers: readonly TransferCredit[],
  facts: ReadonlyMap<string, CatalogFacts>,
): CourseAttempt[] {
  const taken = toCourseAttempts(rows, facts);
  for (const credit of transfers) taken.push(transferAttempt(credit, facts));
  return taken;
}

/** The SCED subject area as a number (scedSubject's two digits), else NaN; without a regex. */
function scedSubjectNumber(scedCode: string | null): number {
  if (scedCode === null || scedCode.length < 2) return NaN;
  const tens = scedCode.charCodeAt(0) - 48;
  const ones = scedCode.charCodeAt(1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : NaN;
}

export function presentCheck(
  check: ProgressCheck,
  attempts: readonly CourseAttempt[],
  lang: Lang,
): TProgressCheck {
  const byKey = new Map(attempts.map((a) => [a.key, a]));
  const titleOf = (t: Titles) => {
    const part = titleIn(t, lang);
    return { title: part.text, titleLang: part.lang ?? lang };
  };
  const worded = (parts: SentencePart[]) => ({
    sentence: sentenceText(parts),
    sentenceParts: parts,
  });
  const courseTitle = (a: CourseAttempt) => titleOf({ en: a.title, es: a.titleEs });
  // A course earned elsewhere shows its code as written there, and where.
  const shown = (a: CourseAttempt) =>
    a.transfer
      ? {
          code: a.transfer.code ?? (isTransferKey(a.code) ? '' : a.code),
          ...courseTitle(a),
          transfer: a.transfer,
        }
      : { code: a.code, ...courseTitle(a) };
  // Where the furthest later try of the course stands (passed, under way, planned), if any.
  const takenAgain = (failed: CourseAttempt): AttemptState | undefined => {
    let furthest: AttemptState | undefined;
    for (const b of attempts) {
      const state = stateOf(b.result);
      if (
        state !== undefined &&
        courseCodeKey(b.code) === courseCodeKey(failed.code) &&
        chronological(failed, b) < 0 &&
        (furthest === undefined || stateOrder(state) < stateOrder(furthest))
      )
        furthest = state;
    }
    return furthest;
  };
  const requirements: TProgressCheck['requirements'] = [];
  const walk = (node: NodeProgress, parentId: string | null, depth: number) => {
    requirements.push({
      id: node.id,
      parentId,
      depth,
      type: node.type,
      ...titleOf(node.title),
      status: node.status,
      required: node.required,
      earned: node.earned,
      inProgress: node.inProgress,
      planned: node.planned,
      ...(node.gpa !== undefined ? { gpa: node.gpa } : {}),
      exception: node.exception,
      ...worded(describeNode(node, node.title, lang)),
      courses: node.counted.map((counted) => {
        const a = byKey.get(counted.attemptKey)!;
        return {
          attemptKey: a.key,
          ...shown(a),
          schoolYear: schoolYearLabel(a.schoolYear),
          term: a.term,
          grade: a.grade,
          credits: counted.credits,
          state: counted.state,
          extra: counted.extra,
          substituted: counted.substituted,
          ...worded(describeCounted(a, counted, node, node.title, lang)),
        };
      }),
    });
    for (const child of node.children) walk(child, node.id, depth + 1);
  };
  walk(check.root, null, 0);
  const setTitle = titleOf(check.setTitle);
  return {
    setId: check.setId,
    setTitle: setTitle.title,
    setTitleLang: setTitle.titleLang,
    status: check.status,
    requirements,
    notCounted: check.notCounted.map(({ attemptKey: key, reason }) => {
      const a = byKey.get(key)!;
      return {
        attemptKey: key,
        ...shown(a),
        reason,
        ...worded(
          describeNotCounted(
            a,
            reason,
            lang,
            reason === 'failed' || reason === 'no_credit' ? takenAgain(a) : undefined,
          ),
        ),
      };
    }),
    unused: check.unused.map((key) => {
      const a = byKey.get(key)!;
      return { attemptKey: key, ...shown(a) };
    }),
  };
}
