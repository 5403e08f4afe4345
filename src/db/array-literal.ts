/**
 * PostgreSQL array literals built by hand (`{"a","b",NULL}`, `{1,2.5}`), for batch writes that
 * pass one array parameter per column (`unnest($1::text[], …)`). Building the text here is cheap
 * and lets a caller prepare the next batch while the database works on this one (the driver
 * would otherwise convert the arrays when it sends the statement). Every string is quoted, so
 * the text `NULL` stays text; only null becomes SQL NULL.
 */

const SPECIAL = /["\\]/g;

/** A text[] literal: each string double-quoted with `"` and `\` escaped; null as NULL. */
export function textArray(values: readonly (string | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    if (v === null || v === undefined) out += 'NULL';
    else out += `"${v.includes('"') || v.includes('\\') ? v.replace(SPECIAL, '\\$&') : v}"`;
  }
  return `${out}}`;
}

/** An int[] or float8[] literal of finite numbers (JavaScript's shortest round-trip form). */
export function numberArray(values: readonly number[]): string {
  return numberOrNullArray(values);
}

/** An int[] or float8[] literal whose elements may also be null (NULL). */
export function numberOrNullArray(values: readonly (number | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else if (Number.isFinite(v)) out += String(v);
    else throw new RangeError(`not a finite number: ${String(v)}`);
  }
  return `${out}}`;
}
