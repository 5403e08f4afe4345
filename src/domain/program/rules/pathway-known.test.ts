import { describe, expect, it } from 'vitest';
import { checkRule, softwareProgram } from '../test-factories.ts';
import { pathwayKnown } from './pathway-known.ts';

describe('pos.pathway-known', () => {
  it('passes known pathways, and checks nothing without the framework', () => {
    expect(
      checkRule(pathwayKnown, softwareProgram(), { knownPathways: ['11-03', '11-04'] }),
    ).toEqual([]);
    const unknown = {
      ...softwareProgram(),
      program: { ...softwareProgram().program, pathwayCode: '99-01' },
    };
    expect(checkRule(pathwayKnown, unknown)).toEqual([]);
  });

  it('reports a program pathway or course tag the framework lacks', () => {
    const file = softwareProgram();
    file.program.pathwayCode = '11-09';
    const findings = checkRule(pathwayKnown, file, { knownPathways: new Set(['11-03']) });
    expect(findings.map((f) => f.path)).toEqual([
      'program.pathwayCode',
      expect.stringMatching(/^catalog\.courses\[\d+\]\.pathwayCodes\[1\]$/),
    ]);
    expect(findings[0]!.message.en).toBe(
      'The pathway 11-09 is not in the framework nccf-16; choose one of its pathways.',
    );
    expect(findings[1]).toMatchObject({ courseId: 'web-design', severity: 'error' });
  });
});
