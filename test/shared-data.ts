/**
 * Where tests find public data: small extracts in test/fixtures (always there, see its README),
 * and the full files in ../shared (beside the clone, not part of it). Tests that need the full
 * files skip with a plain message when they are absent, unless WAYFINDER_REQUIRE_ALL=1 (CI),
 * which makes their absence a failure.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
/** The shared folder beside the clone: framework-16-79.tsv and data/. */
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const SHARED_DATA = path.join(SHARED, 'data');

const REQUIRED = process.env.WAYFINDER_REQUIRE_ALL === '1';
const warned = new Set<string>();

/** A test fixture file or folder, e.g. fixture('onet-27.0'). */
export const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);

/**
 * Whether to skip tests that need the full public data files: only when ../shared/data is absent
 * and not required. `what` names the tests in the message.
 */
export function skipWithoutSharedData(what: string): boolean {
  if (fs.existsSync(SHARED_DATA) || REQUIRED) return false;
  if (!warned.has(what)) {
    warned.add(what);
    console.warn(
      `${SHARED_DATA} not found: skipping ${what} (they need the full public data files beside the clone).`,
    );
  }
  return true;
}

/** A file or folder under ../shared/data; fails plainly when it is missing. */
export function sharedData(...parts: string[]): string {
  const file = path.join(SHARED_DATA, ...parts);
  if (!fs.existsSync(file))
    throw new Error(
      `${file} does not exist${REQUIRED ? ', and WAYFINDER_REQUIRE_ALL=1 makes the tests that need it required' : ''}.`,
    );
  return file;
}
