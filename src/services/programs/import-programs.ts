/**
 * Imports program files all or nothing: every file is saved (with its catalog) in one
 * transaction; with `approve`, each is submitted and approved too, and one program with errors
 * stops the whole import. The caller is authorized for each program as a save would be: the
 * command line acts as the system actor unless it names a user (`--as`).
 */
import type { TProgramFile } from '../../contracts/program.ts';
import { invalid } from '../../domain/errors.ts';
import { hasErrors, type Finding } from '../../domain/program/validate-program.ts';
import { changeProgramStatusWith } from './change-program-status.ts';
import type { ProgramDeps } from './deps.ts';
import { occupationLookups } from './occupation-entries.ts';
import { readFrameworkFacts } from './framework-facts.ts';
import { saveProgramWith, slugify, tidiedSave } from './save-program.ts';
import { withDenialsLogged, type ProgramCaller } from './program-access.ts';
import type { IgnoredEntry } from './write-catalog.ts';

export interface ImportedProgram {
  source: string;
  programId: string;
  version: number;
  findings: Finding[];
  status: 'draft' | 'approved';
  ignoredCatalog: IgnoredEntry[];
}

export async function importPrograms(
  deps: ProgramDeps,
  caller: ProgramCaller,
  files: Array<{ source: string; file: TProgramFile }>,
  options: { approve?: boolean } = {},
): Promise<ImportedProgram[]> {
  const ids = new Map<string, string>();
  for (const { source, file } of files) {
    const id = file.id ?? slugify(file.program.title.en);
    const other = ids.get(id);
    if (other) throw invalid(`${source}: program id "${id}" is also used by ${other}.`, 'id');
    ids.set(id, source);
  }
  // What is stored is the tidied program: the framework and the occupations it names are read for
  // it, all before the transaction (inside it, the embedded database's one connection is taken).
  const saves = files.map(({ source, file }) => ({
    source,
    input: tidiedSave({
      id: file.id ?? slugify(file.program.title.en),
      program: file.program,
      catalog: file.catalog,
      mode: 'upsert' as const,
    }),
  }));
  const frameworks = await readFrameworkFacts(
    deps.frameworks,
    saves.map((s) => ({ frameworkId: s.input.program.frameworkId, source: s.source })),
  );
  const lookups = await occupationLookups(
    deps,
    saves.map((s) => s.input.program),
  );
  return withDenialsLogged(deps, caller, () =>
    deps.transaction(async (trx) => {
      const repos = { ...trx, clock: deps.clock, ...lookups };
      const imported: ImportedProgram[] = [];
      for (const { source, input } of saves) {
        const saved = await saveProgramWith(repos, frameworks, caller, input);
        if (options.approve) {
          if (hasErrors(saved.findings)) {
            const first = saved.findings.find((f) => f.severity === 'error')!;
            throw invalid(
              `${source}: cannot approve, ${first.rule} at ${first.path}: ${first.message.en}`,
              first.path,
            );
          }
          for (const action of ['submit', 'approve'] as const)
            await changeProgramStatusWith(repos, caller, { programId: saved.programId, action });
        }
        imported.push({ source, ...saved, status: options.approve ? 'approved' : 'draft' });
      }
      return imported;
    }),
  );
}
