/**
 * The plan editor's draft: the courses by grade and the goals, changed one step at a time (swap a
 * course for another, move it a year, add an elective, remove one, mark dual credit), and checked
 * after each step with the same pure check the server runs (domain/plans/check-plan.ts) on the
 * catalog the API gave, so the reasons shown beside the form are the ones the saved plan gets.
 */
import type { TLang } from '../../contracts/framework.ts';
import {
  type SECONDARY_LEVELS,
  type TPlan,
  type TPlanCourse,
  type TPlanCredential,
  type TPlanWorkBasedLearning,
  type TPlanGoals,
  type TPlanOptions,
} from '../../contracts/plans.ts';
import { type TPlanEdit } from '../../contracts/plan-requests.ts';
import { collegeCourseCode, type TCourse } from '../../contracts/program.ts';
import { checkPlan, type PlanFinding } from '../../domain/plans/check-plan.ts';

export type Level = (typeof SECONDARY_LEVELS)[number];

export interface Draft {
  courses: TPlanCourse[];
  /** The plan's "choose N of" (read only: they come from the program); none when absent. */
  choices?: TPlan['choices'];
  credentials: TPlanCredential[];
  /** The plan's choices of credentials, each with its picks (pickCredential); none when absent. */
  credentialChoices?: TPlan['credentialChoices'];
  workBasedLearning: TPlanWorkBasedLearning[];
  goals: TPlanGoals;
}

const gradeOf = (level: string) => Number(level.replace('grade-', ''));

/** The plan's courses by grade (a stable sort keeps the plan's order within a grade). */
export const draftOf = (plan: TPlan): Draft => ({
  courses: plan.courses
    .map(({ courseId, level, dualCredit, choice }) => ({
      courseId,
      level,
      dualCredit,
      ...(choice === undefined ? {} : { choice }),
    }))
    .sort((a, b) => gradeOf(a.level) - gradeOf(b.level)),
  choices: plan.choices,
  credentialChoices: plan.credentialChoices,
  credentials: plan.credentials.map(({ credentialId, level }) => ({ credentialId, level })),
  workBasedLearning: plan.workBasedLearning.map((w) => ({
    level: w.level,
    type: w.type,
    title: w.titleText,
    ...(w.employerId ? { employerId: w.employerId } : {}),
  })),
  goals: plan.goals,
});

/**
 * The edit a save sends. Every course says its choice (null for a plain one): the editor knows
 * the picks, so a pick the student removed or made plain is not kept by the server, which keeps
 * earlier picks only for an edit that does not speak of choices.
 */
export const editOf = (draft: Draft, baseVersion: number): TPlanEdit => ({
  baseVersion,
  courses: draft.courses.map((c) => ({ ...c, choice: c.choice ?? null })),
  credentials: draft.credentials,
  ...(draft.credentialChoices
    ? { credentialPicks: draft.credentialChoices.map((c) => c.picked) }
    : {}),
  workBasedLearning: draft.workBasedLearning,
  goals: draft.goals,
});

/**
 * Picks an option of a choice of credentials, or takes a pick back. Choose 1: the option replaces
 * the pick. Choose N: added while fewer than N are picked. An option the plan also lists as a plain
 * credential leaves that list (the server refuses a credential listed twice).
 */
export function pickCredential(
  draft: Draft,
  choiceIndex: number,
  credentialId: string,
  on: boolean,
): Draft {
  const choice = draft.credentialChoices?.[choiceIndex];
  if (!choice || !choice.options.some((o) => o.credentialId === credentialId)) return draft;
  const picked = on
    ? choice.choose === 1
      ? [credentialId]
      : choice.picked.includes(credentialId) || choice.picked.length >= choice.choose
        ? choice.picked
        : [...choice.picked, credentialId]
    : choice.picked.filter((id) => id !== credentialId);
  if (picked === choice.picked) return draft;
  return {
    ...draft,
    credentials: on
      ? draft.credentials.filter((c) => c.credentialId !== credentialId)
      : draft.credentials,
    credentialChoices: draft.credentialChoices!.map((c, i) =>
      i === choiceIndex ? { ...c, picked } : c,
    ),
  };
}

export const addCredential = (draft: Draft, credentialId: string, level: Level): Draft => ({
  ...draft,
  credentials: [
    ...draft.credentials.filter((c) => c.credentialId !== credentialId),
    { credentialId, level },
  ],
});

export const removeCredential = (draft: Draft, index: number): Draft => ({
  ...draft,
  credentials: draft.credentials.filter((_, i) => i !== index),
});

