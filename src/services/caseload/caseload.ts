/**
 * `GET /api/v1/caseload`: the students a caller looks after, each with their off-track signals
 * and reasons (domain/triage). A counselor gets their caseload, a school admin their school, a
 * district admin their district (or one school of it). Everything is read in a fixed number of set-based queries whatever the
 * list's length: students, transcripts, exceptions, plans, interest results (each chunked by 500
 * ids), the catalog facts, the requirement set, and one read per distinct program of study.
 *
 * Filters, search, sort and pages run here on the server, after the triage (caseload-order.ts),
 * so the counts by signal cover the whole scope while the list shows one page of the filtered
 * students; the page keeps them in its address. One audit entry per request names every student
 * id returned (the page's only, with the page, its size and how many matched); the CSV export
 * (caseload-export.ts) reads through here too, without pages, so it has the whole filtered list,
 * and is audited as `caseload.export` with the filters it used. Each student says which programs
 * of study they are a CTE concentrator in (caseload-concentrators.ts: the rule the Perkins counts
 * use), a filter too.
 */
import {
  CASELOAD_PAGE_SIZE,
  type TCaseload,
  type TCaseloadEntry,
  type TCaseloadFilters,
} from '../../contracts/caseload.ts';
import type { TSentenceParts } from '../../contracts/progress.ts';
import type { TRequirementSet } from '../../contracts/requirements.ts';
import { allows, mayAttempt } from '../../domain/auth/policy.ts';
import { forbidden } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import { SIGNAL_LABELS, signalReasonParts } from '../../domain/triage/reasons.ts';
import { sentenceText } from '../../domain/requirements/describe.ts';
import { SIGNAL_CODES, triageStudent } from '../../domain/triage/signals.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { recordAttempts } from '../records/present-progress.ts';
import { requirementSetFor } from '../records/requirement-sets.ts';
import { caseloadConcentrators, programTitle } from './caseload-concentrators.ts';
import { loadProgramFacts, triagePlan } from './caseload-context.ts';
import { filterRows, pageOf, sortRows, type CaseloadRow } from './caseload-order.ts';

type Row = CaseloadRow;

/** What the read is for: the list on the page, or a file the caller takes away. */
export type CaseloadPurpose = 'list' | 'csv';

