import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteDialect } from './pglite-dialect.ts';

describe('the PGlite dialect', () => {
  let pg: PGlite;
  let db: Kysely<{ item: { id: number } }>;

  beforeAll(async () => {
    pg = new PGlite();
    db = new Kysely({ dialect: new PGliteDialect(pg, { waitMs: 300 }) });
    await sql`create table item (id int primary key)`.execute(db);
  });
  afterAll(async () => db.destroy());

  it('fails, instead of waiting for ever, a query made outside a transaction from inside it', async () => {
    const outcome = await db.transaction().execute(async (trx) => {
      await trx.insertInto('item').values({ id: 1 }).execute();
      // The mistake: the outer handle, while this transaction holds the one connection.
      const outside = await db
        .selectFrom('item')
        .selectAll()
        .execute()
        .then(
          () => 'answered',
          (error: unknown) => (error as Error).message,
        );
      await trx.insertInto('item').values({ id: 2 }).execute();
      return outside;
    });
    expect(outcome).toMatch(/stayed busy for 0\.3 s.*use the transaction's own handle/);
    // The waiter that gave up passed its turn on: the database goes on answering.
    expect(
      (await db.selectFrom('item').select('id').orderBy('id').execute()).map((r) => r.id),
    ).toEqual([1, 2]);
  });

  it('lets queries wait their turn behind a transaction that ends in time', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('item').values({ id: 3 }).execute();
      await held;
    });
    const waiting = db.selectFrom('item').select('id').where('id', '=', 3).execute();
    setTimeout(release, 100);
    await transaction;
    expect(await waiting).toEqual([{ id: 3 }]);
  });
});
