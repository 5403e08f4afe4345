/**
 * What a plan is shown and checked with: the catalog courses it may use (the student's school and
 * district, the program's, and the prerequisites of all of them), the courses already passed (with a
 * passing mark, whether or not it earned credit), and the approved program it started from.
 */
import { collegeCourseCode, type TCourse, type TProgramBody } from '../../contracts/program.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import { invalid } from '../../domain/errors.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';
import type { RecordRepos } from '../records/deps.ts';

export interface PlanCatalog {
  courses: Map<string, TCourse>;
  /** Courses a dual-credit agreement covers: a plan started from a program marks them. */
  dualCredit: Set<string>;
  /** Courses any college-credit agreement covers: the only ones a dual credit mark may stay on. */
  creditAgreements: Set<string>;
  passed: Set<string>;
  offeredBy: Set<string>;
}

export const courseCode = (c: TCourse) =>
  c.level === 'secondary' ? (c.stateCode ?? '') : collegeCourseCode(c);

export async function loadPlanCatalog(
  repos: Pick<RecordRepos, 'catalog' | 'transcripts' | 'transfers'>,
  student: StudentRow,
  extraIds: readonly string[],
  /** Agreements that ended before this day give no credit (the plan looks ahead, not back). */
  today: Date,
): Promise<PlanCatalog> {
  const day = today.toISOString().slice(0, 10);
  const lists = await Promise.all([
    repos.catalog.listCourses({ institutionId: student.schoolId }),
    repos.catalog.listCourses({ institutionId: student.districtId }),
  ]);
  const courses = new Map<string, TCourse>(lists.flat().map((c) => [c.id, c]));
  const dualCredit = new Set<string>();
  const creditAgreements = new Set<string>();
  let wanted = extraIds.filter((id) => !courses.has(id));
  for (let round = 0; round < 4 && wanted.length > 0; round++) {
    const found = await repos.catalog.findCatalog({
      institutions: [],
      courses: wanted,
      credentials: [],
    });
    for (const c of found.courses) courses.set(c.id, c);
    wanted = found.courses.flatMap((c) => c.prerequisites).filter((id) => !courses.has(id));
  }
  const agreements = await repos.catalog.findCatalog({
    institutions: [],
    courses: [...courses.keys()],
    credentials: [],
  });
  for (const a of agreements.creditAgreements) {
    if (a.effectiveTo !== undefined && a.effectiveTo < day) continue;
    // Credential credit has no course to mark: a student's records do not say which credentials
    // they hold (docs/ARCHITECTURE.md, "Credential credit"), so a plan leaves it out.
    const course = a.secondaryCourseId;
    if (course === undefined) continue;
    if (a.type === 'dual_credit') dualCredit.add(course);
    // Credit by exam is earned by the exam score, not by taking the course for college credit.
    if (a.type !== 'exam_credit') creditAgreements.add(course);
  }
  const rows = await repos.transcripts.ofStudent(student.districtId, student.userId);
  // Passed, for a prerequisite, is a passing mark: districts ask for one ("Algebra I with a grade
  // of D or better"), not for the credit, so a pass whose credit was withheld (attendance) and a
  // course carrying no credit (an orientation) meet a prerequisite; neither counts toward a
  // requirement (domain/requirements/attempts.ts). Credit earned elsewhere for one of our courses
  // passes it too (a prerequisite met).
  const transfers = await repos.transfers.ofStudent(student.districtId, student.userId);
  // Codes compare by their key (domain/requirements/course-code-key.ts): a transcript's
  // "ENGL-101" or "ENGL101" is the program's college course "ENGL 101".
  const passedCodes = new Set([
    ...rows.filter((r) => r.result === 'pass').map((r) => courseCodeKey(r.courseCode)),
    ...transfers.flatMap((t) =>
      t.result === 'pass' && t.countsAs.kind === 'course' ? [courseCodeKey(t.countsAs.code)] : [],
    ),
  ]);
  // A college course passed at the college (a college transcript's row, kept as credit earned
  // there) passes the program's college course of that code.
  const passedAtCollege = new Set(
    transfers.flatMap((t) =>
      t.result === 'pass' && t.kind === 'dual_credit' && t.course.code
        ? [courseCodeKey(t.course.code)]
        : [],
    ),
  );
  const passed = new Set(
    [...courses.values()]
      .filter((c) => {
        const key = courseCodeKey(courseCode(c));
        return passedCodes.has(key) || (c.level !== 'secondary' && passedAtCollege.has(key));
      })
      .map((c) => c.id),
  );
  return {
    courses,
    dualCredit,
    creditAgreements,
    passed,
    offeredBy: new Set([student.schoolId, student.districtId]),
  };
}

/** The latest approved version of a program that belongs to the student's district or school. */
export async function approvedProgramFor(
  repos: Pick<RecordRepos, 'programs'>,
  student: StudentRow,
  programId: string,
): Promise<{ body: TProgramBody; version: number }> {
  const versions = await repos.programs.findVersions(programId);
  const approved = versions.findLast((v) => v.status === 'approved');
  const mine = new Set([student.districtId, student.schoolId]);
  const belongs =
    approved &&
    (mine.has(approved.body.ownerId) ||
      approved.body.partners.some((p) => mine.has(p.institutionId)));
  if (!approved || !belongs)
    throw invalid(
      `No approved program of study ${programId} in your district: pick one of its approved programs.`,
      'programId',
    );
  return { body: approved.body, version: approved.version };
}

/** Titles (in the language) of the courses and credentials a plan's postsecondary years name. */
export async function postsecondaryNames(
  repos: Pick<RecordRepos, 'catalog'>,
  postsecondary: readonly { courses: string[]; credentials: string[] }[],
  lang: 'en' | 'es',
): Promise<Map<string, string>> {
  const found = await repos.catalog.findCatalog({
    institutions: [],
    courses: postsecondary.flatMap((s) => s.courses),
    credentials: postsecondary.flatMap((s) => s.credentials),
  });
  const pick = (t: { en: string; es?: string | undefined }) =>
    lang === 'es' ? (t.es ?? t.en) : t.en;
  return new Map([
    ...found.courses.map((c) => [c.id, `${pick(c.title)} (${courseCode(c)})`] as const),
    ...found.credentials.map((c) => [c.id, pick(c.title)] as const),
  ]);
}
