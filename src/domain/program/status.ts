/** The life of a program version: draft → submitted → approved → retired. */
import type { TProgramStatus } from '../../contracts/program.ts';
import { conflict, invalid } from '../errors.ts';

export type ProgramAction = 'submit' | 'approve' | 'retire' | 'return';

const TRANSITIONS: Record<ProgramAction, { from: TProgramStatus[]; to: TProgramStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  retire: { from: ['approved'], to: 'retired' },
  /** Send a submitted version back to its authors. */
  return: { from: ['submitted'], to: 'draft' },
};

/** The status after `action`, or a conflict error saying why the action does not apply. */
export function nextStatus(
  current: TProgramStatus,
  action: ProgramAction,
  errorCount: number,
): TProgramStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current)) {
    throw conflict(
      `A ${current} program cannot be ${pastTense(action)}; only a ${transition.from.join(' or ')} one can.`,
      'status',
    );
  }
  if ((action === 'submit' || action === 'approve') && errorCount > 0) {
    throw invalid(
      `This program has ${errorCount} error${errorCount === 1 ? '' : 's'} to fix before it can be ${pastTense(action)}.`,
      'findings',
    );
  }
  return transition.to;
}

function pastTense(action: ProgramAction): string {
  return { submit: 'submitted', approve: 'approved', retire: 'retired', return: 'returned' }[
    action
  ];
}

/**
 * How a save lands: a draft or submitted latest version is edited in place (a submitted one goes
 * back to draft); an approved or retired one stays as it was and the edit becomes a new draft.
 */
export function versionForEdit(latest: { version: number; status: TProgramStatus } | undefined): {
  version: number;
  isNew: boolean;
} {
  if (!latest) return { version: 1, isNew: true };
  if (latest.status === 'draft' || latest.status === 'submitted')
    return { version: latest.version, isNew: false };
  return { version: latest.version + 1, isNew: true };
}
