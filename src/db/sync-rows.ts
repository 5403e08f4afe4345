/**
 * Idempotent bulk upsert for imports: compares incoming rows with the stored ones by key, counts
 * inserted / updated / unchanged, and writes only what changed (nothing in a dry run).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

export type Row = Record<string, unknown>;

export interface SyncCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface SyncSpec {
  table: keyof DB & string;
  key: string[];
  /** Columns written besides the key. */
  columns: string[];
  /** jsonb object columns merged into the stored object instead of replacing it. */
  mergeJson?: string[];
  /** Columns that keep their stored value when the incoming one is null. */
  keepIfNull?: string[];
  /** Only add missing rows; never update stored ones. */
  insertOnly?: boolean;
  /** Only change stored rows; incoming rows without a stored one are left out (not counted). */
  updateOnly?: boolean;
  /** A timestamp column set to now() on every write. */
  touch?: string;
}

/** Rows per statement: sent as one JSON parameter and expanded by jsonb_to_recordset. */
const BATCH_ROWS = 5_000;

export const emptyCounts = (): SyncCounts => ({ inserted: 0, updated: 0, unchanged: 0 });

export function addCounts(a: SyncCounts, b: SyncCounts): SyncCounts {
  return {
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
  };
}

/** JSON with sorted object keys, so values read back from jsonb compare equal to fresh ones. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export async function syncRows(
  db: Kysely<DB>,
  spec: SyncSpec,
  rows: readonly Row[],
  options: {
    dryRun: boolean;
    onWritten?: (count: number) => void;
    /** Stored rows for which this returns true are left as they are. */
    keepStored?: (stored: Row) => boolean;
  },
): Promise<SyncCounts> {
  const counts = emptyCounts();
  if (rows.length === 0) return counts;
  const all = [...spec.key, ...spec.columns];
  const keyOf = (row: Row) => spec.key.map((k) => String(row[k])).join('\u0000');
  // One JSON value instead of thousands of rows: much faster to move out of PGlite.
  const stored = await sql<{ rows: string }>`select coalesce(json_agg(t), '[]')::text as rows
    from (select ${sql.join(all.map((c) => sql.ref(c)))} from ${sql.table(spec.table)}) t`.execute(
    db,
  );
  const byKey = new Map(
    (JSON.parse(stored.rows[0]!.rows) as Row[]).map((row) => [keyOf(row), row]),
  );

  const changed: Row[] = [];
  for (const incoming of rows) {
    const before = byKey.get(keyOf(incoming));
    if (!before) {
      if (spec.updateOnly) continue;
      counts.inserted += 1;
      changed.push(incoming);
      continue;
    }
    if (spec.insertOnly || options.keepStored?.(before)) {
      counts.unchanged += 1;
      continue;
    }
    const next: Row = { ...incoming };
    for (const column of spec.mergeJson ?? []) {
      next[column] = { ...(before[column] as Row | null), ...(incoming[column] as Row | null) };
    }
    for (const column of spec.keepIfNull ?? []) {
      if (next[column] === null || next[column] === undefined) next[column] = before[column];
    }
    const same = spec.columns.every((c) => sameValue(before[c], next[c]));
    if (same) counts.unchanged += 1;
    else {
      counts.updated += 1;
      changed.push(next);
    }
  }
  if (options.dryRun || changed.length === 0) return counts;

  const types = await columnTypes(db, spec.table);
  const updates = spec.insertOnly
    ? sql`do nothing`
    : sql`do update set ${sql.join([
        ...spec.columns.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`),
        ...(spec.touch ? [sql`${sql.ref(spec.touch)} = now()`] : []),
      ])}`;
  const columns = sql.join(all.map((c) => sql.ref(c)));
  const recordType = sql.join(
    all.map((c) => sql`${sql.ref(c)} ${sql.raw(types.get(c) ?? 'text')}`),
  );
  for (let start = 0; start < changed.length; start += BATCH_ROWS) {
    const slice = changed.slice(start, start + BATCH_ROWS);
    const payload = JSON.stringify(
      slice.map((row) => Object.fromEntries(all.map((c) => [c, row[c] ?? null]))),
    );
    if (spec.updateOnly) {
      await sql`update ${sql.table(spec.table)} as t set ${sql.join([
        ...spec.columns.map((c) => sql`${sql.ref(c)} = x.${sql.ref(c)}`),
        ...(spec.touch ? [sql`${sql.ref(spec.touch)} = now()`] : []),
      ])}
        from jsonb_to_recordset(${payload}::jsonb) as x(${recordType})
        where ${sql.join(
          spec.key.map((k) => sql`t.${sql.ref(k)} = x.${sql.ref(k)}`),
          sql` and `,
        )}`.execute(db);
      options.onWritten?.(slice.length);
      continue;
    }
    await sql`insert into ${sql.table(spec.table)} (${columns})
      select ${columns} from jsonb_to_recordset(${payload}::jsonb) as x(${recordType})
      on conflict (${sql.join(spec.key.map((c) => sql.ref(c)))}) ${updates}`.execute(db);
    options.onWritten?.(slice.length);
  }
  return counts;
}

/** Each column's SQL type, as format_type spells it (names come from the catalog, never from input). */
async function columnTypes(db: Kysely<DB>, table: string): Promise<Map<string, string>> {
  const rows = await sql<{ name: string; type: string }>`
    select attname as name, format_type(atttypid, atttypmod) as type
    from pg_attribute where attrelid = ${table}::regclass and attnum > 0 and not attisdropped`.execute(
    db,
  );
  return new Map(rows.rows.map((r) => [r.name, r.type]));
}

function sameValue(stored: unknown, incoming: unknown): boolean {
  const a = normalize(stored);
  const b = normalize(incoming);
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return stableJson(a) === stableJson(b);
}

/** Numbers from numeric columns may come back as strings; dates as Date. */
function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}
