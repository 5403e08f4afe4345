import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/databases.ts';
import type { Runtime } from '../runtime.ts';
import { redactUrl } from './database.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const frameworkRow = (id: string) => ({
  id,
  version: '1',
  title: JSON.stringify({ en: id, es: id }),
  description: JSON.stringify({ en: id, es: id }),
  source: 'test',
  is_default: false,
});

describe.each(testEngines())('database on $name', (engine) => {
  let runtime: Runtime;

  beforeAll(async () => {
    runtime = await engine.open();
  });
  afterAll(async () => {
    await runtime?.close();
  });

  it('migrates to the latest schema, and a second run applies nothing', async () => {
    expect(await runtime.migrate()).toEqual([]);
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
      runtime.database.db,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['cluster', 'framework', 'pathway', 'wayfinder_migration']),
    );
  });

  it('a rolled-back transaction leaves nothing behind while another one runs and commits', async () => {
    const { db } = runtime.database;
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('framework').values(frameworkRow('rolled-back')).execute();
      await sleep(30);
      await trx.insertInto('framework').values(frameworkRow('rolled-back-too')).execute();
      throw new Error('abort on purpose');
    });
    await sleep(5);
    const committing = db.transaction().execute(async (trx) => {
      await trx.insertInto('framework').values(frameworkRow('committed')).execute();
      await sleep(10);
      await trx.insertInto('framework').values(frameworkRow('committed-too')).execute();
    });
    const outside = db.insertInto('framework').values(frameworkRow('outside')).execute();
    const results = await Promise.allSettled([failing, committing, outside]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    const ids = (await db.selectFrom('framework').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    expect(ids).toEqual(['committed', 'committed-too', 'outside']);
    await db.deleteFrom('framework').execute();
  });

  it('seeding twice leaves the same rows', async () => {
    const first = await runtime.seed();
    expect(first).toMatchObject({ frameworks: 1, clusters: 16, pathways: 79 });
    const snapshot = async () => ({
      frameworks: await runtime.database.db
        .selectFrom('framework')
        .select(['id', 'version', 'title', 'is_default'])
        .execute(),
      clusters: await runtime.database.db
        .selectFrom('cluster')
        .selectAll()
        .orderBy('code')
        .execute(),
      pathways: await runtime.database.db
        .selectFrom('pathway')
        .selectAll()
        .orderBy('code')
        .execute(),
    });
    const before = await snapshot();
    await runtime.seed();
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.clusters).toHaveLength(16);
    expect(after.pathways).toHaveLength(79);
    expect(after.frameworks).toEqual([
      expect.objectContaining({ id: 'nccf-16', is_default: true }),
    ]);
  });
});

describe('redactUrl', () => {
  it('hides the password of a database URL', () => {
    expect(redactUrl('postgres://app:s3cret@db.example:5432/wayfinder')).toBe(
      'postgres://app:***@db.example:5432/wayfinder',
    );
    expect(redactUrl('postgres://db.example/wayfinder')).toBe('postgres://db.example/wayfinder');
  });
});
