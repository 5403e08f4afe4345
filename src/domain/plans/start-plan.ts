/**
 * A new plan from a program of study: its high-school courses by grade (dual credit marked where
 * an agreement gives college credit for the course), its "choose N of" choices with the first N
 * options picked (plan-choices.ts), its high-school credentials by grade (of a choice of
 * credentials, "earn 1 of", the first N options not already in the plan: the student swaps one for
 * another option through the plan's credentials), work-based learning by grade, empty goals; the postsecondary years and the entry and exit points stay the
 * program's and are shown beside the plan. Or a new plan from a pathway alone: no courses yet
 * (the student fills the years from the catalog), the pathway as its goal.
 */
import type {
  TPlanChoice,
  TPlanCourse,
  TPlanCredential,
  TPlanGoals,
  TPlanWorkBasedLearning,
} from '../../contracts/plans.ts';
import { SECONDARY_LEVELS } from '../../contracts/plans.ts';
import type { TProgramBody } from '../../contracts/program.ts';
import { defaultPicks, programChoices } from './plan-choices.ts';

export interface PlanBody {
  /** Null for a plan started from a pathway with no program of study. */
  programId: string | null;
  programVersion: number | null;
  /** The pathway the plan aims at; absent in plans saved before pathways (the program's). */
  pathwayCode?: string;
  courses: TPlanCourse[];
  /**
   * The program's "choose N of" in the high school years; the courses picked for one are plan
   * courses marked with its index. Absent in plans saved before choices were carried: none.
   */
  choices?: TPlanChoice[];
  /** Absent in plans saved before credentials were carried: none. */
  credentials?: TPlanCredential[];
  workBasedLearning?: TPlanWorkBasedLearning[];
  goals: TPlanGoals;
}

type Secondary = (typeof SECONDARY_LEVELS)[number];
const isSecondary = (level: string): level is Secondary =>
  (SECONDARY_LEVELS as readonly string[]).includes(level);

const emptyGoals = (): TPlanGoals => ({ career: null, postsecondary: null, benchmarks: [] });

export function startPlan(
  program: TProgramBody,
  programId: string,
  programVersion: number,
  dualCreditCourses: ReadonlySet<string>,
): PlanBody {
  const courses: TPlanCourse[] = [];
  const credentials: TPlanCredential[] = [];
  const workBasedLearning: TPlanWorkBasedLearning[] = [];
  for (const step of program.steps) {
    const level = step.level;
    if (!isSecondary(level)) continue;
    for (const courseId of step.courses)
      if (!courses.some((c) => c.courseId === courseId))
        courses.push({ courseId, level, dualCredit: dualCreditCourses.has(courseId) });
    for (const credentialId of step.credentials)
      if (!credentials.some((c) => c.credentialId === credentialId))
        credentials.push({ credentialId, level });
    for (const wbl of step.workBasedLearning)
      workBasedLearning.push({
        level,
        type: wbl.type,
        title: { en: wbl.title.en, ...(wbl.title.es ? { es: wbl.title.es } : {}) },
        ...(wbl.employerId ? { employerId: wbl.employerId } : {}),
      });
  }
  credentials.push(...credentialPicks(program, credentials));
  const choices = programChoices(program);
  courses.push(
    ...defaultPicks(
      choices,
      courses.map((c) => c.courseId),
      dualCreditCourses,
    ),
  );
  return {
    programId,
    programVersion,
    pathwayCode: program.pathwayCode,
    courses,
    choices,
    credentials,
    workBasedLearning,
    goals: emptyGoals(),
  };
}

/**
 * The credentials a new plan takes for the program's high-school choices of credentials: of each,
 * the first N options (in the program's order) not already in the plan, in the choice's grade.
 */
function credentialPicks(
  program: Pick<TProgramBody, 'steps'>,
  listed: readonly TPlanCredential[],
): TPlanCredential[] {
  const taken = new Set(listed.map((c) => c.credentialId));
  const picks: TPlanCredential[] = [];
  for (const step of program.steps) {
    const level = step.level;
    if (!isSecondary(level)) continue;
    for (const choice of step.credentialChoices ?? [])
      for (const credentialId of choice.credentials
        .filter((id) => !taken.has(id))
        .slice(0, choice.choose)) {
        taken.add(credentialId);
        picks.push({ credentialId, level });
      }
  }
  return picks;
}

/** A plan with a pathway as its goal and an empty year grid, where no program of study fits. */
export function startFromPathway(pathwayCode: string): PlanBody {
  return {
    programId: null,
    programVersion: null,
    pathwayCode,
    courses: [],
    choices: [],
    credentials: [],
    workBasedLearning: [],
    goals: emptyGoals(),
  };
}
