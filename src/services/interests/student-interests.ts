/**
 * A student's own Interest Profiler results and saved items. The student saves; the student,
 * their guardians and the counselors with them on their caseload read (policy
 * `interest_result.*`); nobody else. Every read by someone other than the student is written to
 * the audit log, and so is every refusal.
 */
import type {
  TOfferedPrograms,
  TResultList,
  TSavedItem,
  TSavedItemList,
  TSavedResult,
} from '../../contracts/student-interests.ts';
import type {
  InterestResultRecord,
  InterestResultRepository,
} from '../../db/interest-result-repository.ts';
import type { StudentRecord } from '../../db/student-repository.ts';
import type { Action, Actor } from '../../domain/auth/policy.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import type { ProfilerForm, ProfilerItem } from '../../domain/interests/profiler.ts';
import {
  formMax,
  profileChange,
  profileOf,
  type AreaScores,
} from '../../domain/interests/scoring.ts';
import { audit } from '../accounts/audit.ts';
import { authorize } from '../accounts/authorize.ts';
import type { AccountsDeps, RequestOrigin } from '../accounts/deps.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import { pickText } from '../occupations/occupation-catalog.ts';

export interface StudentInterestsDeps {
  accounts: Pick<AccountsDeps, 'audit' | 'clock' | 'students' | 'secrets'>;
  results: InterestResultRepository;
  items: Readonly<Record<ProfilerForm, readonly ProfilerItem[]>>;
  frameworks: FrameworkCatalog;
}

export interface StudentCall {
  actor: Actor;
  studentId: string;
  origin?: RequestOrigin | undefined;
}

/** Finds the student and checks the caller may take the action on them; audits staff reads. */
export async function reachStudent(
  deps: StudentInterestsDeps,
  call: StudentCall,
  action: Action,
  what: string,
): Promise<StudentRecord> {
  const student = await deps.accounts.students.find(call.studentId);
  const target = {
    type: 'student',
    id: call.studentId,
    districtId: student?.districtId ?? null,
    schoolId: student?.schoolId ?? null,
    userId: student?.userId,
  };
  await authorize(deps.accounts, call.actor, action, target, call.origin);
  if (!student) throw notFound(`No student has the id ${call.studentId}.`, 'id');
  if (call.actor.userId !== student.userId) {
    await audit(
      deps.accounts,
      call.actor,
      {
        action,
        outcome: 'ok',
        targetType: 'student',
        targetId: student.userId,
        districtId: student.districtId,
        detail: { what },
      },
      call.origin,
    );
  }
  return student;
}

export const presentResult = (r: InterestResultRecord): TSavedResult => ({
  id: r.id,
  form: r.form as ProfilerForm,
  takenAt: r.takenAt.toISOString(),
  scores: r.scores as AreaScores,
  max: formMax(r.form),
  code: r.code,
});

/** How the latest result moved from the one before it, or null with fewer than two. */
export function changeOf(items: TSavedResult[]): AreaScores | null {
  const [latest, previous] = items;
  return latest && previous ? profileChange(previous, latest) : null;
}

export async function listResults(
  deps: StudentInterestsDeps,
  call: StudentCall,
): Promise<TResultList> {
  const student = await reachStudent(deps, call, 'interest_result.read', 'interest_results');
  const items = (await deps.results.list(student.districtId, student.userId)).map(presentResult);
  return {
    districtId: student.districtId,
    studentId: student.userId,
    items,
    change: changeOf(items),
  };
}

export async function saveResult(
  deps: StudentInterestsDeps,
  call: StudentCall,
  input: { form: ProfilerForm; answers: Record<string, number> },
): Promise<TSavedResult> {
  const student = await reachStudent(deps, call, 'interest_result.write', 'interest_results');
  const profile = profileOf(deps.items[input.form], input.answers);
  const record: InterestResultRecord = {
    id: deps.accounts.secrets.id(),
    districtId: student.districtId,
    studentId: student.userId,
    form: input.form,
    answers: input.answers,
    scores: profile.scores,
    code: profile.code,
    takenAt: deps.accounts.clock(),
  };
  await deps.results.insert(record);
  return presentResult(record);
}

