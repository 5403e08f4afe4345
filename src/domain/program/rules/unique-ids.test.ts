import { describe, expect, it } from 'vitest';
import { checkRule, courseOf, credential, modify, softwareProgram } from '../test-factories.ts';
import { uniqueIds } from './unique-ids.ts';

describe('pos.unique-ids', () => {
  it('passes a catalog whose ids are all different', () => {
    expect(checkRule(uniqueIds, softwareProgram())).toEqual([]);
  });

  it('reports the second entry that reuses an id', () => {
    const file = modify(softwareProgram(), (f) => {
      f.catalog.courses.push({ ...courseOf(f, 'eng-9'), title: { en: 'English 9 Honors' } });
      f.catalog.credentials.push(credential('pcep', 'Another', 'certificate'));
    });
    const findings = checkRule(uniqueIds, file);
    expect(findings.map((f) => f.path)).toEqual([
      `catalog.courses[${file.catalog.courses.length - 1}].id`,
      `catalog.credentials[${file.catalog.credentials.length - 1}].id`,
    ]);
    expect(findings[0]).toMatchObject({ rule: 'pos.unique-ids', severity: 'error' });
    expect(findings[0]!.message.en).toContain(
      'course id "eng-9" twice (first at catalog.courses[0])',
    );
    expect(findings[0]!.message.es).toContain('"eng-9"');
  });
});
