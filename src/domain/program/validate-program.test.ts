import { describe, expect, it } from 'vitest';
import { nursingProgram } from './test-factories-nursing.ts';
import { modify, softwareProgram } from './test-factories.ts';
import { hasErrors, PROGRAM_RULES, validateProgram } from './validate-program.ts';

describe('validateProgram', () => {
  it('finds nothing wrong with the realistic programs', () => {
    const options = { knownPathways: ['08-05', '11-03', '11-04'] };
    expect(validateProgram(softwareProgram(), options)).toEqual([]);
    expect(validateProgram(nursingProgram(), options)).toEqual([]);
  });

  it('runs the rules in a stable order, with English and Spanish messages', () => {
    const broken = modify(softwareProgram(), (f) => {
      f.program.partners = [];
      f.program.steps = f.program.steps.filter((s) => s.level !== 'grade-9');
      f.catalog.credentials.forEach((c) => delete c.issuer);
    });
    const findings = validateProgram(broken);
    const order = PROGRAM_RULES.map((r) => r.id);
    const ranks = findings.map((f) => order.indexOf(f.rule));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set([
        'pos.starts-by-grade-9',
        'pos.partners-secondary-postsecondary',
        'pos.partners-employer',
        'pos.credential-issuer-level',
      ]),
    );
    for (const f of findings) {
      expect(f.message.en.length).toBeGreaterThan(20);
      expect(f.message.es.length).toBeGreaterThan(20);
      expect(f.severity).toBe(PROGRAM_RULES.find((r) => r.id === f.rule)!.severity);
    }
    expect(validateProgram(broken)).toEqual(findings);
  });

  it('has one rule per id, and hasErrors ignores warnings', () => {
    const ids = PROGRAM_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^pos\.[a-z0-9-]+$/);
    const warning = {
      rule: 'pos.partners-employer',
      severity: 'warning',
      message: { en: '', es: '' },
      path: '',
    } as const;
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, { ...warning, severity: 'error' }])).toBe(true);
  });
});
