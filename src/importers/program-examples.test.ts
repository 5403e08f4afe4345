/**
 * The example program files: the valid ones validate without findings under the default
 * (classic) profile and without errors under every built-in profile, and each
 * invalid-<rule>.json breaks exactly the rule pos.<rule>: under classic when classic runs the
 * rule, else under the example state profile, which runs every rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PROFILES,
  PROGRAM_RULES,
  builtInProfile,
  validateProgram,
  type ValidateProgramOptions,
} from '../domain/program/validate-program.ts';
import { readProgramFile } from './program-file.ts';

const dir = path.resolve(import.meta.dirname, '../../examples/programs');
const names = fs.readdirSync(dir).filter((name) => name.endsWith('.json'));
const valid = names.filter((name) => !name.startsWith('invalid-'));
const invalid = names.filter((name) => name.startsWith('invalid-'));
// The pathways the examples use; invalid-pathway-known tags a course with one outside them.
const options = { knownPathways: ['08-05', '11-03', '11-04'] };
// The day the agreement dates of the examples are judged on (invalid-credit-agreement-ending-soon).
const today = '2026-11-01';
const classic = builtInProfile('classic')!;
const state = builtInProfile('state-example')!;
const ruleOf = (name: string) => `pos.${name.slice('invalid-'.length, -'.json'.length)}`;

async function findingsOf(name: string, extra: ValidateProgramOptions = {}) {
  const result = await readProgramFile(path.join(dir, name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return validateProgram(result.file, { ...options, ...extra });
}

describe('example programs', () => {
  it('has at least two valid examples and one invalid example per rule that can be an error', () => {
    expect(valid.length).toBeGreaterThanOrEqual(2);
    const errorRules = PROGRAM_RULES.filter((r) =>
      [...BUILT_IN_PROFILES.values()].some((p) => p.rules[r.id]?.severity === 'error'),
    ).map((r) => r.id);
    const covered = invalid.map(ruleOf);
    for (const id of errorRules) expect(covered).toContain(id);
    for (const id of covered) expect(PROGRAM_RULES.map((r) => r.id)).toContain(id);
  });

  it.each(valid)(
    '%s validates with no findings (classic), no errors (any profile)',
    async (name) => {
      expect(await findingsOf(name, { today })).toEqual([]);
      for (const profile of BUILT_IN_PROFILES.values()) {
        const errors = (await findingsOf(name, { profile, today })).filter(
          (f) => f.severity === 'error',
        );
        expect(errors, profile.id).toEqual([]);
      }
    },
  );

  it.each(invalid)('%s breaks exactly its rule', async (name) => {
    const rule = ruleOf(name);
    const profile = classic.rules[rule] ? classic : state;
    const findings = await findingsOf(name, { profile, today });
    expect(findings.some((f) => f.rule === rule)).toBe(true);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.rule))).toEqual(
      profile.rules[rule]!.severity === 'error' ? new Set([rule]) : new Set(),
    );
  });
});
