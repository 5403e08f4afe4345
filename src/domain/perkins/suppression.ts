/**
 * Small-cell suppression. Primary: every cell under the threshold is hidden. Complementary: the
 * published table has additive relations (a total equals the sum of its parts: the groups of one
 * dimension add up to "all", the schools add up to their district, the districts to the state).
 * A relation with exactly one hidden cell would give it away by subtraction, so the smallest
 * visible part of that relation is hidden too (its total only when no part is left, so headline
 * totals stay published where they can); this repeats until no relation has exactly one hidden
 * cell. Zero cells that are hidden count like any other. The caller tells the two kinds apart by
 * value: a hidden cell at or above the threshold was hidden to protect another.
 */

/** A relation: `total` equals the sum of `parts` (keys into the cell map). */
export interface Relation {
  total: string;
  parts: readonly string[];
}

export function suppress(
  cells: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  threshold: number,
): Set<string> {
  const hidden = new Set<string>();
  for (const [key, value] of cells) if (value < threshold) hidden.add(key);
  const members = relations.map((r) => ({
    total: cells.has(r.total) ? r.total : undefined,
    parts: r.parts.filter((k) => cells.has(k)),
  }));
  let changed = true;
  while (changed) {
    changed = false;
    for (const { total, parts } of members) {
      const keys = total === undefined ? parts : [total, ...parts];
      const count = keys.reduce((n, k) => n + (hidden.has(k) ? 1 : 0), 0);
      if (count !== 1) continue;
      let pick: string | undefined;
      for (const k of parts) {
        if (hidden.has(k)) continue;
        if (pick === undefined || cells.get(k)! < cells.get(pick)!) pick = k;
      }
      if (pick === undefined && total !== undefined && !hidden.has(total)) pick = total;
      if (pick === undefined) continue;
      hidden.add(pick);
      changed = true;
    }
  }
  return hidden;
}

/**
 * What an outsider can work out from the published cells by repeatedly solving a relation with
 * exactly one unknown. Used by tests: after `suppress`, this recovers no hidden cell.
 */
export function recoverable(
  cells: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  hidden: ReadonlySet<string>,
): Set<string> {
  const known = new Set([...cells.keys()].filter((k) => !hidden.has(k)));
  const found = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of relations) {
      const keys = [r.total, ...r.parts].filter((k) => cells.has(k));
      const unknown = keys.filter((k) => !known.has(k));
      if (unknown.length !== 1) continue;
      known.add(unknown[0]!);
      found.add(unknown[0]!);
      changed = true;
    }
  }
  return found;
}
