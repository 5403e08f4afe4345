/**
 * The example program files: the valid ones validate without errors, and each
 * invalid-<rule>.json breaks exactly the rule pos.<rule>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRAM_RULES, validateProgram } from '../domain/program/validate-program.ts';
import { readProgramFile } from './program-file.ts';

const dir = path.resolve(import.meta.dirname, '../../examples/programs');
const names = fs.readdirSync(dir).filter((name) => name.endsWith('.json'));
const valid = names.filter((name) => !name.startsWith('invalid-'));
const invalid = names.filter((name) => name.startsWith('invalid-'));
// The pathways the examples use; invalid-pathway-known tags a course with one outside them.
const options = { knownPathways: ['08-05', '11-03', '11-04'] };

async function findingsOf(name: string) {
  const result = await readProgramFile(path.join(dir, name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return validateProgram(result.file, options);
}

describe('example programs', () => {
  it('has at least two valid examples and one invalid example per error rule', () => {
    expect(valid.length).toBeGreaterThanOrEqual(2);
    const errorRules = PROGRAM_RULES.filter((r) => r.severity === 'error').map((r) => r.id);
    expect(
      invalid.map((name) => `pos.${name.slice('invalid-'.length, -'.json'.length)}`).sort(),
    ).toEqual([...errorRules].sort());
  });

  it.each(valid)('%s validates with no findings', async (name) => {
    expect(await findingsOf(name)).toEqual([]);
  });

  it.each(invalid)('%s breaks exactly its rule', async (name) => {
    const rule = `pos.${name.slice('invalid-'.length, -'.json'.length)}`;
    const errors = (await findingsOf(name)).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((f) => f.rule))).toEqual(new Set([rule]));
  });
});
