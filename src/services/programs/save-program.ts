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
import { AppError, conflict, invalid, notFound } from '../../domain/errors.ts';
import { fieldOf, tidyAuthored } from '../../domain/program/authored-text.ts';
import { authoredProblem, authoredText } from '../../domain/program/authored-messages.ts';
import { brokenStoredReference } from '../../domain/program/stored-references.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import type { ProgramDeps, ProgramRepos } from './deps.ts';
import { frameworkTitles, knownPathways, pathwayTitles } from './framework-titles.ts';
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
  input: SaveProgramInput,
  lang: Lang = 'en',
): Promise<SaveProgramResult> {
  await warmFrameworks(deps.frameworks, [input.program]);
  // Read before the transaction: inside it, the embedded database's one connection is taken.
  const lookups = await occupationLookups(deps, [input.program]);
  return withDenialsLogged(deps, caller, () =>
    deps.transaction((repos) =>
      saveProgramWith(
        { ...repos, clock: deps.clock, ...lookups },
        deps.frameworks,
        caller,
        input,
        lang,
      ),
    ),
  );
}

/**
 * Loads the frameworks' snapshots before a transaction starts: on the embedded database a
 * transaction holds the one connection, so a first load inside it would wait on itself. A
 * framework that is not loaded is refused here, naming the field (and the file, when `source` is
 * given), for the same reason: inside the transaction its load would wait until the database gave
 * up, a 500.
 */
export async function warmFrameworks(
  frameworks: FrameworkCatalog,
  wanted: Array<{ frameworkId: string; source?: string }>,
): Promise<void> {
  const checked = new Set<string>();
  for (const { frameworkId, source } of wanted) {
    if (checked.has(frameworkId)) continue;
    try {
      await knownPathways(frameworks, frameworkId);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
      const known = (await frameworks.listFrameworks('en')).items.map((f) => `"${f.id}"`);
      const text = authoredText('noSuchFramework', {
        field: 'program.frameworkId',
        id: frameworkId,
        known: known.join(', ') || '—',
      });
      const prefix = source ? `${source}: ` : '';
      throw invalid(prefix + text.en, 'program.frameworkId', { es: prefix + text.es });
    }
    checked.add(frameworkId);
  }
}

const noSuchOwner = (id: string) =>
  authoredProblem(
    'noSuchEntry',
    { field: 'program.ownerId', what: 'organization', id, where: 'institutions' },
    'program.ownerId',
  );

/** The save itself, on repositories that the caller holds inside its transaction. */
export async function saveProgramWith(
  repos: ProgramRepos & { clock: () => Date } & OccupationLookups,
  frameworks: FrameworkCatalog,
  caller: ProgramCaller,
  sent: SaveProgramInput,
  lang: Lang = 'en',
): Promise<SaveProgramResult> {
  // Texts without surrounding spaces, a blank Spanish title left out; a blank title refused.
  const tidied = tidyAuthored(sent);
  if (!tidied.ok) {
    const field = fieldOf(tidied.problem);
    const { message } = tidied.problem;
    throw invalid(`${field}: ${message.en}.`, field, { es: `${field}: ${message.es}.` });
  }
  const input = tidied.value;
  const { program } = input;
  const titles = await frameworkTitles(frameworks, program.frameworkId, program.pathwayCode, lang);
  const pathways = await knownPathways(frameworks, program.frameworkId);
  const titlesOfPathways = await pathwayTitles(frameworks, program.frameworkId);
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
    knownPathways: pathways,
    pathwayTitleOf: (code) => titlesOfPathways.get(code),
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
