import { describe, expect, it } from 'vitest';
import { checkRule, softwareProgram } from '../test-factories.ts';
import { occupationsFitPathway } from './occupations-fit-pathway.ts';

const onet: Record<string, string[]> = {
  '15-1251.00': ['11-03'],
  '15-1252.00': ['11-03'],
  '15-1253.00': ['11-01', '11-03'],
};

describe('pos.occupations-fit-pathway', () => {
  it('passes occupations of the pathway, and checks nothing without data', () => {
    expect(
      checkRule(occupationsFitPathway, softwareProgram(), { pathwayCodesOf: (soc) => onet[soc] }),
    ).toEqual([]);
    const file = softwareProgram();
    file.program.pathwayCode = '11-04';
    expect(checkRule(occupationsFitPathway, file)).toEqual([]);
  });

  it('warns about an occupation of another pathway, matching SOC and O*NET-SOC codes', () => {
    const file = softwareProgram();
    file.program.occupations[1]!.soc = '15-1254';
    const bySoc: Record<string, string[]> = { ...onet, '15-1254.00': ['11-04'] };
    expect(checkRule(occupationsFitPathway, file, { pathwayCodesOf: (soc) => bySoc[soc] })).toEqual(
      [
        expect.objectContaining({
          severity: 'warning',
          path: 'program.occupations[1]',
          message: expect.objectContaining({
            en: "The occupation “Software Quality Assurance Analysts and Testers” (15-1254) belongs to the pathway 11-04, not to this program's pathway 11-03; check that the program leads to it.",
          }),
        }),
      ],
    );
  });
});