export const addWorkBasedLearning = (
  draft: Draft,
  item: Pick<TPlanWorkBasedLearning, 'type' | 'level'> & { title: string },
  lang: TLang,
): Draft => ({
  ...draft,
  workBasedLearning: [
    ...draft.workBasedLearning,
    {
      level: item.level,
      type: item.type,
      // The student's own words, shown as written in either language.
      title: lang === 'es' ? { en: item.title, es: item.title } : { en: item.title },
    },
  ],
});

export const removeWorkBasedLearning = (draft: Draft, index: number): Draft => ({
  ...draft,
  workBasedLearning: draft.workBasedLearning.filter((_, i) => i !== index),
});

const replaceAt = (courses: TPlanCourse[], index: number, change: Partial<TPlanCourse>) =>
  courses.map((c, i) => (i === index ? { ...c, ...change } : c));

/** A course swapped for another; a choice's pick swapped for a course outside it leaves the choice. */
export const swapCourse = (draft: Draft, index: number, courseId: string): Draft => {
  const choice = draft.courses[index]?.choice;
  const stays =
    choice !== undefined &&
    (draft.choices?.[choice]?.options ?? []).some((o) => o.courseId === courseId);
  return {
    ...draft,
    courses: draft.courses.map((c, i) => {
      if (i !== index) return c;
      const { choice: _left, ...course } = c;
      return stays ? { ...course, courseId, choice } : { ...course, courseId };
    }),
  };
};

/**
 * An option of a choice picked or let go. Picked, it goes into the choice's grade; where the
 * choice takes one course, it replaces the pick (in the grade the pick was moved to). A choice
 * already full takes no more.
 */
export function pickOption(
  draft: Draft,
  choiceIndex: number,
  courseId: string,
  on: boolean,
): Draft {
  const choice = draft.choices?.[choiceIndex];
  if (!choice) return draft;
  const mine = draft.courses.filter((c) => c.choice === choiceIndex);
  if (!on)
    return {
      ...draft,
      courses: draft.courses.filter((c) => !(c.choice === choiceIndex && c.courseId === courseId)),
    };
  if (mine.some((c) => c.courseId === courseId)) return draft;
  if (choice.choose === 1 && mine.length === 1) {
    const index = draft.courses.indexOf(mine[0]!);
    return { ...draft, courses: replaceAt(draft.courses, index, { courseId, dualCredit: false }) };
  }
  if (mine.length >= choice.choose) return draft;
  return {
    ...draft,
    courses: [
      ...draft.courses,
      { courseId, level: choice.level, dualCredit: false, choice: choiceIndex },
    ],
  };
}

export const moveCourse = (draft: Draft, index: number, level: Level): Draft => ({
  ...draft,
  courses: replaceAt(draft.courses, index, { level }),
});

export const setDualCredit = (draft: Draft, index: number, dualCredit: boolean): Draft => ({
  ...draft,
  courses: replaceAt(draft.courses, index, { dualCredit }),
});

export const addCourse = (draft: Draft, courseId: string, level: Level): Draft => ({
  ...draft,
  courses: [...draft.courses, { courseId, level, dualCredit: false }],
});

export const removeCourse = (draft: Draft, index: number): Draft => ({
  ...draft,
  courses: draft.courses.filter((_, i) => i !== index),
});

export const setGoals = (draft: Draft, goals: TPlanGoals): Draft => ({ ...draft, goals });

export function catalogOf(options: TPlanOptions): Map<string, TCourse> {
  return new Map(options.courses.map((c) => [c.id, c]));
}

/** The live check of the draft: each finding with its reason, in the page's language. */
export function checkDraft(draft: Draft, options: TPlanOptions, lang: TLang): PlanFinding[] {
  return checkPlan(draft.courses, {
    courses: catalogOf(options),
    offeredBy: new Set(options.offeredBy),
    passed: new Set(options.passed),
    creditAgreements: new Set(options.creditAgreements),
    lang,
  });
}

export const courseTitle = (course: TCourse | undefined, id: string, lang: TLang) =>
  course ? (lang === 'es' ? (course.title.es ?? course.title.en) : course.title.en) : id;

/** The language `courseTitle` gives the title in, when it is not the page's (an English-only title). */
export const courseTitleLang = (course: TCourse | undefined, lang: TLang): TLang | undefined =>
  course && lang === 'es' && !course.title.es ? 'en' : undefined;

export const courseCodeOf = (course: TCourse) =>
  course.level === 'secondary' ? (course.stateCode ?? '') : collegeCourseCode(course);
