/**
 * Writes the O*NET Interest Profiler items (60-item Short Form and 30-item Mini-IP, English and
 * Spanish) into src/data/interest-items/onet-items.ts from the shared data folder, keeping where
 * each string came from. No text is changed here: every item is copied as the TSV has it.
 *
 *   node --import tsx scripts/generate-interest-items.ts [FOLDER]
 *
 * FOLDER defaults to ../shared/data/interest-items (see its README.md for the sources).
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderInterestItems } from '../src/data/interest-items/render.ts';

const folder = path.resolve(
  process.argv[2] ?? path.join(process.cwd(), '../shared/data/interest-items'),
);
if (!fs.existsSync(folder)) {
  console.error(
    `${folder} does not exist: give the folder of the O*NET Interest Profiler item files.`,
  );
  process.exit(1);
}
const target = path.resolve(import.meta.dirname, '../src/data/interest-items/onet-items.ts');
const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
const text = renderInterestItems({
  sf60: read('onet-ip-sf-60.tsv'),
  mini30: read('onet-mini-ip-30.tsv'),
});
fs.writeFileSync(target, text);
console.log(`Wrote ${path.relative(process.cwd(), target)} from ${folder}`);
