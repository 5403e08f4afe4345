/**
 * A counselor's exception to one of a student's requirements: substitute a course, waive the
 * requirement or force it complete, always with a reason. The requirement must exist in the set
 * and a substituted attempt in the student's record; each exception is audited.
 */
import type { TException, TExceptionCreate } from '../../contracts/progress.ts';
import { invalid } from '../../domain/errors.ts';
import { nodeIds } from '../../domain/requirements/leaves.ts';
import { TRANSFER_KEY_PREFIX } from '../../domain/requirements/transfer.ts';
import type { ExceptionRecord } from '../../db/requirement-repository.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { attemptKey } from './present-progress.ts';
import { requirementSetFor } from './requirement-sets.ts';
import { reachStudent } from './student-progress.ts';

export async function addException(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; input: TExceptionCreate },
): Promise<TException> {
  const { input } = options;
  const student = await reachStudent(deps, caller, options.studentId, 'progress.exception');
  const set = await requirementSetFor(deps, student.districtId, input.set);
  if (!nodeIds(set).ids.includes(input.nodeId))
    throw invalid(`The set ${set.id} has no requirement ${input.nodeId}.`, 'nodeId');
  if (input.kind === 'substitute') {
    const rows = await deps.transcripts.ofStudent(student.districtId, student.userId);
    const transfers = await deps.transfers.ofStudent(student.districtId, student.userId);
    const keys = [
      ...rows.map(attemptKey),
      ...transfers.map((t) => `${TRANSFER_KEY_PREFIX}${t.id}`),
    ];
    if (!keys.includes(input.attemptKey!))
      throw invalid(
        `The student's record has no course attempt ${input.attemptKey}.`,
        'attemptKey',
      );
  }
  const actor = 'cli' in caller ? null : caller.actor;
  const record: ExceptionRecord = {
    id: deps.newId(),
    districtId: student.districtId,
    studentId: student.userId,
    setId: set.id,
    kind: input.kind,
    nodeId: input.nodeId,
    attemptKey: input.kind === 'substitute' ? (input.attemptKey ?? null) : null,
    reason: input.reason,
    createdBy: actor?.userId ?? null,
    createdAt: deps.clock(),
  };
  await deps.transaction(async (repos) => {
    await repos.requirements.insertException(record);
    await audit(
      { audit: repos.audit, clock: deps.clock },
      actor,
      {
        action: 'progress.exception',
        outcome: 'ok',
        targetType: 'student',
        targetId: student.userId,
        districtId: student.districtId,
        detail: { set: set.id, kind: record.kind, node: record.nodeId, exception: record.id },
      },
      'cli' in caller ? undefined : caller.origin,
    );
  });
  return { ...record, createdAt: record.createdAt.toISOString() };
}
