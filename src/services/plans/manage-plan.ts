/**
 * A student's learning plan: start it from an approved program of study or a pathway, edit it (an edit of a
 * version anyone signed makes a new version, which needs signing again), sign it (student,
 * guardian, counselor; a counselor's signature is the yearly review), read any version. Edits and
 * sign-offs lock the plan row, so two at once cannot both build on the same version. Every write,
 * and every read by staff, is audited.
 */
import type { TPlan } from '../../contracts/plans.ts';
import type { TPlanEdit, TPlanStart } from '../../contracts/plan-requests.ts';
import type { Action } from '../../domain/auth/policy.ts';
import { conflict, forbidden, notFound } from '../../domain/errors.ts';
import { checkPicks, keepPicks, programChoices } from '../../domain/plans/plan-choices.ts';
import {
  applyCredentialPicks,
  carriedCredentialChoices,
  checkNotPickedTwice,
} from '../../domain/plans/plan-credential-choices.ts';
import type { PlanBody } from '../../domain/plans/start-plan.ts';
import type { Lang } from '../../domain/framework.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordRepos, RecordsDeps } from '../records/deps.ts';
import { reachStudent } from '../records/student-progress.ts';
import { loadPlanCatalog } from './plan-context.ts';
import { checkMarks, presentMarks } from './plan-marks.ts';
import { earnedAgreements } from '../records/credential-credit-earned.ts';
import { pathwayOfPlan, planStartBody } from './plan-start.ts';
import { presentPlan } from './present-plan.ts';

async function log(
  deps: Pick<RecordsDeps, 'audit' | 'clock'>,
  caller: Caller,
  action: Action | 'plan.start' | 'plan.edit',
  student: StudentRow,
  detail: Record<string, unknown>,
) {
  await audit(
    deps,
    'cli' in caller ? null : caller.actor,
    {
      action,
      outcome: 'ok',
      targetType: 'student',
      targetId: student.userId,
      districtId: student.districtId,
      detail: { ...detail, ...('cli' in caller ? { via: 'cli' } : {}) },
    },
    'cli' in caller ? undefined : caller.origin,
  );
}

/**
 * The program version a plan was started from. A plan saved before plans carried choices of
 * courses has none stored: it gets its program version's, none picked yet (its courses were copied
 * without them), so the student can pick; likewise its choices of credentials
 * (carriedCredentialChoices). The next edit stores them.
 */
async function programOf(repos: Pick<RecordRepos, 'programs'>, body: PlanBody) {
  if (!body.programId) return undefined;
  return (await repos.programs.findVersions(body.programId)).find(
    (v) => v.version === body.programVersion,
  )?.body;
}

export async function readPlan(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; version?: number; lang: Lang },
): Promise<TPlan> {
  const student = await reachStudent(deps, caller, options.studentId, 'plan.read');
  const view = await viewPlan(deps, student, options.version, options.lang);
  if ('cli' in caller || caller.actor.userId !== student.userId)
    await log(deps, caller, 'plan.read', student, { version: view.version });
  return view;
}

async function viewPlan(
  deps: RecordsDeps,
  student: StudentRow,
  wanted: number | undefined,
  lang: Lang,
): Promise<TPlan> {
  const head = await deps.plans.head(student.districtId, student.userId);
  if (!head)
    throw notFound('This student has no plan yet: start one from a program of study.', 'id');
  const [versions, signatures] = await Promise.all([
    deps.plans.versions(student.districtId, student.userId),
    deps.plans.signatures(student.districtId, student.userId),
  ]);
  const version = versions.find((v) => v.version === (wanted ?? head.currentVersion));
  if (!version) throw notFound(`The plan has no version ${wanted}.`, 'version');
  const { programId, programVersion } = version.body;
  const programVersions = programId ? await deps.programs.findVersions(programId) : [];
  const program = programVersions.find((v) => v.version === programVersion)?.body;
  const choices = version.body.choices ?? (program ? programChoices(program) : []);
  const carried = carriedCredentialChoices(version.body, program);
  const catalog = await loadPlanCatalog(
    deps,
    student,
    [...version.body.courses.map((c) => c.courseId), ...choices.flatMap((c) => c.options)],
    deps.clock(),
  );
  const [pathway, marks] = await Promise.all([
    pathwayOfPlan(deps, version.body.pathwayCode ?? program?.pathwayCode, lang),
    presentMarks(
      deps,
      { ...version.body, ...carried },
      lang,
      deps.clock(),
      await earnedAgreements(deps, student),
    ),
  ]);
  return presentPlan({
    extras: { ...pathway, ...marks },
    student,
    head,
    versions,
    signatures,
    version: { ...version, body: { ...version.body, choices } },
    program,
    catalog,
    lang,
    now: deps.clock(),
  });
}

