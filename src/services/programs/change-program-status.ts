/** Submit, approve, retire or return a program's latest version. */
import { hasErrors, type Finding } from '../../domain/program/validate-program.ts';
import { nextStatus, type ProgramAction } from '../../domain/program/status.ts';
import { notFound } from '../../domain/errors.ts';
import type { ProgramDeps, ProgramRepos } from './deps.ts';

export async function changeProgramStatus(
  deps: ProgramDeps,
  input: { programId: string; action: ProgramAction },
): Promise<{ version: number }> {
  return deps.transaction((repos) => changeProgramStatusWith(repos, input));
}

/** The change itself, inside the caller's transaction. */
export async function changeProgramStatusWith(
  repos: ProgramRepos,
  input: { programId: string; action: ProgramAction },
): Promise<{ version: number }> {
  const versions = await repos.programs.findVersions(input.programId);
  // Retiring acts on the approved version even when a newer draft exists.
  const target =
    input.action === 'retire'
      ? (versions.findLast((v) => v.status === 'approved') ?? versions.at(-1))
      : versions.at(-1);
  if (!target) throw notFound(`No program with id "${input.programId}".`, 'id');
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
  return { version: target.version };
}
