/**
 * A program save or import never reads the framework inside its transaction: its facts are read
 * before it, for the tidied program. The catalog here is dropped as each transaction starts (as a
 * seed or a framework import in between would drop it), and its repository refuses any read made
 * while a transaction is open: on the embedded database such a read once waited on the transaction
 * itself until the request failed, a 500 a minute later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { TProgramFile } from '../../contracts/program.ts';
import { AppError } from '../../domain/errors.ts';
import { modify, softwareProgram } from '../../domain/program/test-factories.ts';
import type { FrameworkRepository } from '../../db/framework-repository.ts';
import type { Runtime } from '../../runtime.ts';
import { FrameworkCatalog } from '../framework-catalog.ts';
import type { ProgramDeps } from './deps.ts';
import { importPrograms } from './import-programs.ts';
import { SYSTEM } from './program-access.ts';
import { saveProgram } from './save-program.ts';

describe.each(testEngines())('program saves and the framework catalog on $name', (engine) => {
  let runtime: Runtime;
  let deps: ProgramDeps;
  let inTransaction = false;
  const readsOutside: string[] = [];
  const readsInside: string[] = [];

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    const repo = runtime.repos.framework;
    const watched = new Proxy(repo, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (inTransaction) {
            readsInside.push(String(key));
            throw new Error(`framework read inside a transaction: ${String(key)}`);
          }
          readsOutside.push(String(key));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as FrameworkRepository;
    const frameworks = new FrameworkCatalog({ repo: watched });
    deps = {
      ...runtime.programs,
      frameworks,
      transaction: (work) =>
        runtime.programs.transaction(async (repos) => {
          frameworks.invalidate();
          inTransaction = true;
          try {
            return await work(repos);
          } finally {
            inTransaction = false;
          }
        }),
    };
  });
  afterAll(() => runtime?.close());

  const stored = (id: string) => runtime.programs.programs.findVersions(id);
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it('saves with the catalog dropped as the transaction starts, reading nothing inside it', async () => {
    const file = softwareProgram();
    readsOutside.length = 0;
    const saved = await saveProgram(deps, SYSTEM, {
      id: 'race-save',
      program: file.program,
      catalog: file.catalog,
      mode: 'create',
    });
    expect(readsInside).toEqual([]);
    expect(readsOutside).toContain('listPathways');
    expect(saved).toMatchObject({ programId: 'race-save', version: 1 });
    // The facts read before are the ones the validation and the stored cluster use.
    expect(saved.findings.filter((f) => f.rule === 'pathway-known')).toEqual([]);
    const [version] = await stored('race-save');
    expect(version).toMatchObject({ pathwayCode: '11-03', clusterCode: '11' });
  });

  it('looks the framework facts up for the tidied pathway and framework', async () => {
    const file = softwareProgram();
    const padded = modify(file, (draft) => {
      draft.program.pathwayCode = ' 11-03 ';
      draft.program.frameworkId = 'nccf-16 ';
    });
    const saved = await saveProgram(deps, SYSTEM, {
      id: 'race-padded',
      program: padded.program,
      catalog: padded.catalog,
      mode: 'create',
    });
    expect(readsInside).toEqual([]);
    const [version] = await stored(saved.programId);
    expect(version).toMatchObject({ frameworkId: 'nccf-16', pathwayCode: '11-03' });
    expect(version!.clusterCode).toBe('11');
  });

  it('refuses a pathway or a framework the database does not have, in English and Spanish, saving nothing', async () => {
    const file = softwareProgram();
    const save = (id: string, program: TProgramFile['program']) =>
      saveProgram(deps, SYSTEM, { id, program, catalog: file.catalog, mode: 'create' }, 'es');
    const pathway = await refusal(save('race-pathway', { ...file.program, pathwayCode: '11-09' }));
    expect(pathway).toMatchObject({
      field: 'program.pathwayCode',
      message: 'program.pathwayCode: no pathway "11-09" in framework nccf-16.',
      translations: {
        es: 'program.pathwayCode: no hay ninguna trayectoria «11-09» en el marco nccf-16.',
      },
    });
    const framework = await refusal(save('race-framework', { ...file.program, frameworkId: 'x' }));
    expect(framework).toMatchObject({
      field: 'program.frameworkId',
      message:
        'program.frameworkId: no framework with id "x" is loaded; the loaded ones are "nccf-16".',
    });
    expect(readsInside).toEqual([]);
    expect(await stored('race-pathway')).toEqual([]);
    expect(await stored('race-framework')).toEqual([]);
  });

  it('imports and approves several programs with the catalog dropped in between', async () => {
    const file = softwareProgram();
    const second = modify(file, (draft) => {
      draft.id = 'race-import-2';
      draft.program.title = { en: 'Software Development II' };
    });
    const imported = await importPrograms(
      deps,
      SYSTEM,
      [
        { source: 'one.json', file: { ...file, id: 'race-import-1' } },
        { source: 'two.json', file: second },
      ],
      { approve: true },
    );
    expect(readsInside).toEqual([]);
    expect(imported.map((p) => [p.programId, p.status])).toEqual([
      ['race-import-1', 'approved'],
      ['race-import-2', 'approved'],
    ]);
    const unknown = await refusal(
      importPrograms(deps, SYSTEM, [
        {
          source: 'bad.json',
          file: { ...file, id: 'race-import-3', program: { ...file.program, frameworkId: 'x' } },
        },
      ]),
    );
    expect(unknown.field).toBe('program.frameworkId');
    expect(unknown.message).toMatch(/^bad\.json: program\.frameworkId: no framework/);
    expect(await stored('race-import-3')).toEqual([]);
  });
});
