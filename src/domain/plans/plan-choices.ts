/**
 * A program's "choose N of" courses in a student's plan. The plan keeps each high-school choice
 * of its program (grade, how many, the options, the program's note), and the courses picked for
 * it are plan courses marked with the choice's index, so the grid, the checks and progress count
 * them as any other course. A new plan takes the first N options the program lists (those not
 * already in the plan): a full four-year plan from the first day, which the student changes by
 * picking other options. An edit may pick any option of a choice, in any grade, and leave one
 * open (fewer than N picked), but not a course outside the choice nor more than N.
 */
import type { TPlanChoice, TPlanCourse } from '../../contracts/plans.ts';
import type { TPlanEditCourse } from '../../contracts/plan-requests.ts';
import { SECONDARY_LEVELS } from '../../contracts/plans.ts';
import type { TProgramBody } from '../../contracts/program.ts';
import { choiceValues, pickProblem } from './plan-pick-messages.ts';

type Secondary = (typeof SECONDARY_LEVELS)[number];
const isSecondary = (level: string): level is Secondary =>
  (SECONDARY_LEVELS as readonly string[]).includes(level);

/** The program's choices in the high school years, in the program's order. */
export function programChoices(program: Pick<TProgramBody, 'steps'>): TPlanChoice[] {
  const choices: TPlanChoice[] = [];
  for (const step of program.steps) {
    const level = step.level;
    if (!isSecondary(level)) continue;
    for (const choice of step.choices ?? [])
      choices.push({
        level,
        choose: choice.choose,
        options: [...choice.courses],
        ...(choice.note
          ? { note: { en: choice.note.en, ...(choice.note.es ? { es: choice.note.es } : {}) } }
          : {}),
      });
  }
  return choices;
}

/**
 * The courses a new plan takes for its choices: of each, the first N options (in the program's
 * order) not already in the plan, in the choice's grade. Fewer when the others are in the plan.
 */
export function defaultPicks(
  choices: readonly TPlanChoice[],
  placed: readonly string[],
  dualCredit: ReadonlySet<string>,
): TPlanCourse[] {
  const taken = new Set(placed);
  const picks: TPlanCourse[] = [];
  choices.forEach((choice, index) => {
    const free = choice.options.filter((id) => !taken.has(id)).slice(0, choice.choose);
    for (const courseId of free) {
      taken.add(courseId);
      picks.push({
        courseId,
        level: choice.level,
        dualCredit: dualCredit.has(courseId),
        choice: index,
      });
    }
  });
  return picks;
}

/**
 * Throws `invalid` naming the first course of an edit picked for a choice the plan does not have,
 * for a choice it is not an option of, or past the number the choice takes.
 */
export function checkPicks(courses: readonly TPlanCourse[], choices: readonly TPlanChoice[]): void {
  const count = new Map<number, number>();
  courses.forEach((course, i) => {
    if (course.choice === undefined) return;
    const choice = choices[course.choice];
    if (!choice)
      throw choices.length === 0
        ? pickProblem('noCourseChoices', {}, `courses.${i}.choice`)
        : pickProblem(
            'courseChoiceRange',
            { choices: choices.length, first: 0, last: choices.length - 1, choice: course.choice },
            `courses.${i}.choice`,
          );
    const values = { ...choiceValues(choice), id: course.courseId };
    if (!choice.options.includes(course.courseId))
      throw pickProblem('courseNotAnOption', values, `courses.${i}.courseId`);
    const picked = (count.get(course.choice) ?? 0) + 1;
    if (picked > choice.choose) throw pickProblem('courseTooMany', values, `courses.${i}.choice`);
    count.set(course.choice, picked);
  });
}

/**
 * An edit's courses as the plan stores them. When some course of the edit says `choice` (an
 * index, or null for a plain course), the edit says what is picked: taken as it is (and checked
 * by checkPicks). When none does, the edit does not speak of choices (a client that predates
 * them): each course the plan had as a pick stays marked with its choice, matched by course id,
 * each earlier pick used once, wherever the edit now puts the course.
 */
export function keepPicks(
  edit: readonly TPlanEditCourse[],
  before: readonly TPlanCourse[],
): TPlanCourse[] {
  const plain = ({ choice: _choice, ...course }: TPlanEditCourse): TPlanCourse => course;
  if (edit.some((c) => c.choice !== undefined))
    return edit.map((c) =>
      typeof c.choice === 'number' ? { ...plain(c), choice: c.choice } : plain(c),
    );
  const picks = before.filter((c) => c.choice !== undefined);
  return edit.map((course) => {
    const i = picks.findIndex((p) => p.courseId === course.courseId);
    if (i < 0) return plain(course);
    const [pick] = picks.splice(i, 1);
    return { ...plain(course), choice: pick!.choice! };
  });
}