export async function readCaseload(
  deps: RecordsDeps,
  caller: Caller,
  query: TCaseloadFilters & { lang: Lang; page?: number; pageSize?: number },
  purpose: CaseloadPurpose = 'list',
): Promise<TCaseload> {
  if ('cli' in caller) throw forbidden('The caseload list is for a signed-in counselor or admin.');
  const { actor, origin } = caller;
  const action = purpose === 'list' ? 'caseload.read' : 'caseload.export';
  const districtId = actor.districtId;
  // The scope is the query itself: a counselor's own caseload ids, or the admin's district.
  if (!mayAttempt(actor.role, 'caseload.read') || districtId === null) {
    await audit(
      deps,
      actor,
      {
        action,
        outcome: 'denied',
        targetType: 'caseload',
        targetId: actor.userId,
      },
      origin,
    );
    throw forbidden('You may not read a caseload.');
  }
  const counselor = actor.role === 'counselor';
  const scope: TCaseload['scope'] = counselor
    ? 'caseload'
    : actor.role === 'school_admin'
      ? 'school'
      : 'district';
  // A school filter outside a school admin's own school leaves nobody (an empty id list).
  const students = await deps.caseload.students(
    districtId,
    scope === 'caseload'
      ? { ids: actor.caseloadIds, ...(query.school ? { schoolId: query.school } : {}) }
      : scope === 'school'
        ? {
            schoolId: actor.orgId,
            ...(query.school && query.school !== actor.orgId ? { ids: [] } : {}),
          }
        : query.school
          ? { schoolId: query.school }
          : {},
  );
  const ids = students.map((s) => s.userId);
  const interestsKnown = students.every((s) =>
    allows(actor, 'interest_result.read', {
      districtId: s.districtId,
      schoolId: s.schoolId,
      userId: s.userId,
    }),
  );
  const set = ids.length > 0 ? await loadSet(deps, districtId) : undefined;
  const [facts, attempts, transfers, exceptions, plans, interests] = await Promise.all([
    deps.transcripts.catalogFacts(districtId),
    deps.caseload.attempts(districtId, ids),
    deps.transfers.ofStudents(districtId, ids),
    deps.requirements.exceptions(districtId, ids),
    deps.caseload.currentPlans(districtId, ids),
    interestsKnown ? deps.caseload.withInterestResults(districtId, ids) : undefined,
  ]);
  const [programs, concentrators] = await Promise.all([
    loadProgramFacts(deps, plans.values()),
    caseloadConcentrators(deps, districtId, students, { attempts, transfers }),
  ]);
  const now = deps.clock();
  const rows: Row[] = students.map((student) => {
    const plan = plans.get(student.userId);
    const triage = triageStudent(
      {
        grade: student.grade,
        attempts: recordAttempts(
          attempts.get(student.userId) ?? [],
          transfers.get(student.userId) ?? [],
          facts,
        ),
        exceptions: set
          ? exceptions.filter((e) => e.studentId === student.userId && e.setId === set.id)
          : [],
        plan: plan ? triagePlan(plan, programs) : null,
        hasInterestProfile: interests ? interests.has(student.userId) : undefined,
      },
      { set: set ?? EMPTY_SET, now },
    );
    return { student, triage, concentrator: concentrators.get(student.userId) ?? [] };
  });
  const counts = Object.fromEntries(
    SIGNAL_CODES.map((code) => [
      code,
      rows.filter((r) => r.triage.signals.some((s) => s.code === code)).length,
    ]),
  ) as TCaseload['counts'];
  const concentratorCount = rows.filter((r) => r.concentrator.length > 0).length;
  const matched = sortRows(filterRows(rows, query), query.sort, query.lang);
  // The list comes a page at a time; a file is the whole filtered list.
  const page = purpose === 'list' ? (query.page ?? 1) : 1;
  const pageSize = purpose === 'list' ? (query.pageSize ?? CASELOAD_PAGE_SIZE) : matched.length;
  const shown = purpose === 'list' ? pageOf(matched, page, pageSize) : matched;
  await audit(
    deps,
    actor,
    {
      action,
      outcome: 'ok',
      targetType: 'student',
      targetId:
        scope === 'caseload'
          ? `caseload:${actor.userId}`
          : scope === 'school'
            ? `school:${actor.orgId}`
            : `district:${districtId}`,
      districtId,
      detail: {
        students: shown.map((r) => r.student.userId),
        ...(purpose === 'list'
          ? { page, pageSize, matched: matched.length }
          : exportDetail(query, shown.length, purpose)),
      },
    },
    origin,
  );
  const schools = new Map(students.map((s) => [s.schoolId, s.schoolName]));
  return {
    scope,
    districtId,
    setId: set?.id ?? null,
    total: rows.length,
    counts,
    concentrators: concentratorCount,
    interestsKnown,
    schools: [...schools]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    matched: matched.length,
    page,
    pageSize,
    items: shown.map((r) => present(r, query.lang)),
  };
}

/**
 * What an export's audit entry says besides the ids: the count, the format and the filters, but
 * only whether a name search was used, never its words (they may be a student's name).
 */
function exportDetail(
  query: TCaseloadFilters,
  count: number,
  format: Exclude<CaseloadPurpose, 'list'>,
) {
  const { signal, grade, school, sort, q, concentrator } = query;
  return {
    count,
    format,
    filters: {
      ...(signal ? { signal } : {}),
      ...(grade !== undefined ? { grade } : {}),
      ...(school ? { school } : {}),
      ...(concentrator ? { concentrator } : {}),
      ...(q ? { search: true } : {}),
      sort,
    },
  };
}

/** A district without a requirement set still gets every other signal. */
const EMPTY_SET: TRequirementSet = {
  id: 'none',
  title: { en: 'No requirement set' },
  districts: [],
  root: { id: 'root', title: { en: 'None' }, type: 'all_of', children: [] },
};

async function loadSet(deps: RecordsDeps, districtId: string) {
  return requirementSetFor(deps, districtId).catch(() => undefined);
}

const reasonOf = (parts: TSentenceParts) => ({ reason: sentenceText(parts), reasonParts: parts });

function present({ student, triage, concentrator }: Row, lang: Lang): TCaseloadEntry {
  return {
    id: student.userId,
    districtId: student.districtId,
    localId: student.localId,
    name: student.name,
    grade: student.grade,
    schoolId: student.schoolId,
    schoolName: student.schoolName,
    credits: { earned: triage.earned, required: triage.required, expected: triage.expected },
    grade9Gpa: triage.grade9Gpa,
    signals: triage.signals.map((s) => ({
      code: s.code,
      label: SIGNAL_LABELS[s.code][lang],
      ...reasonOf(signalReasonParts(s, lang)),
    })),
    concentrator: concentrator.map((p) => ({ key: p.key, title: programTitle(p, lang) })),
  };
}