export async function listSavedItems(
  deps: StudentInterestsDeps,
  call: StudentCall,
  lang: Lang,
): Promise<TSavedItemList> {
  const student = await reachStudent(deps, call, 'interest_result.read', 'saved_items');
  return {
    districtId: student.districtId,
    studentId: student.userId,
    items: await savedItemsOf(deps, student, lang),
  };
}

export async function savedItemsOf(
  deps: StudentInterestsDeps,
  student: StudentRecord,
  lang: Lang,
): Promise<TSavedItem[]> {
  const rows = await deps.results.listItems(student.districtId, student.userId);
  const refs = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.ref);
  const [occupations, programs, pathways] = await Promise.all([
    deps.results.titles('occupation', refs('occupation')),
    deps.results.titles('program', refs('program')),
    deps.frameworks.listPathways({ lang }),
  ]);
  const pathwayTitles = new Map(pathways.items.map((p) => [p.code, p.title]));
  return rows.map((r) => {
    const text = r.kind === 'occupation' ? occupations.get(r.ref) : programs.get(r.ref);
    const title =
      r.kind === 'pathway' ? pathwayTitles.get(r.ref) : text ? pickText(text, lang) : undefined;
    return {
      kind: r.kind as TSavedItem['kind'],
      ref: r.ref,
      title: title ?? r.ref,
      savedAt: r.savedAt.toISOString(),
    };
  });
}

export async function saveItem(
  deps: StudentInterestsDeps,
  call: StudentCall,
  item: { kind: TSavedItem['kind']; ref: string },
): Promise<void> {
  const student = await reachStudent(deps, call, 'interest_result.write', 'saved_items');
  const exists =
    item.kind === 'pathway'
      ? (await deps.frameworks.listPathways({ lang: 'en' })).items.some((p) => p.code === item.ref)
      : (await deps.results.titles(item.kind, [item.ref])).has(item.ref);
  if (!exists) throw invalid(`There is no ${item.kind} "${item.ref}" to save.`, 'ref');
  await deps.results.saveItem(student.districtId, student.userId, {
    ...item,
    savedAt: deps.accounts.clock(),
  });
}

export async function removeItem(
  deps: StudentInterestsDeps,
  call: StudentCall,
  item: { kind: TSavedItem['kind']; ref: string },
): Promise<void> {
  const student = await reachStudent(deps, call, 'interest_result.write', 'saved_items');
  const removed = await deps.results.removeItem(
    student.districtId,
    student.userId,
    item.kind,
    item.ref,
  );
  if (!removed) throw notFound(`Your list has no ${item.kind} "${item.ref}".`, 'ref');
}

/** Approved programs of study in these pathways offered by the student's school or district. */
export async function offeredPrograms(
  deps: StudentInterestsDeps,
  call: StudentCall,
  pathwayCodes: string[],
  lang: Lang,
): Promise<TOfferedPrograms> {
  const student = await reachStudent(deps, call, 'interest_result.read', 'programs');
  return {
    districtId: student.districtId,
    items: await programsFor(deps, student, pathwayCodes, lang),
  };
}

export async function programsFor(
  deps: StudentInterestsDeps,
  student: StudentRecord,
  pathwayCodes: string[],
  lang: Lang,
) {
  const frameworkId = (await deps.frameworks.listClusters({ lang })).framework.id;
  const rows = await deps.results.programsOfferedBy(
    frameworkId,
    [student.schoolId, student.districtId],
    pathwayCodes,
  );
  return rows.map((p) => ({
    id: p.id,
    title: pickText(p.title, lang),
    pathwayCode: p.pathwayCode,
  }));
}
