/**
 * Planner statistics after a bulk import. The planner picks its plans from the row counts the
 * last ANALYZE saw; after a large load into a table it knew as nearly empty, a keyset read it
 * should answer from the primary key's order is planned as "read all, sort" instead, which turns a
 * streaming read of every row into quadratic work. PostgreSQL's advice for bulk loads is to
 * ANALYZE afterwards; autovacuum does it too, but only about a minute later. This does it at
 * once, on the same rule as autovacuum (the load added at least a tenth of what the table held).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

/** Tables an import may grow enough to need fresh statistics. */
export type LoadedTable = 'course_attempt' | 'student' | 'app_user' | 'student_fact';

const MIN_ROWS = 1_000;
const SCALE = 0.1;

export class TableStatistics {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Analyzes the tables when `added` rows are many next to what the planner last counted in
   * them. Run after the load's transaction has committed. Returns the tables analyzed.
   */
  async refreshAfterLoad(tables: readonly LoadedTable[], added: number): Promise<LoadedTable[]> {
    if (added < MIN_ROWS || tables.length === 0) return [];
    const { rows } = await sql<{ name: string; tuples: number }>`
      select relname as name, reltuples::float8 as tuples from pg_class
      where relkind = 'r' and relnamespace = current_schema()::regnamespace
        and relname in (${sql.join(tables)})`.execute(this.db);
    const known = new Map(rows.map((r) => [r.name, Math.max(0, Number(r.tuples))]));
    const stale = tables.filter((t) => added >= SCALE * (known.get(t) ?? 0));
    for (const table of stale) await sql`analyze ${sql.id(table)}`.execute(this.db);
    return stale;
  }
}
