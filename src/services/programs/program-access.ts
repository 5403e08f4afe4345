/**
 * Who may do what to a program of study or a catalog row, decided inside the use cases. A program
 * belongs to its owner organization: written by that organization (and, where the policy's
 * `organization` scope allows, by the partners it names), approved as `program.approve` says.
 * A catalog row is written only by whoever may act for the organization that owns it.
 *
 * The caller is a signed-in user, nobody (a public reader), or the system actor: the operator at
 * the server's command line and the demo loader, who hold the database already (still logged).
 */
import { allows, type Action, type Actor, type Target } from '../../domain/auth/policy.ts';
import type { TProgramStatus } from '../../contracts/program.ts';
import { AppError } from '../../domain/errors.ts';
import type { AuditRepository } from '../../db/audit-repository.ts';
import type { RequestOrigin } from '../accounts/deps.ts';

export type ProgramCaller = { actor: Actor | null; origin?: RequestOrigin } | { cli: true };

/** The documented system actor (`wayfinder import programs` without `--as`, the demo loader). */
export const SYSTEM: ProgramCaller = { cli: true };
export const PUBLIC: ProgramCaller = { actor: null };

export const isSystem = (caller: ProgramCaller): caller is { cli: true } => 'cli' in caller;
const actorOf = (caller: ProgramCaller): Actor | null => ('cli' in caller ? null : caller.actor);

/** An organization as far as ownership goes. */
export interface OwnerOrg {
  id: string;
  districtId: string | null;
}

/** A program's owner and the partners it names (co-authors where the role allows). */
export interface ProgramOwnership {
  id: string;
  owner: OwnerOrg;
  partnerIds: readonly string[];
}

export interface AuditDeps {
  audit: AuditRepository;
  clock: () => Date;
}

export const programTarget = (p: ProgramOwnership, withPartners = true): Target => ({
  districtId: p.owner.districtId,
  orgIds: withPartners ? [p.owner.id, ...p.partnerIds] : [p.owner.id],
});

/** Whether the caller may write rows owned by this organization. */
export function mayActFor(caller: ProgramCaller, org: OwnerOrg | undefined): boolean {
  if (isSystem(caller)) return true;
  const actor = actorOf(caller);
  if (!org) return actor?.role === 'state_admin';
  return allows(actor, 'catalog.write', { districtId: org.districtId, orgIds: [org.id] });
}

/** Whether the caller sees a program's drafts and submitted versions (its authors and approvers). */
export function seesEveryVersion(caller: ProgramCaller, program: ProgramOwnership): boolean {
  if (isSystem(caller)) return true;
  const actor = actorOf(caller);
  return (
    allows(actor, 'program.approve', programTarget(program)) ||
    allows(actor, 'program.write', programTarget(program))
  );
}

/** What a reader sees: every status, or only the published ones. */
export const PUBLISHED: TProgramStatus[] = ['approved', 'retired'];

/**
 * How a list is narrowed for the caller: undefined = every version of every program; else the
 * published versions, plus every version of the programs the caller authors.
 */
export function listAccess(
  caller: ProgramCaller,
): { authoredBy?: { districtId?: string | null; orgId?: string } } | undefined {
  if (isSystem(caller)) return undefined;
  const actor = actorOf(caller);
  if (!actor) return {};
  if (allows(actor, 'program.approve', { districtId: null })) return undefined;
  const write = allows(actor, 'program.write', { districtId: actor.districtId, orgIds: [] });
  const coAuthor = allows(actor, 'program.write', { districtId: null, orgIds: [actor.orgId] });
  return {
    authoredBy: {
      ...(write ? { districtId: actor.districtId } : {}),
      ...(coAuthor ? { orgId: actor.orgId } : {}),
    },
  };
}

type AuditLine = Parameters<typeof auditProgram>[2];

/**
 * A refusal found inside a transaction. The transaction rolls back, so `withDenialsLogged` writes
 * its audit entry afterwards, outside it (on the embedded database nothing may query outside an
 * open transaction from inside it).
 */
export class ProgramDenied extends AppError {
  constructor(
    message: string,
    readonly entry: AuditLine,
  ) {
    super('forbidden', message);
  }
}

/** Runs a use case; a refusal is logged once its transaction has rolled back, then rethrown. */
export async function withDenialsLogged<T>(
  deps: AuditDeps,
  caller: ProgramCaller,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProgramDenied) await auditProgram(deps, caller, error.entry);
    throw error;
  }
}

/** Refuses with a ProgramDenied unless the caller may take the action on the program. */
export function authorizeProgram(
  caller: ProgramCaller,
  action: Extract<Action, 'program.write' | 'program.approve'>,
  program: ProgramOwnership,
  options: { withPartners?: boolean } = {},
): void {
  if (isSystem(caller)) return;
  const actor = actorOf(caller);
  if (allows(actor, action, programTarget(program, options.withPartners ?? true))) return;
  throw new ProgramDenied(
    action === 'program.approve'
      ? `You may not approve, return or retire program "${program.id}".`
      : `Program "${program.id}" belongs to ${program.owner.id}: only its owner (and the partners it names, where your role allows) may change it.`,
    {
      action,
      outcome: 'denied',
      targetType: 'program',
      targetId: program.id,
      districtId: program.owner.districtId,
    },
  );
}

export async function auditProgram(
  deps: AuditDeps,
  caller: ProgramCaller,
  entry: {
    action: string;
    outcome?: 'ok' | 'denied';
    targetType: string;
    targetId: string;
    districtId: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const actor = actorOf(caller);
  await deps.audit.append({
    at: deps.clock(),
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    districtId: entry.districtId,
    action: entry.action,
    outcome: entry.outcome ?? 'ok',
    targetType: entry.targetType,
    targetId: entry.targetId,
    ip: 'cli' in caller ? null : (caller.origin?.ip ?? null),
    detail: { ...entry.detail, ...(isSystem(caller) ? { via: 'system' } : {}) },
  });
}
