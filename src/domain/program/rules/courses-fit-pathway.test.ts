import { describe, expect, it } from 'vitest';
import { checkRule, courseOf, modify, softwareProgram } from '../test-factories.ts';
import { coursesFitPathway } from './courses-fit-pathway.ts';

describe('pos.courses-fit-pathway', () => {
  it("passes courses tagged with the program's pathway, or untagged", () => {
    expect(checkRule(coursesFitPathway, softwareProgram())).toEqual([]);
  });

  it('warns about a course tagged with other pathways only', () => {
    const file = modify(
      softwareProgram(),
      (f) => (courseOf(f, 'cis-140').pathwayCodes = ['11-01', '11-02']),
    );
    expect(checkRule(coursesFitPathway, file)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        courseId: 'cis-140',
        message: expect.objectContaining({
          en: "The course CIS 140 “Database Design” in postsecondary year 1 (fall) belongs to the pathways 11-01 and 11-02, not to this program's pathway 11-03; check that it belongs in this program.",
        }),
      }),
    ]);
  });

  it('names the pathways by their titles where the framework is known', () => {
    const file = modify(
      softwareProgram(),
      (f) => (courseOf(f, 'cis-140').pathwayCodes = ['11-02']),
    );
    const titles: Record<string, { en: string; es: string }> = {
      '11-02': { en: 'Network Systems', es: 'Sistemas de redes' },
      '11-03': {
        en: 'Programming & Software Development',
        es: 'Programación y desarrollo de software',
      },
    };
    const [finding] = checkRule(coursesFitPathway, file, { pathwayTitleOf: (c) => titles[c] });
    expect(finding?.message.en).toBe(
      "The course CIS 140 “Database Design” in postsecondary year 1 (fall) belongs to the pathway Network Systems (11-02), not to this program's pathway Programming & Software Development (11-03); check that it belongs in this program.",
    );
    expect(finding?.message.es).toContain(
      'Sistemas de redes (11-02), no a la trayectoria Programación y desarrollo de software (11-03)',
    );
  });
});
