/**
 * Creates or edits a program of study, with any catalog entries sent along, in one transaction,
 * and returns the validation findings. Editing an approved program starts a new draft version;
 * the approved one stays as it was. Only the owner organization (and co-authoring partners) may
 * write a program; the catalog entries are written as far as the caller owns them
 * (write-catalog.ts), and credit agreements it names are deleted on the same terms
 * (remove-agreements.ts). Every save and catalog write is in the audit log.
 */
import type { TProgramSave } from '../../contracts/program-api.ts';
import type { TProgramFile } from '../../contracts/program.ts';
import type { Lang } from '../../domain/framework.ts';
import { versionForEdit } from '../../domain/program/status.ts';
import { validateProgram, type Finding } from '../../domain/program/validate-program.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { fieldOf, tidyAuthored } from '../../domain/program/authored-text.ts';
import { authoredProblem } from '../../domain/program/authored-messages.ts';
import { brokenStoredReference } from '../../domain/program/stored-references.ts';
import type { ProgramDeps, ProgramRepos } from './deps.ts';
import { readFrameworkFacts, type FrameworkFactsById } from './framework-facts.ts';
import { occupationLookups, type OccupationLookups } from './occupation-entries.ts';
import { resolveCatalog } from './resolve-catalog.ts';
import {
  auditProgram,
  authorizeProgram,
  withDenialsLogged,
  type ProgramCaller,
} from './program-access.ts';
import { removeAgreements } from './remove-agreements.ts';
import { writeCatalog, type IgnoredEntry } from './write-catalog.ts';

export interface SaveProgramResult {
  programId: string;
  version: number;
  findings: Finding[];
  /** Catalog entries left out because another organization owns them. */
  ignoredCatalog: IgnoredEntry[];
}

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'program';
}

export type SaveProgramInput = TProgramSave & { mode: 'create' | 'update' | 'upsert' };

export async function saveProgram(
  deps: ProgramDeps,
  caller: ProgramCaller,
  sent: SaveProgramInput,
  lang: Lang = 'en',
): Promise<SaveProgramResult> {
  // Everything read of the framework and the occupations is read before the transaction, for
  // what is stored (the tidied program): inside it, the embedded database's one connection is taken.
  const input = tidiedSave(sent);
  const frameworks = await readFrameworkFacts(deps.frameworks, [input.program]);
  const lookups = await occupationLookups(deps, [input.program]);
  return withDenialsLogged(deps, caller, () =>
    deps.transaction((repos) =>
      saveProgramWith({ ...repos, clock: deps.clock, ...lookups }, frameworks, caller, input, lang),
    ),
  );
}

/** What the author sent, tidied (tidyAuthored); a blank required text refused naming the field. */
export function tidiedSave<T extends SaveProgramInput>(sent: T): T {
  const tidied = tidyAuthored(sent);
  if (tidied.ok) return tidied.value;
  const field = fieldOf(tidied.problem);
  const { message } = tidied.problem;
  throw invalid(`${field}: ${message.en}.`, field, { es: `${field}: ${message.es}.` });
}

const noSuchOwner = (id: string) =>
  authoredProblem(
    'noSuchEntry',
    { field: 'program.ownerId', what: 'organization', id, where: 'institutions' },
    'program.ownerId',
  );

/**
 * The save itself, on repositories that the caller holds inside its transaction, with the facts of
 * the program's framework read before it (readFrameworkFacts, for the tidied program): nothing in
 * here reaches the framework catalog or any other connection.
 */
export async function saveProgramWith(
  repos: ProgramRepos & { clock: () => Date } & OccupationLookups,
  frameworks: FrameworkFactsById,
  caller: ProgramCaller,
  sent: SaveProgramInput,
  lang: Lang = 'en',
): Promise<SaveProgramResult> {
  // Texts without surrounding spaces, a blank Spanish title left out; a blank title refused.
  const input = tidiedSave(sent);
  const { program } = input;
  const framework = frameworks.get(program.frameworkId);
  if (!framework)
    throw new Error(`saveProgramWith: framework ${program.frameworkId} was not read beforehand.`);
  const titles = framework.titlesOf(program.pathwayCode, lang);
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
  const latest = versions.at(-1);
  if (latest) {
    // The stored program decides who may edit it: its owner, and the partners it names.
    const current = {
      id: programId,
      owner: { id: latest.ownerId, districtId: latest.ownerDistrictId },
      partnerIds: latest.body.partners.map((p) => p.institutionId),
    };
    authorizeProgram(caller, 'program.write', current);
    // Handing a program to another owner takes acting for both, not co-authoring.
    if (program.ownerId !== latest.ownerId)
      authorizeProgram(caller, 'program.write', current, { withPartners: false });
  }
  // An owner neither stored nor sent is refused before the catalog rows it would own are written
  // (they would break the database's reference to it: a 500, not the author's problem).
  const ownerSent = input.catalog?.institutions.some((i) => i.id === program.ownerId) ?? false;
  if (!ownerSent && !(await repos.orgs.find(program.ownerId))) throw noSuchOwner(program.ownerId);
  const catalogWrite = input.catalog
    ? await writeCatalog(repos, caller, input.catalog, program.ownerId)
    : undefined;
  const removal = await removeAgreements(
    repos,
    caller,
    input.removeCreditAgreements ?? [],
    input.catalog,
  );
  const owner = await repos.orgs.find(program.ownerId);
  if (!owner) throw noSuchOwner(program.ownerId);
  if (!latest || program.ownerId !== latest.ownerId) {
    authorizeProgram(
      caller,
      'program.write',
      { id: programId, owner: { id: owner.id, districtId: owner.districtId }, partnerIds: [] },
      { withPartners: false },
    );
  }
  const catalog = await resolveCatalog(repos.catalog, program, catalogWrite?.kept);
  const broken = brokenStoredReference(program, catalogWrite?.kept, catalog);
  if (broken) throw invalid(broken.message.en, broken.field, { es: broken.message.es });
  const file: TProgramFile = { id: programId, program, catalog };
  const today = repos.clock().toISOString().slice(0, 10);
  const findings = validateProgram(file, {
    knownPathways: framework.pathwayCodes,
    pathwayTitleOf: (code) => framework.pathwayTitleOf(code),
    today,
    ...(repos.occupationEntryOf ? { occupationEntryOf: repos.occupationEntryOf } : {}),
    ...(repos.pathwayCodesFor
      ? { pathwayCodesOf: repos.pathwayCodesFor(program.frameworkId) }
      : {}),
  });
  const target = versionForEdit(latest);
  await repos.programs.saveVersion({
    programId,
    version: target.version,
    status: 'draft',
    body: program,
    clusterCode: titles.cluster.code,
    findings,
  });
  await auditProgram(repos, caller, {
    action: latest ? 'program.update' : 'program.create',
    targetType: 'program',
    targetId: programId,
    districtId: owner.districtId,
    detail: {
      version: target.version,
      catalogWrites: catalogWrite?.written ?? 0,
      agreementsRemoved: removal.removed,
    },
  });
  return {
    programId,
    version: target.version,
    findings,
    ignoredCatalog: [...(catalogWrite?.ignored ?? []), ...removal.ignored],
  };
}
