/**
 * A Kysely dialect for PGlite that serializes access to its single session.
 *
 * PGlite is one PostgreSQL backend in process: two transactions interleaved on it would share
 * one session, so a rollback in one could undo (or fail to undo) the other's work. This driver
 * hands the connection to one caller at a time; a transaction keeps it from BEGIN to
 * COMMIT/ROLLBACK and everyone else waits in line.
 */
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** A first-in, first-out lock. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /**
   * Resolves with the release function when it is this caller's turn. With `timeoutMs`, gives
   * up after that long with `onTimeout()`; the turn, when it comes, is then passed straight on.
   */
  lock(timeoutMs?: number, onTimeout?: () => Error): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    if (timeoutMs === undefined) return ready;
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(onTimeout?.() ?? new Error('timed out waiting for the lock'));
      }, timeoutMs);
      void ready.then((free) => {
        clearTimeout(timer);
        if (gaveUp) free();
        else resolve(free);
      });
    });
  }
}

export interface PGliteDialectOptions {
  /**
   * How long a query waits for the connection before failing (default 60 s). A transaction holds
   * the one connection to its end, so a query made outside it from inside its callback would
   * otherwise wait forever; this turns that mistake, or a stuck transaction, into an error.
   */
  waitMs?: number;
}

export const DEFAULT_WAIT_MS = 60_000;

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(query.sql, [...query.parameters]);
    return result.affectedRows === undefined
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on PGlite');
  }
}

class PGliteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #connection: PGliteConnection;
  readonly #waitMs: number;
  #release: (() => void) | undefined;

  constructor(
    private readonly pg: PGlite,
    options: PGliteDialectOptions = {},
  ) {
    this.#connection = new PGliteConnection(pg);
    this.#waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  }

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#mutex.lock(
      this.#waitMs,
      () =>
        new Error(
          `The embedded database stayed busy for ${this.#waitMs / 1000} s. A transaction holds its one connection until it ends: a query made outside the transaction from inside it waits for ever (use the transaction's own handle).`,
        ),
    );
    return this.#connection;
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await connection.executeQuery(CompiledQuery.raw(`begin${isolation}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    const release = await this.#mutex.lock();
    try {
      if (!this.pg.closed) await this.pg.close();
    } finally {
      release();
    }
  }
}

export class PGliteDialect implements Dialect {
  constructor(
    private readonly pg: PGlite,
    private readonly options: PGliteDialectOptions = {},
  ) {}

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.options);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}
