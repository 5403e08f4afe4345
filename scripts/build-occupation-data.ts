/**
 * `npm run data:build`: builds the occupation data Wayfinder ships
 * (src/data/occupations/public-data.json.gz) from the public files in ../shared/data (or the
 * folder given as the first argument). The same files give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { nccf16 } from '../src/data/frameworks/nccf-16/framework.ts';
import { PUBLIC_DATA_FILE } from '../src/data/occupations/public-data.ts';
import { buildOccupationBundle, encodeBundle } from '../src/importers/occupation-bundle.ts';

const dataDir = path.resolve(
  process.argv[2] ?? path.join(import.meta.dirname, '../../shared/data'),
);
if (!fs.existsSync(dataDir)) {
  console.error(`${dataDir} does not exist: give the folder of the public data files.`);
  process.exit(1);
}
const bundle = await buildOccupationBundle(dataDir, nccf16);
const bytes = encodeBundle(bundle);
fs.writeFileSync(PUBLIC_DATA_FILE, bytes);
console.log(`Wrote ${path.relative(process.cwd(), PUBLIC_DATA_FILE)}: ${bytes.length} bytes`);
for (const part of bundle.parts) {
  const counts = Object.entries(part.data).map(([table, rows]) => `${rows.length} ${table}`);
  console.log(`  ${part.source.id}: ${counts.join(', ')}`);
}
