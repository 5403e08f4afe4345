/**
 * Every table a domain covers bumps that domain's generation on any write (a statement-level
 * trigger fires even when no row matches), once per transaction, and a rolled-back write bumps
 * nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheGenerationRepository } from '../cache-generation-repository.ts';
import { createRuntime, type Runtime } from '../../runtime.ts';
import { GENERATION_TABLES } from './0030-read-cache-generations.ts';

describe('data generations (migration 0030)', () => {
  let runtime: Runtime;
  let repo: CacheGenerationRepository;
  beforeAll(async () => {
    runtime = await createRuntime({ memory: true });
    await runtime.migrate();
    repo = new CacheGenerationRepository(runtime.database.db);
  });
  afterAll(() => runtime?.close());

  it.each(Object.entries(GENERATION_TABLES))(
    'bumps %s on a write to each of its tables',
    async (domain, tables) => {
      for (const table of tables) {
        const before = await repo.all();
        await sql`delete from ${sql.id(table)} where false`.execute(runtime.database.db);
        const after = await repo.all();
        expect(Number(after.get(domain)), table).toBe(Number(before.get(domain)) + 1);
        for (const [other, generation] of before)
          if (other !== domain) expect(after.get(other), `${table} → ${other}`).toBe(generation);
      }
    },
  );

  it('bumps once per transaction, and not at all when it rolls back', async () => {
    const db = runtime.database.db;
    const before = Number((await repo.all()).get('program'));
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 3; i++) await sql`delete from program_version where false`.execute(trx);
    });
    expect(Number((await repo.all()).get('program'))).toBe(before + 1);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`delete from program where false`.execute(trx);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(Number((await repo.all()).get('program'))).toBe(before + 1);
  });
});
