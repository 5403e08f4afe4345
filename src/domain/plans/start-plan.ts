/**
 * A new plan from a program of study: its high-school courses by grade (dual credit marked where
 * an agreement gives college credit for the course), empty goals; the postsecondary years and the
 * entry and exit points stay the program's and are shown beside the plan.
 */
import type { TPlanCourse, TPlanGoals } from '../../contracts/plans.ts';
import { SECONDARY_LEVELS } from '../../contracts/plans.ts';
import type { TProgramBody } from '../../contracts/program.ts';

export interface PlanBody {
  programId: string;
  programVersion: number;
  courses: TPlanCourse[];
  goals: TPlanGoals;
}

export function startPlan(
  program: TProgramBody,
  programId: string,
  programVersion: number,
  dualCreditCourses: ReadonlySet<string>,
): PlanBody {
  const courses: TPlanCourse[] = [];
  for (const step of program.steps) {
    const level = step.level as (typeof SECONDARY_LEVELS)[number];
    if (!(SECONDARY_LEVELS as readonly string[]).includes(level)) continue;
    for (const courseId of step.courses)
      if (!courses.some((c) => c.courseId === courseId))
        courses.push({ courseId, level, dualCredit: dualCreditCourses.has(courseId) });
  }
  return {
    programId,
    programVersion,
    courses,
    goals: { career: null, postsecondary: null, benchmarks: [] },
  };
}
