/**
 * A new plan from a program of study: its high-school courses by grade (dual credit marked where
 * an agreement gives college credit for the course), its "choose N of" choices with the first N
 * options picked (plan-choices.ts), its high-school credentials by grade, every choice of
 * credentials ("earn 1 of", high school and college years) with the first N options not already in
 * the plan picked (plan-credential-choices.ts: the student picks another option in the editor),
 * work-based learning by grade, empty goals; the rest of the postsecondary years and the entry and
 * exit points stay the program's and are shown beside the plan. Or a new plan from a pathway alone: no courses yet
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
import type { TPlanCredentialChoice } from '../../contracts/plan-credential-choices.ts';
import { defaultPicks, programChoices } from './plan-choices.ts';
import { startCredentialChoices } from './plan-credential-choices.ts';

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
  /**
   * The program's choices of credentials with the plan's picks (not repeated in credentials).
   * Absent in plans saved before they were kept: read with carriedCredentialChoices.
   */
  credentialChoices?: TPlanCredentialChoice[];
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
  const credentialChoices = startCredentialChoices(program, credentials);
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
    credentialChoices,
    workBasedLearning,
    goals: emptyGoals(),
  };
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
    credentialChoices: [],
    workBasedLearning: [],
    goals: emptyGoals(),
  };
}
