/**
 * Writes the JSON Schemas of the file formats (schemas/*.schema.json) from the zod contracts.
 * Run after changing src/contracts: node --import tsx scripts/generate-schemas.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateSchemas } from '../src/contracts/json-schemas.ts';

const dir = path.resolve(import.meta.dirname, '../schemas');
fs.mkdirSync(dir, { recursive: true });
for (const schema of generateSchemas()) {
  const target = path.join(dir, schema.file);
  fs.writeFileSync(target, schema.text);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
