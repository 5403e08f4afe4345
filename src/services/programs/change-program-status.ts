/**
 * Submit, approve, retire or return a program's latest version. Submitting is the authors' step
 * (`program.write` on the program); approving, returning and retiring take `program.approve`.
 * Every change is in the audit log.
 */
import { hasErrors, type Finding } from '../../domain/program/validate-program.ts';
import { nextStatus, type ProgramAction } from '../../domain/program/status.ts';
import { notFound } from '../../domain/errors.ts';
import type { ProgramDeps, ProgramRepos } from './deps.ts';
import {
  auditProgram,
  authorizeProgram,
  PUBLISHED,
  seesEveryVersion,
  withDenialsLogged,
  type ProgramCaller,
} from './program-access.ts';

export interface StatusChange {
  programId: string;
  action: ProgramAction;
}

export async function changeProgramStatus(
  deps: ProgramDeps,
  caller: ProgramCaller,
  input: StatusChange,
): Promise<{ version: number }> {
  return withDenialsLogged(deps, caller, () =>
    deps.transaction((repos) =>
      changeProgramStatusWith({ ...repos, clock: deps.clock }, caller, input),
    ),
  );
}

/** The change itself, inside the caller's transaction. */
export async function changeProgramStatusWith(
  repos: ProgramRepos & { clock: () => Date },
  caller: ProgramCaller,
  input: StatusChange,
): Promise<{ version: number }> {
  const versions = await repos.programs.findVersions(input.programId);
  const latest = versions.at(-1);
  const missing = notFound(`No program with id "${input.programId}".`, 'id');
  if (!latest) throw missing;
  const program = {
    id: input.programId,
    owner: { id: latest.ownerId, districtId: latest.ownerDistrictId },
    partnerIds: latest.body.partners.map((p) => p.institutionId),
  };
  // A reader who may not see the program's drafts learns nothing more than a stranger would.
  if (!seesEveryVersion(caller, program) && !versions.some((v) => PUBLISHED.includes(v.status)))
    throw missing;
  authorizeProgram(
    caller,
    input.action === 'submit' ? 'program.write' : 'program.approve',
    program,
  );
  // Retiring acts on the approved version even when a newer draft exists.
  const target =
    input.action === 'retire'
      ? (versions.findLast((v) => v.status === 'approved') ?? latest)
      : latest;
  const findings = target.findings as Finding[];
  const errors = hasErrors(findings) ? findings.filter((f) => f.severity === 'error').length : 0;
  const status = nextStatus(target.status, input.action, errors);
  if (status === 'approved') {
    for (const older of versions) {
      if (older.version !== target.version && older.status === 'approved') {
        await repos.programs.setStatus(input.programId, older.version, 'retired');
      }
    }
  }
  await repos.programs.setStatus(input.programId, target.version, status);
  await auditProgram(repos, caller, {
    action: `program.${input.action}`,
    targetType: 'program',
    targetId: input.programId,
    districtId: program.owner.districtId,
    detail: { version: target.version, from: target.status, to: status },
  });
  return { version: target.version };
}
