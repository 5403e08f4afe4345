/**
 * Bulk exports of student records (the December 2024 breach was one stolen support login
 * exporting millions of them). Only roles with `student.export` may export, within their scope;
 * every export is logged; one admin may export at most `dailyCap` records per 24 hours. An
 * export over the cap becomes a pending request that a DIFFERENT admin of the same district
 * (or a state admin) must approve; the requester may then run it once.
 */
import { writeCsv } from '../../importers/csv-writer.ts';
import type { TStudent } from '../../contracts/accounts.ts';
import type { TExportFormat } from '../../contracts/student-export.ts';
import type { ExportRecord } from '../../db/export-repository.ts';
import { allows, mayAttempt, type Actor } from '../../domain/auth/policy.ts';
import { unknownDistrict } from '../../domain/records/unknown-district.ts';
import { dependenceOf } from './approver-independence.ts';
import { audit } from './audit.ts';
import { authorize } from './authorize.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import { presentStudent } from './present.ts';
import { accountRefusal, type AccountMessage } from '../../domain/auth/account-refusal.ts';
import type { MessageValues } from '../../domain/i18n/message.ts';

export const DAY_MS = 24 * 60 * 60_000;

/** Who exports: a signed-in admin, or the operator at the command line acting as one. */
export interface ExportCaller {
  actor: Actor;
  origin?: RequestOrigin;
  via?: 'cli';
}

export interface StudentExport {
  exportId: string;
  format: TExportFormat;
  count: number;
  items: TStudent[];
}

export async function exportStudents(
  deps: AccountsDeps,
  caller: ExportCaller,
  options: { format: TExportFormat; districtId?: string; approvalId?: string; dailyCap: number },
): Promise<StudentExport> {
  const { actor, origin } = caller;
  const via = caller.via ? { via: caller.via } : {};
  if (options.approvalId) return runApproved(deps, caller, options.approvalId, options.format);

  const districtId =
    options.districtId ?? (actor.role === 'state_admin' ? null : (actor.districtId ?? ''));
  await authorize(
    deps,
    actor,
    'student.export',
    { type: 'students', id: districtId ?? 'all', districtId },
    origin,
  );
  if (districtId !== null && (await deps.orgs.find(districtId))?.kind !== 'district')
    throw unknownDistrict(districtId);
  const rows = await deps.students.list(districtId === null ? {} : { districtId });
  const now = deps.clock();
  const id = deps.secrets.id();
  const decision = await deps.transaction(async (repos) => {
    const used = await repos.exports.exportedSince(actor.userId, new Date(now.getTime() - DAY_MS));
    const within = used + rows.length <= options.dailyCap;
    await repos.exports.insert({
      id,
      districtId,
      requestedBy: actor.userId,
      requestedAt: now,
      recordCount: rows.length,
      status: within ? 'done' : 'pending',
      ranAt: within ? now : null,
      // Over the cap: the approval is for exactly these records, and the run exports them only.
      studentIds: within ? null : rows.map((r) => r.userId),
    });
    return { within, used };
  });
  const detail = { exportId: id, count: rows.length, format: options.format, ...via };
  if (!decision.within) {
    await audit(
      deps,
      actor,
      {
        action: 'student.export',
        outcome: 'denied',
        targetType: 'students',
        targetId: districtId ?? 'all',
        districtId,
        detail: { ...detail, reason: 'over_daily_cap', used: decision.used, cap: options.dailyCap },
      },
      origin,
    );
    // field `approval`: the export needs one (the web app tells this refusal from others by it).
    throw accountRefusal(
      'forbidden',
      'exportOverCap',
      {
        count: rows.length,
        cap: options.dailyCap,
        used: decision.used,
        id,
        district: districtId ?? 'none',
      },
      'approval',
    );
  }
  await audit(
    deps,
    actor,
    {
      action: 'student.export',
      outcome: 'ok',
      targetType: 'students',
      targetId: districtId ?? 'all',
      districtId,
      detail,
    },
    origin,
  );
  return {
    exportId: id,
    format: options.format,
    count: rows.length,
    items: rows.map(presentStudent),
  };
}

