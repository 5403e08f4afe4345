/**
 * The read cache through the API (issue 9): every write path that makes public answers stale
 * makes the next read fresh (the writer's own next request included), drafts and signed-in
 * answers are never shared, and a client holding the answer gets 304.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders, signedInAs } from '../../test/auth.ts';
import { CLI } from '../services/accounts/caller.ts';
import { createOrg } from '../services/accounts/manage-orgs.ts';
import { createUser } from '../services/accounts/manage-users.ts';
import { testEngines } from '../../test/databases.ts';
import type { TProgramDetail, TProgramList } from '../contracts/program-api.ts';
import { modify, softwareProgram } from '../domain/program/test-factories.ts';
import type { Runtime } from '../runtime.ts';
import { runImport } from '../services/occupations/run-import.ts';
import { wagesPlan } from '../../test/wages-plan.ts';
import { buildApp } from './app.ts';

describe.each(testEngines())('read cache on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let admin: Record<string, string>;
  const file = softwareProgram();
  const id = file.id;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildApp({
      catalog: runtime.catalog,
      programs: runtime.programs,
      occupations: runtime.occupations,
      catalogPages: runtime.catalogPages,
      accounts: runtime.accounts,
      readCache: runtime.readCache,
      ping: runtime.ping,
      engine: runtime.database.engine,
      version: 'test',
    });
    admin = await signedInAs(runtime, 'state_admin');
    const created = await write('POST', '/api/v1/programs', {
      id,
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const action of ['submit', 'approve'])
      expect((await write('POST', `/api/v1/programs/${id}/${action}`)).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const write = (method: 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });
  const read = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });
  /** Reads twice: the second answer must come from memory (same bytes, a hit). */
  const cached = async (url: string) => {
    const first = await read(url);
    expect(first.statusCode, first.body).toBe(200);
    const hits = runtime.readCache.stats.hits;
    const second = await read(url);
    expect(second.body).toBe(first.body);
    expect(runtime.readCache.stats.hits).toBe(hits + 1);
    return first;
  };

  it('keeps public answers as bytes with an ETag, and answers 304 to a client that holds them', async () => {
    const first = await cached(`/api/v1/programs/${id}`);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await read(`/api/v1/programs/${id}`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const es = await cached(`/api/v1/programs/${id}?lang=es`);
    expect(es.headers.etag).not.toBe(etag);
  });

  it('shows a catalog write made with a save on the course page and the program', async () => {
    const course = file.catalog.courses.find((c) => c.id === 'cis-135')!;
    const before = (await cached(`/api/v1/courses/${course.id}`)).json<{ title: string }>();
    expect(before.title).toBe('Java Programming');
    const renamed = modify(file, (d) => {
      d.catalog.courses.find((c) => c.id === course.id)!.title = { en: 'Java Programming I' };
    });
    const saved = await write('PUT', `/api/v1/programs/${id}`, {
      program: renamed.program,
      catalog: renamed.catalog,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await read(`/api/v1/courses/${course.id}`)).json<{ title: string }>();
    expect(after.title).toBe('Java Programming I');
  });

  it('shows an occupation import on the occupation and pathway answers', async () => {
    const url = '/api/v1/occupations/29-1141.00';
    const before = await cached(url);
    const pathway = await cached('/api/v1/pathways/08-05/occupations');
    await runImport(runtime.occupations.imports, wagesPlan('29-1141', 123456));
    const after = await read(url);
    expect(after.body).not.toBe(before.body);
    expect(after.body).toContain('123456');
    expect((await read('/api/v1/pathways/08-05/occupations')).body).not.toBe(pathway.body);
  });

  it('sees a change made outside any transaction (an organization renamed)', async () => {
    const owner = file.program.ownerId;
    await cached(`/api/v1/programs/${id}`);
    await sql`update organization set name = 'Riverside Unified' where id = ${owner}`.execute(
      runtime.database.db,
    );
    expect((await read(`/api/v1/programs/${id}`)).body).toContain('Riverside Unified');
  });

  it('shows an approval (and a retirement) to the next read, the approver’s and the public’s', async () => {
    const edited = modify(file, (d) => {
      d.program.title = { en: 'Software Development (2027)' };
    });
    expect((await cached(`/api/v1/programs/${id}`)).json<TProgramDetail>().version).toBe(1);
    await cached('/api/v1/programs');
    // A save makes a draft: the public still sees version 1, but the answer is built again.
    const misses = runtime.readCache.stats.misses;
    const saved = await write('PUT', `/api/v1/programs/${id}`, { program: edited.program });
    expect(saved.statusCode, saved.body).toBe(200);
    const afterSave = (await read(`/api/v1/programs/${id}`)).json<TProgramDetail>();
    expect(afterSave).toMatchObject({ version: 1, status: 'approved' });
    expect(runtime.readCache.stats.misses).toBe(misses + 1);

    for (const action of ['submit', 'approve'])
      expect((await write('POST', `/api/v1/programs/${id}/${action}`)).statusCode).toBe(200);
    const approved = (await read(`/api/v1/programs/${id}`)).json<TProgramDetail>();
    expect(approved).toMatchObject({ version: 2, title: 'Software Development (2027)' });
    const list = (await read('/api/v1/programs')).json<TProgramList>();
    expect(list.items.find((p) => p.id === id)?.title).toBe('Software Development (2027)');

    expect((await write('POST', `/api/v1/programs/${id}/retire`)).statusCode).toBe(200);
    const retired = (await read(`/api/v1/programs/${id}`)).json<TProgramDetail>();
    expect(retired.status).toBe('retired');
  });

  it('never gives a draft to anyone but its authors, and keeps signed-in answers out', async () => {
    const draft = modify(file, (d) => {
      d.program.title = { en: 'Secret draft title' };
    });
    expect(
      (await write('PUT', `/api/v1/programs/${id}`, { program: draft.program })).statusCode,
    ).toBe(200);
    const hits = runtime.readCache.stats.hits;
    const misses = runtime.readCache.stats.misses;
    // The author sees the draft; the answer is neither taken from nor put in the cache.
    const mine = await read(`/api/v1/programs/${id}`, admin);
    expect(mine.json<TProgramDetail>().title).toBe('Secret draft title');
    expect(mine.headers.etag).toBeUndefined();
    expect(runtime.readCache.stats).toMatchObject({ hits, misses });
    // Anyone else, before and after the author's read, gets the public answer.
    const { accounts } = runtime;
    await createOrg(accounts.deps, CLI, {
      id: 'other-district',
      kind: 'district',
      name: 'Other District',
      parentId: 'state',
    });
    const { user } = await createUser(accounts.deps, CLI, {
      email: 'other-admin@test.test',
      name: 'Other admin',
      role: 'district_admin',
      orgId: 'other-district',
      baseUrl: 'http://localhost:3000',
    });
    const otherAdmin = await sessionHeaders(runtime, user.id);
    for (const headers of [{}, otherAdmin, {}]) {
      const other = await read(`/api/v1/programs/${id}`, headers);
      expect(other.statusCode).toBe(200);
      expect(other.json<TProgramDetail>().title, 'a draft leaked').not.toBe('Secret draft title');
    }
    const drafts = await read(`/api/v1/programs?status=draft`);
    expect(drafts.json<TProgramList>().items.map((p) => p.title)).not.toContain(
      'Secret draft title',
    );
  });
});
