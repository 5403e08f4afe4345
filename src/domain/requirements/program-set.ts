/**
 * A program of study as a second requirement: each of its high-school CTE courses, by the state
 * course code, must be taken; of a choice of high-school CTE courses ("choose 1 of"), as many as it
 * says. A course the program names without a state code cannot be matched on a transcript and is
 * left out, and so is a choice with such a course or a college course among its options. The
 * program's credentials are not checked here; the college credit earned through them is given
 * beside the check (services/records/credential-credit-earned.ts).
 */
import type { TCourse, TProgramBody } from '../../contracts/program.ts';
import type { TRequirementNode, TRequirementSet } from '../../contracts/requirements.ts';
import { chooseText } from '../program/pos-texts.ts';

export const PROGRAM_SET_PREFIX = 'program:';

export function programRequirementSet(
  programId: string,
  program: TProgramBody,
  courses: ReadonlyMap<string, TCourse>,
): TRequirementSet {
  const children: TRequirementNode[] = [];
  for (const [s, step] of program.steps.entries()) {
    if (!step.level.startsWith('grade-')) continue;
    for (const id of step.courses) {
      const course = courses.get(id);
      if (!course || course.level !== 'secondary' || course.kind !== 'cte') continue;
      if (course.stateCode === undefined) continue;
      if (children.some((c) => c.id === course.id)) continue;
      children.push({
        id: course.id,
        title: course.title,
        type: 'course_set',
        select: { codes: [course.stateCode] },
        minCourses: 1,
        shared: true,
      });
    }
    for (const [k, choice] of (step.choices ?? []).entries()) {
      const options = choice.courses.map((id) => courses.get(id));
      const codes = options.flatMap((c) =>
        c?.level === 'secondary' && c.kind === 'cte' && c.stateCode !== undefined
          ? [c.stateCode]
          : [],
      );
      if (codes.length !== choice.courses.length) continue;
      const of = { choose: choice.choose, of: codes.length };
      const titles = (lang: 'en' | 'es') =>
        options.map((c) => (lang === 'es' ? (c!.title.es ?? c!.title.en) : c!.title.en)).join(', ');
      children.push({
        id: `choice-${s}-${k}`,
        title: {
          en: `${chooseText('en', of)}: ${titles('en')}`,
          es: `${chooseText('es', of)}: ${titles('es')}`,
        },
        type: 'course_set',
        select: { codes },
        minCourses: choice.choose,
        shared: true,
      });
    }
  }
  // The set is named by the program ("What if: Nursing"); its root says what it asks for, so
  // the sentences read "The program's CTE courses: done" rather than repeating the name.
  const title = program.title;
  const rootTitle = { en: 'The program’s CTE courses', es: 'Cursos de CTE del programa' };
  return {
    id: `${PROGRAM_SET_PREFIX}${programId}`,
    title,
    districts: [],
    root:
      children.length > 0
        ? { id: 'program-courses', title: rootTitle, type: 'all_of', children }
        : {
            id: 'program-courses',
            title: rootTitle,
            type: 'course_set',
            select: { cte: true },
            minCourses: 0,
            shared: true,
          },
  };
}
