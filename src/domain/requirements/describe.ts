/**
 * Sentences a 14-year-old understands, in English and Spanish: what each course does for the
 * student ("Algebra II, 2025–26, grade B, counts toward Mathematics: 3 of 3 credits.") and where
 * each requirement stands. Each sentence is a list of parts, so a title that exists only in
 * English (a course as the school's transcript names it) is marked as English inside a Spanish
 * sentence; `sentenceText` joins the parts for the API's plain `sentence` and the CLI.
 */
import { messageParts, type MessageValues } from '../i18n/message.ts';
import type { Lang } from '../framework.ts';
import type { AttemptState, CourseAttempt, NotCountedReason } from './attempts.ts';
import { describeEn, describeEs } from './describe-messages.ts';
import type { CountedAttempt, NodeProgress } from './evaluate.ts';
import { courseCodeKey } from './course-code-key.ts';

/** A piece of a sentence; `lang` is set when the piece is in another language than the rest. */
export interface SentencePart {
  text: string;
  lang?: Lang;
}

/** A title in English and, when someone wrote one, Spanish. */
export interface Titles {
  en: string;
  es?: string | undefined;
}

/** 2026 → "2025–26". */
export const schoolYearLabel = (endYear: number) =>
  `${endYear - 1}–${String(endYear % 100).padStart(2, '0')}`;

/** The title in the language, or the English one marked as English when no Spanish exists. */
export function titleIn(title: Titles, lang: Lang): SentencePart {
  if (lang === 'es' && !title.es) return { text: title.en, lang: 'en' };
  return { text: lang === 'es' ? title.es! : title.en };
}

export const sentenceText = (parts: readonly SentencePart[]) => parts.map((p) => p.text).join('');

type Key = keyof typeof describeEn;

/** A message template filled in as parts: values as text, `nodes` as parts of their own. */
export function fillParts(
  lang: Lang,
  template: string,
  values: MessageValues,
  nodes: Readonly<Record<string, readonly SentencePart[]>> = {},
): SentencePart[] {
  const pieces = messageParts(lang, template, values, nodes);
  return joined([
    pieces.flatMap((piece) => (typeof piece === 'string' ? [{ text: piece }] : piece)),
  ]);
}

/** One of the progress templates filled in. */
const sentence = (
  lang: Lang,
  key: Key,
  values: MessageValues,
  nodes: Readonly<Record<string, readonly SentencePart[]>> = {},
) => fillParts(lang, (lang === 'es' ? describeEs : describeEn)[key], values, nodes);

/** Sentences one after the other, a space between; parts in the same language merged. */
function joined(sentences: readonly (readonly SentencePart[])[]): SentencePart[] {
  const out: SentencePart[] = [];
  sentences.forEach((parts, i) => {
    for (const part of i > 0 ? [{ text: ' ' }, ...parts] : parts) {
      const last = out.at(-1);
      if (last && last.lang === part.lang) last.text += part.text;
      else out.push({ ...part });
    }
  });
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** "3 of 3 credits", "1 of 2 courses", or none when the requirement counts neither. */
function progressOf(node: NodeProgress, lang: Lang): string {
  const total = node.earned + node.inProgress + node.planned;
  const { credits, courses, gpa } = node.required;
  if (gpa !== undefined)
    return sentenceText(
      sentence(lang, 'gpaOf', {
        gpa: node.gpa == null ? 'none' : node.gpa.toFixed(2),
        required: gpa.toFixed(2),
      }),
    );
  if (credits !== null)
    return sentenceText(
      sentence(lang, node.required.unit === 'years' ? 'yearsOf' : 'creditsOf', {
        total: round(total),
        required: round(credits),
      }),
    );
  if (courses !== null)
    return sentenceText(
      sentence(lang, 'coursesOf', {
        total: new Set(node.counted.map((c) => courseCodeKey(c.code))).size,
        required: courses,
      }),
    );
  return 'none';
}

const STATE_KEY: Record<AttemptState, Key> = {
  completed: 'completed',
  in_progress: 'in_progress',
  planned: 'planned',
};

const courseTitles = (attempt: CourseAttempt): Titles => ({
  en: attempt.title,
  es: attempt.titleEs,
});

export function describeCounted(
  attempt: CourseAttempt,
  counted: CountedAttempt,
  node: NodeProgress,
  nodeTitle: Titles,
  lang: Lang,
): SentencePart[] {
  const target = sentence(
    lang,
    'target',
    { progress: progressOf(node, lang) },
    {
      requirement: [titleIn(nodeTitle, lang)],
    },
  );
  const parts = sentence(
    lang,
    STATE_KEY[counted.state],
    { year: schoolYearLabel(attempt.schoolYear), grade: attempt.grade ?? 'none' },
    { course: [titleIn(courseTitles(attempt), lang)], target },
  );
  return joined([
    parts,
    ...(counted.extra ? [sentence(lang, 'extra', {})] : []),
    ...(counted.substituted ? [sentence(lang, 'substituted', {})] : []),
  ]);
}

/**
 * Why an attempt does not count. `takenAgain`: the state of a later try of the same course
 * (passed, under way or planned), so a failed try (or a pass whose credit was withheld) is not
 * told to take the course again, and is told truly where the later try stands.
 */
export function describeNotCounted(
  attempt: CourseAttempt,
  reason: NotCountedReason,
  lang: Lang,
  takenAgain?: AttemptState,
): SentencePart[] {
  if ((reason === 'failed' || reason === 'no_credit') && takenAgain)
    return sentence(
      lang,
      `${reason}_taken_again`,
      { year: schoolYearLabel(attempt.schoolYear), again: takenAgain },
      { course: [titleIn(courseTitles(attempt), lang)] },
    );
  return sentence(
    lang,
    reason,
    { year: schoolYearLabel(attempt.schoolYear) },
    { course: [titleIn(courseTitles(attempt), lang)] },
  );
}

export function describeNode(node: NodeProgress, title: Titles, lang: Lang): SentencePart[] {
  const n = node.required.n;
  const options =
    n !== null
      ? sentenceText(sentence(lang, 'optionsOf', { n, count: node.children.length }))
      : 'none';
  const key =
    node.type === 'min_gpa' && node.status === 'missing'
      ? 'node_gpa_missing'
      : (`node_${node.status}` as const);
  const parts = sentence(
    lang,
    key,
    { progress: progressOf(node, lang), options },
    { requirement: [titleIn(title, lang)] },
  );
  if (!node.exception) return parts;
  return joined([parts, sentence(lang, 'exception', { reason: node.exception.reason })]);
}
