/**
 * Tells listeners when data may have changed in the database through this process: after every
 * committed transaction, and after every statement outside a transaction that changed rows. The
 * read cache uses it to re-read the data generations before its next answer (read-your-writes)
 * without asking the database on every request.
 */
import type {
  Dialect,
  KyselyPlugin,
  PluginTransformResultArgs,
  QueryResult,
  UnknownRow,
} from 'kysely';

export class WriteSignal {
  private readonly listeners = new Set<() => void>();

  /** Calls `listener` after each write; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** Statements that changed rows (also inside a transaction: harmless, the commit signals again). */
  plugin(): KyselyPlugin {
    return {
      transformQuery: (args) => args.node,
      transformResult: async (
        args: PluginTransformResultArgs,
      ): Promise<QueryResult<UnknownRow>> => {
        const changed = args.result.numAffectedRows;
        if (changed !== undefined && changed > 0n) this.emit();
        return args.result;
      },
    };
  }

  /** The dialect, whose driver signals after every commit. */
  wrap(dialect: Dialect): Dialect {
    return {
      createAdapter: () => dialect.createAdapter(),
      createIntrospector: (db) => dialect.createIntrospector(db),
      createQueryCompiler: () => dialect.createQueryCompiler(),
      createDriver: () => {
        const driver = dialect.createDriver();
        const commit = driver.commitTransaction.bind(driver);
        driver.commitTransaction = async (connection) => {
          await commit(connection);
          this.emit();
        };
        return driver;
      },
    };
  }
}
