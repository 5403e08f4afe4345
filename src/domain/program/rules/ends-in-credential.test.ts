import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { endsInCredential } from './ends-in-credential.ts';

describe('pos.ends-in-credential', () => {
  it('passes a program that ends in a degree', () => {
    expect(checkRule(endsInCredential, softwareProgram())).toEqual([]);
  });

  it('reports a program without credentials', () => {
    const file = modify(softwareProgram(), (f) =>
      f.program.steps.forEach((s) => (s.credentials = [])),
    );
    expect(checkRule(endsInCredential, file)).toEqual([
      expect.objectContaining({ path: 'program.steps', severity: 'error' }),
    ]);
  });

  it('reports courses that continue after the last credential', () => {
    const file = modify(softwareProgram(), (f) => {
      stepOf(f, 'postsecondary-1', 'spring').credentials = [];
      stepOf(f, 'postsecondary-2', 'spring').credentials = [];
    });
    const findings = checkRule(endsInCredential, file);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      path: 'program.steps[3].credentials[0]',
      stepLevel: 'grade-12',
    });
    expect(findings[0]!.message.en).toContain(
      'comes in grade 12, but courses continue into postsecondary year 1 (fall)',
    );
  });
});
