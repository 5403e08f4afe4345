/**
 * Creates or edits a program of study, with any catalog entries sent along, in one transaction,
 * and returns the validation findings. Editing an approved program starts a new draft version;
 * the approved one stays as it was.
 */
import type { TProgramSave } from '../../contracts/program-api.ts';
import type { TProgramFile } from '../../contracts/program.ts';
import type { Lang } from '../../domain/framework.ts';
import { versionForEdit } from '../../domain/program/status.ts';
import { validateProgram, type Finding } from '../../domain/program/validate-program.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { brokenStoredReference } from '../../domain/program/stored-references.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import type { ProgramDeps, ProgramRepos } from './deps.ts';
import { frameworkTitles, knownPathways } from './framework-titles.ts';
import { resolveCatalog } from './resolve-catalog.ts';

export interface SaveProgramResult {
  programId: string;
  version: number;
  findings: Finding[];
}

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'program';
}

export type SaveProgramInput = TProgramSave & { mode: 'create' | 'update' | 'upsert' };

export async function saveProgram(
  deps: ProgramDeps,
  input: SaveProgramInput,
  lang: Lang = 'en',
): Promise<SaveProgramResult> {
  await warmFrameworks(deps.frameworks, [input.program.frameworkId]);
  return deps.transaction((repos) => saveProgramWith(repos, deps.frameworks, input, lang));
}

/**
 * Loads the frameworks' snapshots before a transaction starts: on the embedded database a
 * transaction holds the one connection, so a first load inside it would wait on itself.
 */
export async function warmFrameworks(frameworks: FrameworkCatalog, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    try {
      await knownPathways(frameworks, id);
    } catch {
      // An unknown framework is reported by the save itself, naming the field.
    }
  }
}

/** The save itself, on repositories that the caller holds inside its transaction. */
export async function saveProgramWith(
  repos: ProgramRepos,
  frameworks: FrameworkCatalog,
  input: SaveProgramInput,
  lang: Lang = 'en',
): Promise<SaveProgramResult> {
  const { program } = input;
  const titles = await frameworkTitles(frameworks, program.frameworkId, program.pathwayCode, lang);
  const pathways = await knownPathways(frameworks, program.frameworkId);
  let programId = input.id ?? slugify(program.title.en);
  if (input.mode === 'create' && !input.id) {
    const base = programId;
    for (let n = 2; await repos.programs.exists(programId); n++) programId = `${base}-${n}`;
  }
  const versions = await repos.programs.findVersions(programId);
  if (input.mode === 'update' && versions.length === 0)
    throw notFound(`No program with id "${programId}".`, 'id');
  if (input.mode === 'create' && versions.length > 0) {
    throw conflict(`A program with id "${programId}" exists already; edit it instead.`, 'id');
  }
  const catalog = await resolveCatalog(repos.catalog, program, input.catalog);
  const broken = brokenStoredReference(program, input.catalog, catalog);
  if (broken) throw invalid(broken.message, broken.field);
  if (input.catalog) await repos.catalog.upsertCatalog(input.catalog);
  const file: TProgramFile = { id: programId, program, catalog };
  const findings = validateProgram(file, { knownPathways: pathways });
  const target = versionForEdit(versions.at(-1));
  await repos.programs.saveVersion({
    programId,
    version: target.version,
    status: 'draft',
    body: program,
    clusterCode: titles.cluster.code,
    findings,
  });
  return { programId, version: target.version, findings };
}