export async function startPlan(
  deps: RecordsDeps,
  caller: Caller,
  options: TPlanStart & { studentId: string; lang: Lang },
): Promise<TPlan> {
  const student = await reachStudent(deps, caller, options.studentId, 'plan.write');
  const body = await planStartBody(deps, student, options, deps.clock());
  const by = 'cli' in caller ? null : caller.actor.userId;
  const version = await deps.transaction(async (repos) => {
    const head = await repos.plans.head(student.districtId, student.userId, true);
    const next = (head?.currentVersion ?? 0) + 1;
    await repos.plans.saveVersion(student.districtId, student.userId, next, body, by);
    return next;
  });
  await log(deps, caller, 'plan.start', student, {
    version,
    program: body.programId,
    ...(options.pathwayCode ? { pathway: options.pathwayCode } : {}),
  });
  return viewPlan(deps, student, version, options.lang);
}

export async function editPlan(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; edit: TPlanEdit; lang: Lang },
): Promise<TPlan> {
  const student = await reachStudent(deps, caller, options.studentId, 'plan.write');
  await checkMarks(deps, options.edit);
  const by = 'cli' in caller ? null : caller.actor.userId;
  const { credentials, workBasedLearning } = options.edit;
  const version = await deps.transaction(async (repos) => {
    const head = await repos.plans.head(student.districtId, student.userId, true);
    if (!head)
      throw notFound('This student has no plan yet: start one from a program of study.', 'id');
    if (head.currentVersion !== options.edit.baseVersion)
      throw conflict(
        `The plan changed since version ${options.edit.baseVersion} (now version ${head.currentVersion}): reload it and edit again.`,
        'baseVersion',
      );
    const versions = await repos.plans.versions(student.districtId, student.userId);
    const current = versions.find((v) => v.version === head.currentVersion)!;
    const program = await programOf(repos, current.body);
    const choices = current.body.choices ?? (program ? programChoices(program) : []);
    const courses = keepPicks(options.edit.courses, current.body.courses);
    checkPicks(courses, choices);
    const carried = carriedCredentialChoices(current.body, program);
    const credentialChoices = options.edit.credentialPicks
      ? applyCredentialPicks(carried.credentialChoices, options.edit.credentialPicks)
      : carried.credentialChoices;
    checkNotPickedTwice(credentials ?? carried.credentials, credentialChoices);
    const signed = (await repos.plans.signatures(student.districtId, student.userId)).some(
      (s) => s.version === head.currentVersion,
    );
    const next = signed ? head.currentVersion + 1 : head.currentVersion;
    await repos.plans.saveVersion(
      student.districtId,
      student.userId,
      next,
      {
        ...current.body,
        courses,
        choices,
        goals: options.edit.goals,
        credentials: credentials ?? carried.credentials,
        credentialChoices,
        ...(workBasedLearning ? { workBasedLearning } : {}),
      },
      by,
    );
    return next;
  });
  await log(deps, caller, 'plan.edit', student, { version });
  return viewPlan(deps, student, version, options.lang);
}

const SIGNER: Partial<Record<string, 'student' | 'guardian' | 'counselor'>> = {
  student: 'student',
  guardian: 'guardian',
  counselor: 'counselor',
};

export async function signPlan(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; version: number; signLang: Lang; lang: Lang },
): Promise<TPlan> {
  if ('cli' in caller)
    throw forbidden('A plan is signed by a person: the student, a guardian or the counselor.');
  const student = await reachStudent(deps, caller, options.studentId, 'plan.sign');
  const role = SIGNER[caller.actor.role];
  if (!role) throw forbidden('Only the student, a guardian or the counselor signs a plan.');
  const now = deps.clock();
  await deps.transaction(async (repos) => {
    const head = await repos.plans.head(student.districtId, student.userId, true);
    if (!head) throw notFound('This student has no plan yet.', 'id');
    if (head.currentVersion !== options.version)
      throw conflict(
        `Version ${options.version} is not the current plan (version ${head.currentVersion}): read the current one and sign it.`,
        'version',
      );
    await repos.plans.sign(student.districtId, student.userId, {
      version: options.version,
      role,
      signerId: caller.actor.userId,
      signedAt: now,
      lang: options.signLang,
    });
    if (role === 'counselor')
      await repos.plans.markReviewed(student.districtId, student.userId, now);
    await log({ audit: repos.audit, clock: deps.clock }, caller, 'plan.sign', student, {
      version: options.version,
      role,
    });
  });
  return viewPlan(deps, student, options.version, options.lang);
}
