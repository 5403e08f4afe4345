import { describe, expect, it } from 'vitest';
import type { OccupationEntry } from '../exit-points.ts';
import { nursingProgram } from '../test-factories-nursing.ts';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { exitPointOccupations } from './exit-point-occupations.ts';

const ENTRY: Record<string, OccupationEntry> = {
  '15-1251.00': { jobZone: 4, entryEducation: "Bachelor's degree" },
  '15-1253.00': { jobZone: 2 },
  '15-1252.00': { jobZone: 4, entryEducation: "Bachelor's degree" },
};
const occupationEntryOf = (soc: string) => ENTRY[soc];

describe('pos.exit-point-occupations', () => {
  it('passes when every exit point has jobs at its level: tied, listed or derived', () => {
    const tied = modify(softwareProgram(), (f) => {
      f.program.occupations[1]!.credentialId = 'pcep';
    });
    expect(checkRule(exitPointOccupations, tied)).toEqual([]);
    const listed = modify(softwareProgram(), (f) => {
      f.program.steps[3]!.exitOccupations = ['15-1253'];
    });
    expect(checkRule(exitPointOccupations, listed)).toEqual([]);
    // QA testers are in job zone 2: high school level, so the grade 12 exit has jobs.
    expect(checkRule(exitPointOccupations, softwareProgram(), { occupationEntryOf })).toEqual([]);
  });

  it('reports an exit point with no occupation at its level, citing the law in both languages', () => {
    const found = checkRule(exitPointOccupations, softwareProgram());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      path: 'program.steps[3].credentials[0]',
      stepLevel: 'grade-12',
    });
    expect(found[0]!.message.en).toContain('“PCEP – Certified Entry-Level Python Programmer”');
    expect(found[0]!.message.en).toContain('a high school diploma with an industry certification');
    expect(found[0]!.message.en).toContain('Perkins V sec. 3(41)');
    expect(found[0]!.message.es).toContain('múltiples puntos de entrada y salida');
    expect(found[0]!.message.es).toContain('diploma de preparatoria');
    // With data: QA testers need a bachelor's degree, so nothing matches grade 12 either.
    const degreeOnly: Record<string, OccupationEntry> = {
      ...ENTRY,
      '15-1253.00': { entryEducation: "Bachelor's degree" },
    };
    expect(
      checkRule(exitPointOccupations, softwareProgram(), {
        occupationEntryOf: (soc) => degreeOnly[soc],
      }).map((f) => f.path),
    ).toEqual(['program.steps[3].credentials[0]']);
    // Nursing's last step earns the degree and the RN license: the license's occupation serves
    // the whole exit point. Its grade 12 CNA exit is tied to nursing assistants.
    expect(checkRule(exitPointOccupations, nursingProgram())).toEqual([]);
    const untied = modify(nursingProgram(), (f) => {
      for (const o of f.program.occupations) delete o.credentialId;
    });
    expect(checkRule(exitPointOccupations, untied).map((f) => f.stepLevel)).toEqual([
      'grade-12',
      'postsecondary-2',
    ]);
  });

  it('reports an exit point without a credential and a listed code the program does not have', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.steps[3]!.exitOccupations = ['15-1253.00'];
      f.program.steps[4]!.exitOccupations = ['15-1251.00', '11-1011.00'];
    });
    const found = checkRule(exitPointOccupations, file);
    expect(found.map((f) => f.path)).toEqual([
      'program.steps[4].exitOccupations[1]',
      'program.steps[4].credentials',
    ]);
    expect(found[0]!.message.en).toContain('11-1011.00');
    expect(found[1]!.message.en).toContain('earns no credential');
    expect(found[1]!.message.es).toContain('no otorga ninguna credencial');
  });
});