/** Runs an approved export, once, for the admin who asked for it. */
async function runApproved(
  deps: AccountsDeps,
  caller: ExportCaller,
  id: string,
  format: TExportFormat,
): Promise<StudentExport> {
  const { actor, origin } = caller;
  const record = await deps.exports.use(id, actor.userId, deps.clock());
  if (!record) {
    const found = await deps.exports.find(id);
    if (!found || found.requestedBy !== actor.userId)
      throw accountRefusal('not_found', 'exportNotYours', { id }, 'approval');
    if (found.status === 'pending')
      throw accountRefusal('conflict', 'exportAwaiting', { id }, 'approval');
    throw accountRefusal('conflict', 'exportUsed', { id }, 'approval');
  }
  // Exactly the records that were approved (those that still exist, in the same district):
  // never a re-read of the district, which may have grown since.
  const rows = await deps.students.list({
    ...(record.districtId === null ? {} : { districtId: record.districtId }),
    userIds: record.studentIds ?? [],
  });
  await audit(
    deps,
    actor,
    {
      action: 'student.export',
      outcome: 'ok',
      targetType: 'students',
      targetId: record.districtId ?? 'all',
      districtId: record.districtId,
      detail: {
        exportId: id,
        count: rows.length,
        format,
        approvedBy: record.approvedBy,
        ...(caller.via ? { via: caller.via } : {}),
      },
    },
    origin,
  );
  return { exportId: id, format, count: rows.length, items: rows.map(presentStudent) };
}

/** A second admin approves a pending export: never the requester, never across districts. */
export async function approveExport(
  deps: AccountsDeps,
  caller: ExportCaller,
  id: string,
): Promise<ExportRecord> {
  const { actor, origin } = caller;
  const record = await deps.exports.find(id);
  if (!record) throw accountRefusal('not_found', 'noExportId', { id }, 'id');
  const refuse = async (reason: string, message: AccountMessage, values: MessageValues) => {
    await audit(
      deps,
      actor,
      {
        action: 'student.export_approve',
        outcome: 'denied',
        targetType: 'student_export',
        targetId: id,
        districtId: record.districtId,
        detail: { reason, ...(caller.via ? { via: caller.via } : {}) },
      },
      origin,
    );
    throw accountRefusal('forbidden', message, values);
  };
  if (!allows(actor, 'student.export_approve', { districtId: record.districtId }))
    return refuse(
      mayAttempt(actor.role, 'student.export_approve') ? 'other_district' : 'role_not_allowed',
      'exportApprover',
      { district: record.districtId ?? 'none', id },
    );
  const [requester, approver] = await Promise.all([
    deps.users.findById(record.requestedBy),
    deps.users.findById(actor.userId),
  ]);
  const dependence = approver && requester ? await dependenceOf(deps, requester, approver) : 'self';
  if (dependence)
    return refuse(dependence === 'self' ? 'self_approval' : dependence, 'exportDependence', {
      reason: dependence,
    });
  if (record.status !== 'pending' || !(await deps.exports.approve(id, actor.userId, deps.clock())))
    throw accountRefusal('conflict', 'exportNotPending', { id, status: record.status });
  await audit(
    deps,
    actor,
    {
      action: 'student.export_approve',
      outcome: 'ok',
      targetType: 'student_export',
      targetId: id,
      districtId: record.districtId,
      detail: {
        requestedBy: record.requestedBy,
        count: record.recordCount,
        ...(caller.via ? { via: caller.via } : {}),
      },
    },
    origin,
  );
  return (await deps.exports.find(id))!;
}

/** Exports waiting for approval (or all recent ones) that the admin may see: own district, or all. */
export async function listExports(
  deps: AccountsDeps,
  actor: Actor,
  filter: { status?: ExportRecord['status'] } = {},
): Promise<ExportRecord[]> {
  if (actor.role === 'state_admin') return deps.exports.list(filter);
  if (actor.role !== 'district_admin' || !actor.districtId) return [];
  return deps.exports.list({ ...filter, districtId: actor.districtId });
}

/** The admin the command-line operator acts as (`--as EMAIL`): the cap and approvals are theirs. */
export async function actorByEmail(deps: AccountsDeps, email: string): Promise<Actor> {
  const user = await deps.users.findByEmail(email);
  if (!user) throw accountRefusal('not_found', 'noUserEmail', { email }, 'as');
  if (user.disabledAt) throw accountRefusal('forbidden', 'accountDisabled', { email });
  return {
    userId: user.id,
    role: user.role,
    orgId: user.orgId,
    districtId: user.districtId,
    childIds: [],
    caseloadIds: [],
  };
}

/**
 * Student records as CSV, through the shared writer that keeps spreadsheets from running formulas,
 * with a byte-order mark so Excel reads accented names (José Núñez) as written.
 */
export function studentsCsv(items: readonly TStudent[]): string {
  return writeCsv(
    ['id', 'district_id', 'school_id', 'name', 'given_name', 'family_name', 'grade', 'local_id'],
    items.map((s) => [
      s.id,
      s.districtId,
      s.schoolId,
      s.name,
      s.givenName ?? '',
      s.familyName ?? '',
      String(s.grade ?? ''),
      s.localId ?? '',
    ]),
    { bom: true },
  );
}
