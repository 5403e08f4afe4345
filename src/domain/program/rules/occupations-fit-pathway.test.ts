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

  it('names the pathways by their titles where the framework is known', () => {
    const file = softwareProgram();
    file.program.occupations[1]!.soc = '15-1254';
    const bySoc: Record<string, string[]> = { ...onet, '15-1254.00': ['11-01', '11-04'] };
    const titles: Record<string, { en: string; es: string }> = {
      '11-01': { en: 'Information Support & Services', es: 'Apoyo y servicios informáticos' },
      '11-03': {
        en: 'Programming & Software Development',
        es: 'Programación y desarrollo de software',
      },
      '11-04': { en: 'Web & Digital Communications', es: 'Comunicaciones web y digitales' },
    };
    const [finding] = checkRule(occupationsFitPathway, file, {
      pathwayCodesOf: (soc) => bySoc[soc],
      pathwayTitleOf: (code) => titles[code],
    });
    expect(finding?.message).toEqual({
      en: "The occupation “Software Quality Assurance Analysts and Testers” (15-1254) belongs to the pathways Information Support & Services (11-01) and Web & Digital Communications (11-04), not to this program's pathway Programming & Software Development (11-03); check that the program leads to it.",
      es: 'La ocupación «Software Quality Assurance Analysts and Testers» (15-1254) pertenece a las trayectorias Apoyo y servicios informáticos (11-01) y Comunicaciones web y digitales (11-04), no a la trayectoria Programación y desarrollo de software (11-03) de este programa; comprueba que el programa conduce a ella.',
    });
  });
});
