/**
 * What the plan pages offer beside the plan itself: the approved programs of study a student may
 * start a plan from (their school's and district's), the requirement sets a what-if may check
 * against, and the catalog the editor swaps courses from and checks the plan with (the same
 * catalog the server checks with, so the live checks in the browser match the saved ones), and
 * whether the student has a plan yet (its current version), so a page need not ask for a missing one.
 * Read with `plan.read`; a look by staff is audited.
 */
import type { TPlanOptions } from '../../contracts/plans.ts';
import { SHIPPED_REQUIREMENT_SETS } from '../../data/requirements/index.ts';
import type { Lang } from '../../domain/framework.ts';
import { PROGRAM_SET_PREFIX } from '../../domain/requirements/program-set.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { reachStudent } from '../records/student-progress.ts';
import { DEFAULT_FRAMEWORK_ID } from '../../data/index.ts';
import { pickTitle } from './pick-title.ts';
import { loadPlanCatalog } from './plan-context.ts';
import { approvedPrograms } from './plan-start.ts';
import { stepCourseIds, stepCredentialIds } from '../../domain/program/steps.ts';

export async function planOptions(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; lang: Lang },
): Promise<TPlanOptions> {
  const student = await reachStudent(deps, caller, options.studentId, 'plan.read');
  const { lang } = options;
  const approved = await approvedPrograms(deps, student);
  const programs = new Map(approved.map((p) => [p.programId, p]));
  const head = await deps.plans.head(student.districtId, student.userId);
  const current = head
    ? (await deps.plans.versions(student.districtId, student.userId)).find(
        (v) => v.version === head.currentVersion,
      )
    : undefined;
  const planned = current?.body.courses.map((c) => c.courseId) ?? [];
  const programIds = current?.body.programId ? [current.body.programId] : [];
  const programBodies = (
    await Promise.all(programIds.map((id) => deps.programs.findVersions(id)))
  ).flatMap((versions) => versions.filter((v) => v.version === current?.body.programVersion));
  const programCourses = programBodies.flatMap((v) => v.body.steps.flatMap(stepCourseIds));
  const catalog = await loadPlanCatalog(
    deps,
    student,
    [...planned, ...programCourses],
    deps.clock(),
  );
  // What a plan may carry: the credentials of its program, of every approved program of the
  // district (a pathway plan has none of its own), listed or offered in a choice, and those the
  // plan already has.
  const credentialIds = [
    ...new Set([
      ...[...programBodies, ...approved].flatMap((v) => v.body.steps.flatMap(stepCredentialIds)),
      ...(current?.body.credentials ?? []).map((c) => c.credentialId),
    ]),
  ];
  const pathways = await deps.framework.listPathways(
    (await deps.framework.findDefaultFrameworkId()) ?? DEFAULT_FRAMEWORK_ID,
  );
  const { credentials } = await deps.catalog.findCatalog({
    institutions: [],
    courses: [],
    credentials: credentialIds,
  });
  const stored = await deps.requirements.listSets(student.districtId);
  // Any shipped set may be checked against (requirementSetFor finds them by id).
  const sets = [
    ...stored,
    ...SHIPPED_REQUIREMENT_SETS.filter((s) => !stored.some((d) => d.id === s.id)),
  ];
  if ('cli' in caller || caller.actor.userId !== student.userId)
    await audit(
      deps,
      'cli' in caller ? null : caller.actor,
      {
        action: 'plan.read',
        outcome: 'ok',
        targetType: 'student',
        targetId: student.userId,
        districtId: student.districtId,
        detail: { part: 'options' },
      },
      'cli' in caller ? undefined : caller.origin,
    );
  const courses = [...catalog.courses.values()];
  return {
    programs: [...programs.values()]
      .map((p) => ({ id: p.programId, ...pickTitle(p.title, lang), pathwayCode: p.pathwayCode }))
      .sort((a, b) => a.title.localeCompare(b.title, lang)),
    requirementSets: [
      ...sets.map((s) => ({ id: s.id, ...pickTitle(s.title, lang) })),
      ...[...programs.values()].map((p) => ({
        id: `${PROGRAM_SET_PREFIX}${p.programId}`,
        ...pickTitle(p.title, lang),
      })),
    ],
    courses,
    choices: courses.filter((c) => catalog.offeredBy.has(c.institutionId)).map((c) => c.id),
    offeredBy: [...catalog.offeredBy],
    passed: [...catalog.passed],
    creditAgreements: [...catalog.creditAgreements],
    credentials: credentials
      .map((c) => ({ id: c.id, ...pickTitle(c.title, lang) }))
      .sort((a, b) => a.title.localeCompare(b.title, lang)),
    pathways: pathways.map((p) => ({ code: p.code, title: p.title[lang] || p.title.en })),
    currentVersion: head?.currentVersion ?? null,
  };
}
