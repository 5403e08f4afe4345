/**
 * What the triage of every student on a list needs from their plans' programs of study, read
 * per distinct program (a district has a handful), never per student: the program's course codes
 * and, for each dual-credit course a plan holds, the deadlines of its agreements.
 */
import type { TCourse, TCreditAgreement } from '../../contracts/program.ts';
import type { CurrentPlan } from '../../db/caseload-repository.ts';
import type { TriagePlan } from '../../domain/triage/signals.ts';
import { courseCode } from '../plans/plan-context.ts';
import type { RecordRepos } from '../records/deps.ts';

export interface ProgramFacts {
  courses: Map<string, TCourse>;
  /** course id → upcoming dates of its dual-credit agreements (registration deadline, last day). */
  deadlines: Map<string, string[]>;
  /** program id @ version → its course ids. */
  programCourses: Map<string, string[]>;
}

const key = (programId: string, version: number) => `${programId}@${version}`;

export async function loadProgramFacts(
  repos: Pick<RecordRepos, 'programs' | 'catalog'>,
  plans: Iterable<CurrentPlan>,
): Promise<ProgramFacts> {
  const wanted = new Map<string, Set<number>>();
  const planCourseIds = new Set<string>();
  for (const plan of plans) {
    for (const c of plan.body.courses) planCourseIds.add(c.courseId);
    const { programId, programVersion } = plan.body;
    // A plan started from a pathway alone has no program.
    if (programId === null || programVersion === null) continue;
    const versions = wanted.get(programId) ?? new Set<number>();
    versions.add(programVersion);
    wanted.set(programId, versions);
  }
  const programCourses = new Map<string, string[]>();
  await Promise.all(
    [...wanted].map(async ([programId, versions]) => {
      const stored = await repos.programs.findVersions(programId);
      for (const version of versions) {
        const body = (
          stored.find((v) => v.version === version) ??
          stored.findLast((v) => v.status === 'approved')
        )?.body;
        programCourses.set(key(programId, version), body?.steps.flatMap((s) => s.courses) ?? []);
      }
    }),
  );
  const ids = new Set([...planCourseIds, ...[...programCourses.values()].flat()]);
  const found =
    ids.size === 0
      ? { courses: [] as TCourse[], creditAgreements: [] as TCreditAgreement[] }
      : await repos.catalog.findCatalog({ institutions: [], courses: [...ids], credentials: [] });
  const deadlines = new Map<string, string[]>();
  for (const a of found.creditAgreements) {
    const course = a.secondaryCourseId;
    if (a.type !== 'dual_credit' || course === undefined) continue;
    const dates = [a.registrationDeadline, a.effectiveTo].filter((d): d is string => !!d);
    deadlines.set(course, [...(deadlines.get(course) ?? []), ...dates]);
  }
  return { courses: new Map(found.courses.map((c) => [c.id, c])), deadlines, programCourses };
}

/** The plan as the triage reads it. */
export function triagePlan(plan: CurrentPlan, facts: ProgramFacts): TriagePlan {
  const code = (id: string) => {
    const course = facts.courses.get(id);
    return course ? courseCode(course) : undefined;
  };
  const { programId, programVersion } = plan.body;
  const programIds =
    programId !== null && programVersion !== null
      ? facts.programCourses.get(key(programId, programVersion))
      : undefined;
  return {
    reviewedAt: plan.reviewedAt,
    guardianSigned: plan.guardianSigned,
    programCodes: new Set((programIds ?? []).flatMap((id) => code(id) ?? [])),
    dualCredit: plan.body.courses.flatMap((c) => {
      const course = facts.courses.get(c.courseId);
      const deadlines = facts.deadlines.get(c.courseId);
      if (!c.dualCredit || !course || !deadlines) return [];
      return [{ code: courseCode(course), title: course.title, deadlines }];
    }),
  };
}
