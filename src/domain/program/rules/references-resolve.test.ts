import { describe, expect, it } from 'vitest';
import { nursingProgram } from '../test-factories-nursing.ts';
import { checkRule, courseOf, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { referencesResolve } from './references-resolve.ts';

describe('pos.references-resolve', () => {
  it('passes programs whose every id is in the catalog', () => {
    expect(checkRule(referencesResolve, softwareProgram())).toEqual([]);
    expect(checkRule(referencesResolve, nursingProgram())).toEqual([]);
  });

  it('names a course or credential a step lists that the catalog lacks', () => {
    const file = modify(softwareProgram(), (f) => {
      stepOf(f, 'postsecondary-1', 'fall').courses.push('cis-999');
      stepOf(f, 'grade-12').credentials.push('comptia-a-plus');
    });
    const findings = checkRule(referencesResolve, file);
    expect(findings).toEqual([
      expect.objectContaining({
        path: 'program.steps[4].courses[4]',
        stepLevel: 'postsecondary-1',
        courseId: 'cis-999',
        message: expect.objectContaining({
          en: expect.stringContaining(
            'The postsecondary year 1 (fall) step lists the course "cis-999", which is not in the catalog',
          ),
        }),
      }),
      expect.objectContaining({ path: 'program.steps[3].credentials[1]', stepLevel: 'grade-12' }),
    ]);
  });

  it('checks the catalog: owners, partners, requisites, agreements, stacking', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.ownerId = 'nowhere';
      f.program.partners.push({ institutionId: 'acme', role: 'employer' });
      courseOf(f, 'cis-210').prerequisites.push('cis-999');
      f.catalog.creditAgreements[0]!.secondaryCourseId = 'cis-133';
      f.catalog.credentials[0]!.stacksInto = ['bs-cs'];
      f.program.occupations[0]!.credentialId = 'missing';
    });
    const paths = checkRule(referencesResolve, file).map((f) => f.path);
    expect(paths).toEqual([
      'program.ownerId',
      'program.partners[3].institutionId',
      'program.occupations[0].credentialId',
      expect.stringMatching(/^catalog\.courses\[\d+\]\.prerequisites\[1\]$/),
      'catalog.creditAgreements[0].secondaryCourseId',
      'catalog.credentials[0].stacksInto[0]',
    ]);
  });
});
