/**
 * Loads the demo region (a district, its schools, a college, a university, employers, their
 * catalog and approved programs of study). Programs already present are left as they are, so
 * running it again changes nothing.
 */
import type { TCatalog, TProgramBody } from '../../contracts/program.ts';
import type { ProgramDeps } from './deps.ts';
import { importPrograms } from './import-programs.ts';
import { SYSTEM } from './program-access.ts';

export interface DemoRegion {
  catalog: TCatalog;
  programs: Array<{ id: string; program: TProgramBody }>;
}

export async function seedDemoPrograms(
  deps: ProgramDeps,
  region: DemoRegion,
): Promise<{ added: string[] }> {
  const missing: DemoRegion['programs'] = [];
  for (const p of region.programs) if (!(await deps.programs.exists(p.id))) missing.push(p);
  if (missing.length === 0) return { added: [] };
  const imported = await importPrograms(
    deps,
    SYSTEM,
    missing.map((p) => ({
      source: `demo:${p.id}`,
      file: { id: p.id, program: p.program, catalog: region.catalog },
    })),
    { approve: true },
  );
  return { added: imported.map((p) => p.programId) };
}
