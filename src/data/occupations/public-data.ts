/**
 * The public occupation data Wayfinder ships, built by `npm run data:build`
 * (src/importers/occupation-bundle.ts): read and unpacked once, on first use.
 */
import fs from 'node:fs';
import { decodeBundle, type OccupationBundle } from '../../importers/occupation-bundle.ts';

export const PUBLIC_DATA_FILE = new URL('./public-data.json.gz', import.meta.url).pathname;

let loaded: OccupationBundle | undefined;

export function publicOccupationData(): OccupationBundle {
  loaded ??= decodeBundle(new Uint8Array(fs.readFileSync(PUBLIC_DATA_FILE)));
  return loaded;
}
