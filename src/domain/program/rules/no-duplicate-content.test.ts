import { describe, expect, it } from 'vitest';
import { nursingProgram } from '../test-factories-nursing.ts';
import { agreement, checkRule, courseOf, modify, softwareProgram } from '../test-factories.ts';
import { noDuplicateContent } from './no-duplicate-content.ts';

const HTML = ['HTML structure', 'CSS layout'];

describe('pos.no-duplicate-content', () => {
  it('passes courses whose competencies differ, and the factory programs', () => {
    const file = modify(softwareProgram(), (f) => {
      courseOf(f, 'web-design').competencies = HTML;
      courseOf(f, 'cis-133').competencies = [...HTML, 'JavaScript events'];
    });
    expect(checkRule(noDuplicateContent, file)).toEqual([]);
    expect(checkRule(noDuplicateContent, softwareProgram())).toEqual([]);
  });

  it('reports a college course whose competencies an earlier course covers (case aside)', () => {
    const file = modify(softwareProgram(), (f) => {
      courseOf(f, 'web-design').competencies = [...HTML, 'Publishing'];
      courseOf(f, 'cis-133').competencies = ['html structure ', 'CSS layout'];
    });
    const [found, ...rest] = checkRule(noDuplicateContent, file);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      rule: 'pos.no-duplicate-content',
      severity: 'error',
      path: 'program.steps[4].courses[2]',
      courseId: 'cis-133',
      stepLevel: 'postsecondary-1',
    });
    expect(found!.message.en).toContain('(the same competencies)');
    expect(found!.message.es).toContain('(las mismas competencias)');
  });

  it('reports a documented equivalence, unless a credit agreement links the two', () => {
    const file = modify(softwareProgram(), (f) => {
      courseOf(f, 'cis-133').equivalentTo = ['web-design'];
    });
    const found = checkRule(noDuplicateContent, file);
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toContain('a documented equivalence');
  });

  it('reports a college course listed although an earlier course earns its credit', () => {
    // Nursing lists HLT 105 although Medical Terminology earns it by articulated credit.
    const found = checkRule(noDuplicateContent, nursingProgram());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ courseId: 'hlt-105' });
    expect(found[0]!.message.en).toContain('already earns credit for it (agreement');
    const linked = modify(softwareProgram(), (f) => {
      f.catalog.creditAgreements.push(
        agreement('web', 'articulated_credit', 'web-design', 'cis-133'),
      );
    });
    expect(checkRule(noDuplicateContent, linked)[0]).toMatchObject({ courseId: 'cis-133' });
  });
});
